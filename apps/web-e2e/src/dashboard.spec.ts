import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { gql, signInApi } from './support/api';
import { expect, signIn, test } from './support/fixtures';

/**
 * The clinic admin's Progress page (loop 3): figures with their n, small cells hidden with
 * the default k = 11, shown once k is lowered, and the same tables as a CSV download.
 * Other specs may add couples or homework, so nothing here counts on exact figures; k is
 * set at the start and put back to 11 at the end.
 */

const ADMIN = 'admin@riverside.example';
const shotsDir = process.env.E2E_SHOTS_DIR ?? '/tmp/hearth-shots';

async function setK(request: APIRequestContext, k: number): Promise<void> {
  await signInApi(request, ADMIN);
  const { me } = await gql<{ me: { clinic: { name: string; timeZone: string } } }>(
    request,
    '{ me { clinic { name timeZone } } }',
  );
  await gql(
    request,
    'mutation SetK($input: UpdateClinicInput!) { updateClinic(input: $input) { id smallCellK } }',
    { input: { name: me.clinic.name, timeZone: me.clinic.timeZone, smallCellK: k } },
  );
}

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

/** Data rows the page's three tables show (the weekly one behind its Table toggle). */
async function pageRowCounts(page: Page) {
  const rows = (testId: string) =>
    page.getByTestId(testId).locator('tbody').getByTestId('dashboard-row');
  await page.getByText('Table', { exact: true }).click();
  await expect(page.getByTestId('by-week-table')).toBeVisible();
  const counts = {
    by_coach: await rows('by-coach-table').count(),
    by_exercise: await rows('by-exercise-table').count(),
    by_week: await rows('by-week-table').count(),
  };
  await page.getByText('Chart', { exact: true }).click();
  return counts;
}

async function downloadCsv(page: Page): Promise<string[][]> {
  const link = page.getByRole('link', { name: 'Download CSV' });
  await expect(link).toHaveAttribute('download');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^hearth-clinic-dashboard-.*\.csv$/);
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  // Only the first columns are read; none of them is ever quoted.
  return text
    .split('\r\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split(','));
}

function csvRowCounts(rows: string[][]) {
  const count = (table: string) => rows.filter((r) => r[0] === table).length;
  return {
    summary: count('summary'),
    by_coach: count('by_coach'),
    by_exercise: count('by_exercise'),
    by_week: count('by_week'),
  };
}

test('the clinic admin sees aggregate progress, hidden below k, and downloads it as CSV', async ({
  page,
  request,
}) => {
  test.slow();
  await setK(request, 11);
  try {
    await signIn(page, ADMIN);
    await expect(page.getByRole('heading', { level: 1, name: 'Clinic' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Progress' })
      .click();
    await expect(page).toHaveURL(/\/clinic\/progress$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();

    // k = 11 and a handful of couples: figures are hidden, and the page says why.
    await expect(page.getByTestId('suppression-note')).toContainText(
      'Fewer than 11 couples — hidden to protect privacy',
    );
    await expect(page.getByTestId('stat-activeCouples')).toHaveAttribute(
      'data-status',
      'SUPPRESSED',
    );
    await expect(page.getByTestId('stat-activeCouples')).toContainText('Fewer than 11');
    const coachTable = page.getByTestId('by-coach-table');
    await expect(coachTable.locator('tbody [data-status="SUPPRESSED"]').first()).toHaveText(
      'Fewer than 11',
    );
    await expect(coachTable).toContainText('Maya Okafor');
    await expect(page.getByTestId('period-dates')).toBeVisible();

    const shownAt11 = await pageRowCounts(page);
    expect(shownAt11.by_coach).toBeGreaterThan(0);
    expect(shownAt11.by_week).toBeGreaterThanOrEqual(4);
    const csv11 = await downloadCsv(page);
    const header = csv11[0]!;
    for (const column of [
      'table',
      'row',
      'completion_rate_percent',
      'completion_rate_n_couples',
      'mean_helpfulness_1_to_5',
      'mean_closeness_change_points',
      'checkin_adherence_percent',
      'csi4_median_change_points',
    ]) {
      expect(header).toContain(column);
    }
    expect(csvRowCounts(csv11.slice(1))).toEqual({ summary: 1, ...shownAt11 });
    expect(csv11.slice(1).flat()).toContain('fewer than 11');
    await shots(page, 'clinic-progress-k11');

    // A bad custom period is answered field by field.
    await page.goto('/clinic/progress?period=CUSTOM&from=2026-03-10&to=2026-03-01');
    await expect(page.getByTestId('custom-period')).toContainText(
      'End on or after the start date.',
    );
    await expect(page.getByText('Choose a valid period to see the figures.')).toBeVisible();

    // Lower k to 2 in the clinic settings: numbers appear, each with its n.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Clinic' })
      .click();
    const k = page.getByLabel('Smallest group shown in reports (k)');
    await k.fill('2');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Clinic settings saved.')).toBeVisible();
    await page.getByRole('link', { name: "See the clinic's progress" }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();

    const active = page.getByTestId('stat-activeCouples');
    await expect(active).toHaveAttribute('data-status', 'SHOWN');
    await expect(active.getByTestId('figure-n')).toHaveText(/^n = \d+ couples$/);
    const completion = page.getByTestId('stat-completionRate');
    await expect(completion).toHaveAttribute('data-status', 'SHOWN');
    await expect(completion).toContainText(/\d+(\.\d)?%/);
    await expect(completion.getByTestId('figure-n')).toHaveText(/^n = \d+ couples?$/);
    // The rate's numerator and denominator are in its tooltip.
    await completion.getByText(/%$/).hover();
    await expect(page.getByRole('tooltip')).toContainText(/\d+ of \d+ tasks? due were done/);
    await expect(
      page.getByTestId('by-coach-table').locator('tfoot [data-status="SHOWN"]').first(),
    ).toBeVisible();
    await expect(page.getByTestId('weekly-chart').locator('.recharts-line').first()).toBeVisible();

    const shownAt2 = await pageRowCounts(page);
    const csv2 = await downloadCsv(page);
    expect(csvRowCounts(csv2.slice(1))).toEqual({ summary: 1, ...shownAt2 });
    await shots(page, 'clinic-progress-k2');

    // Another period: the address and the CSV link follow it.
    await page.getByText('12 weeks', { exact: true }).click();
    await expect(page).toHaveURL(/period=LAST_12_WEEKS/);
    await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/clinic-dashboard.csv?period=LAST_12_WEEKS',
    );
  } finally {
    await setK(request, 11);
  }
});

test('a coach gets the not-found page at /clinic/progress', async ({ page }) => {
  await signIn(page, 'maya@riverside.example');
  await expect(page.getByRole('heading', { level: 1, name: 'My couples' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }),
  ).toHaveCount(0);
  await page.goto('/clinic/progress');
  await expect(
    page.getByRole('heading', { level: 1, name: "We couldn't find that page" }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Progress' })).toHaveCount(0);
});
