import { expect, signIn, test, watchConsole } from './support/fixtures';

// These two run in this order on purpose (tests in a file run in order, one worker): the
// admin counts the six seeded couples before the coach adds one more.

test('the clinic admin sees the coaches and the roster of six couples', async ({ page }) => {
  // Signed out, the clinic page sends the admin to sign in and then back to it.
  await page.goto('/clinic');
  await expect(page).toHaveURL(/\/login\?next=%2Fclinic$/);
  await signIn(page, 'admin@riverside.example');
  await expect(page).toHaveURL(/\/clinic$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic' })).toBeVisible();

  const coaches = page.getByTestId('coach-row');
  await expect(coaches).toHaveCount(2);
  await expect(coaches.filter({ hasText: 'Maya Okafor' })).toContainText('3 couples');
  await expect(coaches.filter({ hasText: 'Daniel Reyes' })).toContainText('3 couples');

  const roster = page.getByTestId('roster-row');
  await expect(roster).toHaveCount(6);
  for (const label of [
    'Alex & Sam',
    'Jordan & Casey',
    'Priya & Tom',
    'Noor & Eli',
    'Chris & Pat',
    'Mei & Luca',
  ]) {
    await expect(roster.filter({ hasText: label })).toHaveCount(1);
  }
  await expect(page.getByRole('combobox', { name: 'Coach of Noor & Eli' })).toHaveValue(
    'Daniel Reyes',
  );

  // Deactivating a coach who still has couples is refused, with the reason.
  await coaches
    .filter({ hasText: 'Maya Okafor' })
    .getByRole('button', { name: /Deactivate/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Deactivate Maya Okafor?' });
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await expect(dialog.getByRole('alert')).toContainText("Reassign this coach's 3 couple(s)");
});

test('a coach adds a couple and a partner joins through the invitation link', async ({
  page,
  browser,
  consoleErrors,
}) => {
  const stamp = Date.now();
  await page.goto('/login');
  await signIn(page, 'maya@riverside.example');
  await expect(page.getByRole('heading', { name: 'My couples' })).toBeVisible();

  await page.getByRole('button', { name: 'Add couple' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a couple' });
  const partnerA = dialog.getByRole('group', { name: 'Partner A' });
  const partnerB = dialog.getByRole('group', { name: 'Partner B' });
  await partnerA.getByLabel('Name').fill('Robin');
  await partnerA.getByLabel('Email').fill(`robin.${stamp}@example.test`);
  await partnerB.getByLabel('Name').fill('Kit');
  await partnerB.getByLabel('Email').fill(`kit.${stamp}@example.test`);
  await dialog.getByRole('button', { name: 'Add couple' }).click();

  const created = page.getByRole('dialog', { name: 'Robin & Kit added' });
  await expect(created).toBeVisible();
  const links = created.getByRole('textbox');
  await expect(links).toHaveCount(2);
  await expect(created.getByRole('button', { name: /^Copy link for/ })).toHaveCount(2);
  const robinLink = await created
    .getByRole('textbox', { name: `Robin (robin.${stamp}@example.test)` })
    .inputValue();
  expect(robinLink).toMatch(/\/invite\/[\w-]+$/);

  await created.getByRole('button', { name: 'Done' }).click();
  const row = page.getByTestId('couple-row').filter({ hasText: 'Robin & Kit' });
  await expect(row).toBeVisible();
  await expect(row.getByRole('button', { name: /Copy new invite link/ })).toHaveCount(2);

  // Robin opens the link on their own device.
  const robinContext = await browser.newContext();
  const robin = await robinContext.newPage();
  watchConsole(robin, consoleErrors);
  await robin.goto(robinLink);
  await expect(robin.getByRole('heading', { name: 'Welcome, Robin' })).toBeVisible();
  await expect(robin.getByText('Riverside Couples Clinic')).toBeVisible();
  await robin.getByLabel('Password', { exact: true }).fill('a quiet evening walk');
  await robin.getByRole('button', { name: 'Accept invitation' }).click();

  await expect(robin).toHaveURL(/\/home$/);
  await expect(robin.getByRole('heading', { level: 1, name: 'Our homework' })).toBeVisible();
  await expect(robin.getByRole('heading', { name: 'Robin & Kit' })).toBeVisible();
  await expect(robin.getByTestId('coach-name')).toHaveText('Maya Okafor');
  await robinContext.close();

  // The coach sees Robin has joined.
  await page.reload();
  await expect(row.getByRole('button', { name: /Copy new invite link/ })).toHaveCount(1);
});
