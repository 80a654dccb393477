import type { Page } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';

/**
 * The Content-Security-Policy must not break the dashboard: every page, in every role,
 * renders with no policy violation (Mantine's styles and the charts included).
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  const res = await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // Sent on the page itself, not only on the API.
  expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(res?.headers()['x-frame-options']).toBe('DENY');
}

test('a coach’s pages render under the security policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await signIn(page, 'maya@riverside.example');
  await expect(page).toHaveURL(/\/couples$/);
  await visit(page, '/couples', 'My couples');
  await page
    .getByTestId('couple-row')
    .filter({ hasText: 'Alex & Sam' })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alex & Sam' })).toBeVisible();
  for (const tab of ['Homework', 'Progress']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await visit(page, '/catalogue', /catalogue/i);
  expect(await violations()).toEqual([]);
});

test('a clinic admin’s pages render under the security policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await signIn(page, 'admin@riverside.example');
  await visit(page, '/clinic', /.+/);
  await visit(page, '/clinic/progress', /.+/);
  expect(await violations()).toEqual([]);
});

test('a client’s pages render under the security policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await signIn(page, 'alex@riverside.example');
  await expect(page).toHaveURL(/\/home$/);
  await visit(page, '/home', 'Our homework');
  await visit(page, '/home/check-in', /.+/);
  await visit(page, '/home/csi4', /.+/);
  await visit(page, '/home/history', /.+/);
  expect(await violations()).toEqual([]);
});
