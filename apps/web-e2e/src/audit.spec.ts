import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, signIn, test, watchConsole } from './support/fixtures';

/**
 * The audit trail as people see it: the clinic admin reviews who opened a couple's records
 * (Activity, filtered by couple), and a partner sees who has seen their entries. Maya opens
 * Alex & Sam's page first, so both have her read to show.
 */

const shotsDir = process.env.E2E_SHOTS_DIR ?? '/tmp/hearth-shots';

async function shots(page: Page, name: string): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${shotsDir}/desktop-${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${shotsDir}/phone-${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.beforeEach(async ({ browser, consoleErrors }) => {
  test.slow();
  // Maya, in her own browser, opens her caseload: one read of each of her couples.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const maya = await context.newPage();
  watchConsole(maya, consoleErrors);
  await signIn(maya, 'maya@riverside.example');
  await expect(maya.getByRole('heading', { level: 1, name: 'My couples' })).toBeVisible();
  await expect(maya.getByText('Alex & Sam').first()).toBeVisible();
  await context.close();
});

test('the clinic admin opens Activity and filters by couple: Maya’s read of Alex & Sam', async ({
  page,
}) => {
  await signIn(page, 'admin@riverside.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Activity' })
    .click();
  await expect(page).toHaveURL(/\/clinic\/activity$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
  await expect(page.getByTestId('activity-row').first()).toBeVisible();

  await page.getByRole('combobox', { name: 'Couple' }).click();
  await page.getByRole('option', { name: 'Alex & Sam' }).click();
  await page.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: 'Opened' }).click();

  const rows = page.getByTestId('activity-row');
  await expect(rows.first()).toContainText('Maya Okafor');
  await expect(rows.first()).toContainText('Coach');
  await expect(rows.first()).toContainText('Opened');
  await expect(rows.first()).toContainText('Alex & Sam');
  // Every row shown is of that couple.
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Alex & Sam');
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    /\/api\/clinic-activity\.csv\?coupleId=.*&action=READ/,
  );
  await shots(page, 'clinic-activity');
});

test('Alex opens “Who has seen our entries” and sees Maya’s read', async ({ page }) => {
  await signIn(page, 'alex@riverside.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Our homework' })).toBeVisible();
  await page.getByRole('link', { name: 'Who has seen our entries' }).click();
  await expect(page).toHaveURL(/\/home\/readers$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Who has seen our entries' }),
  ).toBeVisible();
  const today = page.getByTestId('reader-day').first();
  await expect(today).toContainText('Maya Okafor');
  await expect(today).toContainText('(coach)');
  await expect(today).toContainText(/opened your entries \d+ times?/);
  // His partner's and his own visits are never listed.
  await expect(page.getByTestId('reader-day').filter({ hasText: '(client)' })).toHaveCount(0);
  await shots(page, 'client-entry-readers');
});

test('a reassignment needs a reason and is shown to the previous coach and to the couple', async ({
  page,
  browser,
  consoleErrors,
}) => {
  test.slow();
  await signIn(page, 'admin@riverside.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Clinic' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Coach of Mei & Luca' }).click();
  await page.getByRole('option', { name: 'Maya Okafor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move Mei & Luca to Maya Okafor?' });
  await dialog.getByRole('button', { name: 'Move couple' }).click();
  await expect(dialog).toContainText('Say why the couple moves to another coach.');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Daniel is on leave until March');
  await shots(page, 'roster-reassign');
  await dialog.getByRole('button', { name: 'Move couple' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Coach of Mei & Luca' })).toHaveValue(
    'Maya Okafor',
  );

  const open = async (email: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const other = await context.newPage();
    watchConsole(other, consoleErrors);
    await signIn(other, email);
    return { other, context };
  };
  // Daniel, the previous coach, is told on his caseload, with the reason.
  const daniel = await open('daniel@riverside.example');
  await expect(daniel.other.getByTestId('coach-move')).toContainText(
    /Mei & Luca moved to Maya Okafor on \d+ \w+: Daniel is on leave until March/,
  );
  await shots(daniel.other, 'caseload-coach-moved');
  await daniel.context.close();
  // Mei sees her new coach and since when, not the reason.
  const mei = await open('mei@riverside.example');
  await expect(mei.other.getByTestId('coach-since')).toHaveText(
    /^Your coach is now Maya, since \d+ \w+\.$/,
  );
  await expect(mei.other.getByText('on leave')).toHaveCount(0);
  await shots(mei.other, 'client-home-new-coach');
  await mei.context.close();

  // Put Daniel back, so the other specs find the seeded caseloads.
  await page.getByRole('combobox', { name: 'Coach of Mei & Luca' }).click();
  await page.getByRole('option', { name: 'Daniel Reyes' }).click();
  await page
    .getByRole('dialog', { name: 'Move Mei & Luca to Daniel Reyes?' })
    .getByRole('textbox', { name: 'Reason' })
    .fill('Daniel is back');
  await page.getByRole('button', { name: 'Move couple' }).click();
  await expect(page.getByRole('combobox', { name: 'Coach of Mei & Luca' })).toHaveValue(
    'Daniel Reyes',
  );
});
