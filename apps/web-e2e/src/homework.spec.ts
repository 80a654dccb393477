import type { Page } from '@playwright/test';
import { gql, type PromptSpec } from './support/api';
import { expect, signIn, test, watchConsole } from './support/fixtures';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

interface Catalogue {
  myCouples: {
    id: string;
    label: string;
    today: string;
    assignments: { exercise: { key: string } }[];
  }[];
  exercises: { id: string; key: string; title: string; reflectionPrompts: PromptSpec[] }[];
}

/** An exercise Alex & Sam have never been given, so its title is unique on every page. */
async function freshExercise(coach: Page) {
  const data = await gql<Catalogue>(
    coach.request,
    `{ myCouples { id label today assignments { exercise { key } } }
       exercises { id key title reflectionPrompts { id kind label } } }`,
  );
  const couple = data.myCouples.find((c) => c.label === 'Alex & Sam')!;
  const given = new Set(couple.assignments.map((a) => a.exercise.key));
  const exercise = data.exercises.find(
    (e) => !given.has(e.key) && e.reflectionPrompts.some((p) => p.kind === 'TEXT'),
  );
  if (!exercise) throw new Error('Every exercise has been given to Alex & Sam already');
  return { couple, exercise };
}

/** YYYY-MM-DD plus whole days. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('the coach assigns homework, Alex does it on a phone, the coach reads and replies', async ({
  page,
  browser,
  consoleErrors,
}) => {
  // Two people, two devices, several round trips.
  test.slow();
  const stamp = Date.now();
  const note = `Ten quiet minutes after dinner, phones away (${stamp}).`;

  // Maya, at her desk, opens Alex & Sam from her caseload.
  await page.goto('/login');
  await signIn(page, 'maya@riverside.example');
  await page.getByRole('link', { name: 'Alex & Sam', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alex & Sam' })).toBeVisible();
  const { couple, exercise } = await freshExercise(page);
  const due = addDays(couple.today, 2);

  // Assign: exercise, each partner, once, due in two days, a note.
  await page.getByRole('button', { name: 'Assign homework' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Assign homework to Alex & Sam' });
  await dialog.getByRole('combobox', { name: 'Exercise' }).fill(exercise.title.slice(0, 8));
  await page.getByRole('option', { name: exercise.title }).click();
  await dialog.getByText('Each partner', { exact: true }).click();
  await dialog.getByText('Once', { exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Due by' }).fill(due);
  await dialog.getByRole('textbox', { name: 'Note to the couple' }).click();
  await dialog.getByRole('textbox', { name: 'Note to the couple' }).fill(note);
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();

  const assignment = page.getByTestId('assignment').filter({ hasText: note });
  await expect(assignment).toContainText(exercise.title);
  await expect(assignment).toContainText('Each partner on their own');
  await expect(assignment).toContainText(/Once, by \d+ \w+/);
  await expect(assignment).toContainText('Active');

  // Alex, on a phone, finds it on the homework page and does it.
  const alexContext = await browser.newContext(PHONE);
  const alex = await alexContext.newPage();
  watchConsole(alex, consoleErrors);
  await alex.goto('/login');
  await signIn(alex, 'alex@riverside.example');
  await expect(alex.getByRole('heading', { level: 1, name: 'Our homework' })).toBeVisible();
  await alex
    .getByRole('link', { name: new RegExp(exercise.title) })
    .first()
    .click();
  await expect(alex.getByRole('heading', { level: 1, name: exercise.title })).toBeVisible();
  await expect(alex.getByText(note)).toBeVisible();

  const reflection = `It felt easier than we thought (${stamp}).`;
  for (const prompt of exercise.reflectionPrompts) {
    if (prompt.kind === 'TEXT') {
      await alex.getByLabel(prompt.label).fill(reflection);
    } else {
      await alex
        .getByRole('radiogroup', { name: prompt.label })
        .getByRole('radio', { name: prompt.kind === 'YES_NO' ? 'Yes' : '4', exact: true })
        .check();
    }
  }
  await alex
    .getByRole('radiogroup', { name: 'How helpful was this exercise?' })
    .getByRole('radio', { name: '4', exact: true })
    .check();
  await alex
    .getByRole('radiogroup', { name: /Just before, how close/ })
    .getByRole('radio', { name: '3', exact: true })
    .check();
  await alex
    .getByRole('radiogroup', { name: /Just after, how close/ })
    .getByRole('radio', { name: '6', exact: true })
    .check();
  await alex.getByRole('button', { name: 'Mark as done' }).click();
  await expect(alex.getByRole('heading', { level: 2, name: 'Done', exact: true })).toBeVisible();

  // Maya sees the new reflection, to review, with the prompt it answers, and replies.
  await page.reload();
  const entry = page.getByTestId('reflection').filter({ hasText: reflection });
  await expect(entry).toHaveAttribute('data-reviewed', 'false');
  await expect(entry).toContainText(exercise.title);
  await expect(entry).toContainText('Alex');
  await expect(entry).toContainText('Private');
  await expect(entry).toContainText(
    exercise.reflectionPrompts.find((p) => p.kind === 'TEXT')!.label,
  );
  await expect(entry).toContainText('Helpful: 4 / 5');
  await expect(entry).toContainText(/Closeness:\s*3\s*6/);

  const reply = `Lovely to read, Alex. What made it easier? (${stamp})`;
  await entry.getByRole('button', { name: /^Comment on Alex's reflection/ }).click();
  await entry.getByRole('textbox', { name: /^Comment on Alex's reflection/ }).fill(reply);
  await entry.getByRole('button', { name: 'Send comment' }).click();
  await expect(entry.getByTestId('comments')).toContainText(reply);
  // Replying marks it reviewed; it stays in view until the coach moves on.
  await expect(entry).toHaveAttribute('data-reviewed', 'true');
  await expect(entry.getByRole('button', { name: /Reviewed/ })).toBeVisible();

  // Alex sees the coach's reply under the reflection.
  await alex.reload();
  await expect(alex.getByTestId('coach-comment')).toContainText(reply);
  await expect(alex.getByTestId('coach-comment')).toContainText('Maya Okafor');
  await alexContext.close();
});

test('the coach edits, pauses, resumes and deletes an assignment; done work can only be ended', async ({
  page,
}) => {
  test.slow();
  const stamp = Date.now();
  await page.goto('/login');
  await signIn(page, 'maya@riverside.example');
  await expect(page.getByRole('heading', { level: 1, name: 'My couples' })).toBeVisible();

  // A fresh assignment for Priya & Tom, daily for a week (set up through the API).
  const data = await gql<Catalogue>(
    page.request,
    `{ myCouples { id label today assignments { exercise { key } } }
       exercises { id key title reflectionPrompts { id kind label } } }`,
  );
  const couple = data.myCouples.find((c) => c.label === 'Priya & Tom')!;
  const given = new Set(couple.assignments.map((a) => a.exercise.key));
  const exercise = data.exercises.find((e) => !given.has(e.key))!;
  const note = `Start small (${stamp}).`;
  await gql(
    page.request,
    'mutation ($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
    {
      input: {
        coupleId: couple.id,
        exerciseId: exercise.id,
        audience: 'ONE',
        audiencePartner: 'B',
        note,
        schedule: { kind: 'DAILY', startDate: couple.today, endDate: addDays(couple.today, 6) },
      },
    },
  );

  await page.getByRole('link', { name: 'Priya & Tom', exact: true }).click();
  const card = page.getByTestId('assignment').filter({ hasText: exercise.title });
  await expect(card).toContainText('Only Tom');
  await expect(card).toContainText(/Daily, \d+ \w+ – \d+ \w+/);

  // Edit the note and the schedule.
  await card.getByRole('button', { name: `Actions for ${exercise.title}` }).click();
  await page.getByRole('menuitem', { name: 'Edit note or schedule' }).click();
  const edit = page.getByRole('dialog', { name: `Edit “${exercise.title}”` });
  await edit.getByRole('textbox', { name: 'Note to the couple' }).fill(`Even smaller (${stamp}).`);
  await edit.getByText('Times a week', { exact: true }).click();
  await edit.getByRole('textbox', { name: 'Times a week' }).fill('2');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(card).toContainText(`Even smaller (${stamp}).`);
  await expect(card).toContainText(/2 times a week/);

  // Pause and resume.
  await card.getByRole('button', { name: `Actions for ${exercise.title}` }).click();
  await page.getByRole('menuitem', { name: 'Pause' }).click();
  await expect(card).toHaveAttribute('data-status', 'PAUSED');
  await card.getByRole('button', { name: `Actions for ${exercise.title}` }).click();
  await page.getByRole('menuitem', { name: 'Resume' }).click();
  await expect(card).toHaveAttribute('data-status', 'ACTIVE');

  // Nothing of it is done: it can be deleted.
  await card.getByRole('button', { name: `Actions for ${exercise.title}` }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete “${exercise.title}”?` });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(card).toHaveCount(0);

  // An assignment with done work offers End, not Delete.
  const started = page
    .getByTestId('assignment')
    .filter({ has: page.getByTestId('assignment-progress').filter({ hasText: /^[1-9]\d* of/ }) })
    .first();
  const startedTitle = (await started.getByRole('link').first().textContent()) ?? '';
  await started.getByRole('button', { name: `Actions for ${startedTitle}` }).click();
  await expect(page.getByRole('menuitem', { name: 'End' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Delete' })).toHaveCount(0);
  await page.keyboard.press('Escape');
});
