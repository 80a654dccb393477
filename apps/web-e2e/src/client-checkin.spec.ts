import { CHECKIN_ITEMS, CSI4_ITEMS } from '@hearth/domain';
import type { Page } from '@playwright/test';
import { gql, signInApi } from './support/api';
import { expect, signIn, test } from './support/fixtures';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

function scale(page: Page, question: string) {
  return page.getByRole('radiogroup', { name: question });
}

interface TodayCheckin {
  ourCouple: {
    myCheckinToday: {
      note: string | null;
      visibility: string;
      late: boolean;
      ratings: Record<string, number>;
    } | null;
  };
}

test.describe('a client on a phone', () => {
  test.use(PHONE);

  test('Alex checks in for today, then changes one answer', async ({ page }) => {
    await page.goto('/login');
    await signIn(page, 'alex@riverside.example');
    await expect(page.getByRole('heading', { name: 'How are you two today?' })).toBeVisible();
    await page.getByRole('link', { name: 'Check in now' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'How are you two today?' }),
    ).toBeVisible();

    // Nothing is preselected but "Private": every rating is a choice.
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    await expect(page.getByRole('radio', { name: 'Private' })).toBeChecked();
    const answers: Record<string, number> = {
      closeness: 5,
      understood: 5,
      sharing: 4,
      affection: 6,
      fun: 5,
      conflict: 2,
      stress: 3,
    };
    for (const item of CHECKIN_ITEMS) {
      await scale(page, item.question)
        .getByRole('radio', { name: String(answers[item.id]), exact: true })
        .check();
    }
    await page.getByLabel("Anything you'd like to add?").fill('A calm Saturday together.');
    await scale(page, 'Who can read this?')
      .getByRole('radio', { name: /Shared with Sam/ })
      .check();
    await page.getByRole('button', { name: 'Save check-in' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Checked in today ✓' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to our homework' }).click();
    await expect(page.getByRole('heading', { name: 'Checked in today ✓' })).toBeVisible();

    // Re-opening edits the same check-in: one row changes, the rest stay as they were.
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByText('Changing anything updates it.')).toBeVisible();
    const closeness = scale(page, CHECKIN_ITEMS[0]!.question);
    await expect(closeness.getByRole('radio', { name: '5', exact: true })).toBeChecked();
    await closeness.getByRole('radio', { name: '6', exact: true }).check();
    await page.getByRole('button', { name: 'Update check-in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Checked in today ✓' })).toBeVisible();

    const { ourCouple } = await gql<TodayCheckin>(
      page.request,
      '{ ourCouple { myCheckinToday { note visibility late ratings { closeness understood sharing affection fun conflict stress } } } }',
    );
    expect(ourCouple.myCheckinToday).toEqual({
      note: 'A calm Saturday together.',
      visibility: 'SHARED',
      late: false,
      ratings: { ...answers, closeness: 6 },
    });

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the partner reads a shared check-in in the history, never a private one', async ({
    page,
    browser,
  }) => {
    // Casey files a private check-in and Jordan a shared one (through the API).
    for (const [email, visibility, note] of [
      ['casey@riverside.example', 'PRIVATE', 'Casey private note for the coach'],
      ['jordan@riverside.example', 'SHARED', 'Jordan shared note for Casey'],
    ] as const) {
      const context = await browser.newContext();
      await signInApi(context.request, email);
      const { ourCouple } = await gql<{ ourCouple: { id: string } }>(
        context.request,
        '{ ourCouple { id } }',
      );
      await gql(
        context.request,
        'mutation ($input: FileCheckinInput!) { fileCheckin(input: $input) { id } }',
        {
          input: {
            coupleId: ourCouple.id,
            ratings: CHECKIN_ITEMS.map((i) => ({ item: i.id, value: 4 })),
            note,
            visibility,
          },
        },
      );
      await context.close();
    }

    await page.goto('/login');
    await signIn(page, 'casey@riverside.example');
    await page.getByRole('link', { name: 'See our history' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Our history' })).toBeVisible();
    const entries = page.getByTestId('history-checkin');
    await expect(entries.filter({ hasText: 'Jordan shared note for Casey' })).toContainText(
      "Jordan's check-in",
    );
    await expect(entries.filter({ hasText: 'Casey private note for the coach' })).toContainText(
      'Your check-in',
    );
    await expect(page.getByRole('img', { name: /Your closeness/ })).toBeVisible();

    // Jordan never sees Casey's private note.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, 'jordan@riverside.example');
    await expect(page.getByRole('heading', { level: 1, name: 'Our homework' })).toBeVisible();
    await page.goto('/home/history');
    await expect(page.getByText('Jordan shared note for Casey')).toBeVisible();
    await expect(page.getByText('Casey private note for the coach')).toHaveCount(0);
  });

  test('Priya answers the CSI-4 that is due and sees her score, gently', async ({ page }) => {
    await page.goto('/login');
    await signIn(page, 'priya@riverside.example');
    await expect(page.getByRole('heading', { level: 1, name: 'Our homework' })).toBeVisible();
    const { ourCouple } = await gql<{ ourCouple: { csi4Due: boolean } }>(
      page.request,
      '{ ourCouple { csi4Due } }',
    );
    test.skip(!ourCouple.csi4Due, 'The demo CSI-4 is not due for Priya today.');

    await page.getByRole('link', { name: 'Answer the questionnaire' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'How is your relationship?' }),
    ).toBeVisible();
    // Answers by the published anchors: Very Happy (4), then Mostly true / Mostly (3 each).
    const choices = [4, 3, 3, 3];
    for (const [i, item] of CSI4_ITEMS.entries()) {
      const option = item.options[choices[i]!]!;
      await page
        .getByRole('radiogroup', { name: item.text })
        .getByRole('radio', { name: option.label, exact: true })
        .check();
    }
    await page.getByRole('button', { name: 'See my score' }).click();

    await expect(page.getByTestId('csi4-score')).toContainText('13');
    await expect(page.getByTestId('csi4-score')).toContainText('out of 21');
    // No clinical wording for the client: the coach sees the interpretation.
    await expect(page.getByText(/dissatisf|cut-?off|clinical|distress/i)).toHaveCount(0);

    await page.getByRole('link', { name: 'Back to our homework' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Our homework' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Answer the questionnaire' })).toHaveCount(0);
  });
});
