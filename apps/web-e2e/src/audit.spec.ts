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
