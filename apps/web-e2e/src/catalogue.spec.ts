import { expect, signIn, test } from './support/fixtures';

test('the coach searches the catalogue, reads an exercise and writes one of the clinic’s own', async ({
  page,
}) => {
  test.slow();
  const stamp = Date.now();
  await page.goto('/login');
  await signIn(page, 'maya@riverside.example');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Catalogue' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  const cards = page.getByTestId('exercise-card');
  await expect(cards.filter({ hasText: 'Curious questions' })).toHaveCount(1);

  // Search and filters narrow the list.
  await page.getByRole('searchbox', { name: 'Search' }).fill('laugh');
  await expect(cards.filter({ hasText: 'Laughter night' })).toHaveCount(1);
  await expect(cards.filter({ hasText: 'Curious questions' })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page
    .getByRole('group', { name: 'Types of intimacy' })
    .getByText('Physical affection')
    .click();
  await expect(cards.filter({ hasText: 'Affection without expectations' })).toHaveCount(1);
  await expect(cards.filter({ hasText: 'Curious questions' })).toHaveCount(0);
  await page
    .getByRole('group', { name: 'Types of intimacy' })
    .getByText('Physical affection')
    .click();

  // A built-in exercise in full, with its source.
  await page.getByRole('button', { name: 'Details of Funny moments swap' }).click();
  const detail = page.getByTestId('exercise-detail');
  await expect(detail.getByRole('heading', { name: 'Funny moments swap' })).toBeVisible();
  await expect(detail.getByRole('heading', { name: 'Why it helps' })).toBeVisible();
  await expect(detail.getByRole('region', { name: 'Steps' }).getByRole('listitem')).toHaveCount(4);
  await expect(detail.getByRole('region', { name: 'Source' })).toContainText(
    'The Intimacy Institute',
  );
  await expect(page).toHaveURL(/\?exercise=/);
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // A new exercise: the API's field errors land on the fields, then it is saved.
  await page.getByRole('button', { name: 'New exercise' }).first().click();
  const form = page.getByRole('dialog', { name: 'New exercise' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Wa');
  await form.getByRole('button', { name: 'Add exercise' }).click();
  await expect(form.getByText(/Give the exercise a title of at least/)).toBeVisible();
  await expect(form.getByText('Choose at least one type of intimacy.')).toBeVisible();
  await expect(form.getByText('Describe the steps.')).toBeVisible();

  const title = `Evening walk ${stamp}`;
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('textbox', { name: 'Summary' }).fill('A slow walk together after dinner.');
  await form.getByText('Shared experiences', { exact: true }).click();
  await form
    .getByRole('textbox', { name: 'Why it helps' })
    .fill('Walking side by side makes talking easier.');
  await form
    .getByRole('textbox', { name: 'Steps' })
    .fill('1. Walk for twenty minutes.\n2. Each share one thing from the day.');
  await form.getByRole('textbox', { name: 'Prompt 1' }).fill('What did you talk about?');
  await form.getByRole('button', { name: 'Add prompt' }).click();
  await form.getByRole('textbox', { name: 'Prompt 2' }).fill('How relaxed did you feel?');
  await form.getByRole('combobox', { name: 'Kind of answer for prompt 2' }).click();
  await page.getByRole('option', { name: 'Scale 1–5' }).click();
  await form.getByRole('button', { name: 'Add exercise' }).click();
  await expect(form).toBeHidden();

  await expect(detail.getByRole('heading', { name: title })).toBeVisible();
  await expect(detail).toContainText("Clinic's own · version 1");
  await expect(detail.getByRole('region', { name: 'Steps' }).getByRole('listitem')).toHaveCount(2);
  await expect(detail.getByRole('region', { name: 'Reflection prompts' })).toContainText(
    'How relaxed did you feel? (Scale 1–5)',
  );

  // Editing makes a new version.
  await detail.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: `Edit “${title}”` });
  await edit
    .getByRole('textbox', { name: 'Summary' })
    .fill('A slow walk together, phones at home.');
  await edit.getByRole('button', { name: 'Save new version' }).click();
  await expect(edit).toBeHidden();
  await expect(detail).toContainText("Clinic's own · version 2");
  await expect(detail).toContainText('phones at home');

  // Archived, it leaves the catalogue (and comes back with "Show archived").
  await detail.getByRole('button', { name: 'Archive' }).click();
  await expect(detail.getByText('Archived', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(cards.filter({ hasText: title })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Show archived' }).check();
  await expect(cards.filter({ hasText: title })).toContainText('Archived');
});
