import { mkdirSync } from 'node:fs';
import { CHECKIN_ITEMS, CSI4_ITEMS } from '@hearth/domain';
import type { Browser, Page } from '@playwright/test';
import { assignFreshExercise, gql, signInApi } from './support/api';
import { expect, signIn, test } from './support/fixtures';

/**
 * Not a gate: the client's pages as PNGs to look at, on a phone and on a laptop
 * (`nx run web-e2e:screenshots`, output in /tmp/hearth-shots or E2E_SHOTS_DIR).
 */
const dir = process.env.E2E_SHOTS_DIR ?? '/tmp/hearth-shots';
mkdirSync(dir, { recursive: true });

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Maya gives Alex & Sam two exercises due today; Alex completes one and Maya replies. */
async function prepareHomework(browser: Browser) {
  const coach = await browser.newContext();
  await signInApi(coach.request, 'maya@riverside.example');
  const open = await assignFreshExercise(coach.request, 'Alex & Sam', {
    dueInDays: 0,
    note: 'Pick an evening this week when neither of you is rushed.',
  });
  const done = await assignFreshExercise(coach.request, 'Alex & Sam', {
    dueInDays: 0,
    note: 'Keep it light: this one is meant to be fun.',
  });

  const alex = await browser.newContext();
  await signInApi(alex.request, 'alex@riverside.example');
  const { ourCouple } = await gql<{
    ourCouple: {
      tasks: { id: string; partner: string | null; assignment: { exercise: { id: string } } }[];
    };
  }>(
    alex.request,
    'query ($d: String!) { ourCouple { tasks(from: $d, to: $d) { id partner assignment { exercise { id } } } } }',
    { d: done.dueDate },
  );
  const task = ourCouple.tasks.find((t) => t.assignment.exercise.id === done.exerciseId)!;
  const completion = await gql<{ completeTask: { id: string } }>(
    alex.request,
    'mutation ($input: CompleteTaskInput!) { completeTask(input: $input) { id } }',
    {
      input: {
        taskId: task.id,
        helpfulness: 4,
        closenessBefore: 4,
        closenessAfter: 6,
        visibility: 'SHARED',
        answers: done.prompts.map((p) =>
          p.kind === 'TEXT'
            ? { promptId: p.id, text: 'We ended up talking for an hour. It felt easy for once.' }
            : p.kind === 'SCALE_1_5'
              ? { promptId: p.id, scale: 4 }
              : { promptId: p.id, yes: true },
        ),
      },
    },
  );
  await gql(
    coach.request,
    'mutation ($input: CommentInput!) { commentOnCompletion(input: $input) { id } }',
    {
      input: {
        entryId: completion.completeTask.id,
        body: 'An hour! That is a real change from a few weeks ago. What made it feel easy?',
      },
    },
  );
  await Promise.all([coach.close(), alex.close()]);
  return { open, done, doneTaskId: task.id };
}

for (const [device, use] of [
  [
    'phone',
    { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  ],
  ['desktop', { viewport: { width: 1280, height: 800 } }],
] as const) {
  test.describe(`client ${device}`, () => {
    test.use(use);

    test('home, exercise, done with a reply, check-in, history', async ({ page, browser }) => {
      test.setTimeout(120_000);
      const { open, done, doneTaskId } = await prepareHomework(browser);
      await page.goto('/login');
      await signIn(page, 'alex@riverside.example');
      await expect(page.getByRole('region', { name: 'Today', exact: true })).toBeVisible();
      await shot(page, `${device}-client-home`);

      await page
        .getByRole('region', { name: 'Today', exact: true })
        .getByRole('link', { name: new RegExp(open.title) })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: open.title })).toBeVisible();
      await shot(page, `${device}-client-exercise`);
      await page.getByRole('button', { name: 'Mark as done' }).click();
      await expect(page.getByText('Choose how helpful it was, from 1 to 5.')).toBeVisible();
      await shot(page, `${device}-client-exercise-errors`);

      await page.goto(`/home/tasks/${doneTaskId}?due=${done.dueDate}`);
      await expect(page.getByTestId('coach-comment')).toBeVisible();
      await shot(page, `${device}-client-done-with-comment`);

      await page.goto('/home/check-in');
      for (const item of CHECKIN_ITEMS.slice(0, 3)) {
        await page
          .getByRole('radiogroup', { name: item.question })
          .getByRole('radio', { name: '5', exact: true })
          .check();
      }
      await shot(page, `${device}-client-checkin`);
      for (const item of CHECKIN_ITEMS.slice(3)) {
        await page
          .getByRole('radiogroup', { name: item.question })
          .getByRole('radio', { name: '4', exact: true })
          .check();
      }
      await page.getByRole('button', { name: /check-in$/ }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Checked in today ✓' }),
      ).toBeVisible();
      await shot(page, `${device}-client-checkin-saved`);
      await page.getByRole('link', { name: 'Back to our homework' }).click();
      await expect(page.getByRole('heading', { name: 'Checked in today ✓' })).toBeVisible();
      await shot(page, `${device}-client-home-checked-in`);

      await page.goto('/home/history');
      await expect(page.getByRole('img', { name: /Your closeness/ })).toBeVisible();
      await shot(page, `${device}-client-history`);
      await page.getByRole('tab', { name: 'Reflections' }).click();
      await shot(page, `${device}-client-history-reflections`);
    });

    test('CSI-4 form and score', async ({ page }) => {
      await page.goto('/login');
      await signIn(page, 'priya@riverside.example');
      await expect(page.getByRole('heading', { level: 1, name: 'Our homework' })).toBeVisible();
      await page.goto('/home/csi4');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await shot(page, `${device}-client-csi4`);
      if (await page.getByRole('button', { name: 'See my score' }).isVisible()) {
        for (const item of CSI4_ITEMS) {
          await page
            .getByRole('radiogroup', { name: item.text })
            .getByRole('radio', { name: item.options[2]!.label, exact: true })
            .check();
        }
        await page.getByRole('button', { name: 'See my score' }).click();
      }
      await expect(page.getByTestId('csi4-score')).toBeVisible();
      await shot(page, `${device}-client-csi4-score`);
    });
  });
}
