import type { Page } from '@playwright/test';
import { addDays, assignFreshExercise, gql, signInApi, type PromptSpec } from './support/api';
import { expect, signIn, test } from './support/fixtures';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Fills the reflection the way a person would, one answer per prompt kind. */
async function answerPrompts(page: Page, prompts: PromptSpec[], text: string): Promise<void> {
  for (const prompt of prompts) {
    if (prompt.kind === 'TEXT') {
      await page.getByLabel(prompt.label).fill(text);
    } else if (prompt.kind === 'SCALE_1_5') {
      await page
        .getByRole('radiogroup', { name: prompt.label })
        .getByRole('radio', { name: '4', exact: true })
        .check();
    } else {
      await page
        .getByRole('radiogroup', { name: prompt.label })
        .getByRole('radio', { name: 'Yes', exact: true })
        .check();
    }
  }
}

test.describe('a client on a phone', () => {
  test.use(PHONE);

  test('Alex does the new homework, shares the reflection and reads the coach’s reply', async ({
    page,
    browser,
  }) => {
    // The coach gives Alex & Sam an exercise due tomorrow (through the API).
    const coach = await browser.newContext();
    await signInApi(coach.request, 'maya@riverside.example');
    const note = 'Try this one on a quiet evening, phones away.';
    const assigned = await assignFreshExercise(coach.request, 'Alex & Sam', {
      dueInDays: 1,
      note,
    });
    const weekEnd = addDays(assigned.weekStart, 6);
    const section = assigned.dueDate <= weekEnd ? 'This week' : 'Next week';

    await page.goto('/login');
    await signIn(page, 'alex@riverside.example');
    await expect(page.getByRole('heading', { level: 1, name: 'Our homework' })).toBeVisible();
    const region = page.getByRole('region', { name: section, exact: true });
    // Next week shows its first few tasks until asked for the rest.
    const more = region.getByRole('button', { name: /^Show \d+ more$/ });
    if (await more.isVisible()) await more.click();
    const row = region.getByRole('link', { name: new RegExp(assigned.title) });
    await expect(row).toContainText('Tomorrow');
    await expect(row).toContainText('Coming up');
    await row.click();

    // The exercise: what, why, how, then the reflection.
    await expect(page.getByRole('heading', { level: 1, name: assigned.title })).toBeVisible();
    await expect(page.getByText(note)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Why it helps' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Steps' })).toBeVisible();
    await expect(page.getByRole('listitem').first()).toBeVisible();

    const reflection = `We did ${assigned.title.toLowerCase()} after dinner and laughed a lot.`;
    await answerPrompts(page, assigned.prompts, reflection);
    await page
      .getByRole('radiogroup', { name: 'How helpful was this exercise?' })
      .getByRole('radio', { name: '4', exact: true })
      .check();
    await page
      .getByRole('radiogroup', { name: /Just before, how close/ })
      .getByRole('radio', { name: '4', exact: true })
      .check();
    await page
      .getByRole('radiogroup', { name: /Just after, how close/ })
      .getByRole('radio', { name: '6', exact: true })
      .check();
    // Private is the default; Alex chooses to share this one with Sam.
    const visibility = page.getByRole('radiogroup', { name: 'Who can read this?' });
    await expect(visibility.getByRole('radio', { name: 'Private' })).toBeChecked();
    await visibility.getByRole('radio', { name: /Shared with Sam/ }).check();
    await page.getByRole('button', { name: 'Mark as done' }).click();

    await expect(page.getByRole('heading', { level: 2, name: 'Done', exact: true })).toBeVisible();
    await expect(page.getByTestId('save-status')).toHaveText('Saved');
    await expect(page.getByText(reflection)).toBeVisible();
    await expect(page.getByText('Both of you and your coach can read this')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();

    // The coach replies (through the API) on Alex's completion.
    const { couple } = await gql<{
      couple: { completions: { id: string; exerciseTitle: string; partner: string }[] };
    }>(
      coach.request,
      'query ($id: ID!) { couple(id: $id) { completions(limit: 20) { id exerciseTitle partner } } }',
      {
        id: assigned.coupleId,
      },
    );
    const completion = couple.completions.find(
      (c) => c.exerciseTitle === assigned.title && c.partner === 'A',
    );
    expect(completion, 'the coach sees Alex’s completion').toBeTruthy();
    const reply = 'Lovely to read. What made you both laugh?';
    await gql(
      coach.request,
      'mutation ($input: CommentInput!) { commentOnCompletion(input: $input) { id } }',
      { input: { entryId: completion!.id, body: reply } },
    );
    await coach.close();

    await page.reload();
    await expect(page.getByTestId('coach-comment')).toContainText(reply);
    await expect(page.getByTestId('coach-comment')).toContainText('Maya Okafor');
    await expect(page.getByText(reflection)).toBeVisible();

    // Back home, the task shows as done with the reply, and nothing scrolls sideways.
    await page.getByRole('link', { name: 'Our homework' }).click();
    const done = page.getByRole('link', { name: new RegExp(assigned.title) });
    await expect(done).toContainText('Done');
    await expect(done).toContainText('1 comment from your coach');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('what a client typed survives a reload and a dropped connection', async ({
    page,
    browser,
    consoleErrors,
  }) => {
    const coach = await browser.newContext();
    await signInApi(coach.request, 'maya@riverside.example');
    const assigned = await assignFreshExercise(coach.request, 'Jordan & Casey', {
      dueInDays: 0,
      note: 'Take your time with this one.',
    });
    await coach.close();

    await page.goto('/login');
    await signIn(page, 'jordan@riverside.example');
    await page
      .getByRole('region', { name: 'Today', exact: true })
      .getByRole('link', { name: new RegExp(assigned.title) })
      .click();
    const text = assigned.prompts.find((p) => p.kind === 'TEXT')!;
    await page.getByLabel(text.label).fill('Half-written thoughts');
    await page
      .getByRole('radiogroup', { name: 'How helpful was this exercise?' })
      .getByRole('radio', { name: '3', exact: true })
      .check();

    await page.reload();
    await expect(page.getByText('We kept what you typed')).toBeVisible();
    await expect(page.getByLabel(text.label)).toHaveValue('Half-written thoughts');
    await expect(
      page
        .getByRole('radiogroup', { name: 'How helpful was this exercise?' })
        .getByRole('radio', { name: '3', exact: true }),
    ).toBeChecked();

    // The network drops while saving: the form says so, keeps everything, and the retry
    // goes through once the connection is back.
    await page.context().setOffline(true);
    await page
      .getByRole('radiogroup', { name: /Just before, how close/ })
      .getByRole('radio', { name: '3', exact: true })
      .check();
    await page
      .getByRole('radiogroup', { name: /Just after, how close/ })
      .getByRole('radio', { name: '5', exact: true })
      .check();
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.getByTestId('save-status')).toContainText('Offline — will retry');
    await page.context().setOffline(false);
    // Chromium logs each request that failed while offline; those are this test's doing.
    const offline = /net::ERR_INTERNET_DISCONNECTED/;
    const dropped = consoleErrors.filter((e) => !offline.test(e));
    consoleErrors.splice(0, consoleErrors.length, ...dropped);
    await expect(page.getByRole('heading', { level: 2, name: 'Done', exact: true })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByText('Half-written thoughts')).toBeVisible();

    // Saved: the draft is gone, so a reload shows the saved reflection, not the form.
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Done', exact: true })).toBeVisible();
    await expect(page.getByText('We kept what you typed')).toHaveCount(0);
  });
});
