import { expect, signIn, test } from './support/fixtures';

test('a coach signs in and sees her own couples, not another coach’s', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, 'maya@riverside.example');

  await expect(page).toHaveURL(/\/couples$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My couples' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Maya Okafor');
  await expect(page.getByRole('banner')).toContainText('Riverside Couples Clinic');
  const rows = page.getByTestId('couple-row');
  for (const label of ['Alex & Sam', 'Jordan & Casey', 'Priya & Tom']) {
    await expect(rows.filter({ hasText: label })).toHaveCount(1);
  }
  // Daniel's couples are not hers (another test may have added a couple to her caseload,
  // so the count of rows is not fixed; one may have moved a couple away from her and back,
  // which her caseload mentions above the rows).
  for (const label of ['Noor & Eli', 'Chris & Pat', 'Mei & Luca']) {
    await expect(rows.filter({ hasText: label })).toHaveCount(0);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a client signs in and sees their homework page with couple and coach', async ({ page }) => {
    await page.goto('/login');
    await signIn(page, 'alex@riverside.example');

    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Our homework' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Alex & Sam' })).toBeVisible();
    await expect(page.getByTestId('coach-name')).toHaveText('Maya Okafor');
    await expect(page.getByTestId('partner-name')).toContainText('Sam');
    // Nothing sticks out sideways on a phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('a wrong password is explained and the person stays on the sign-in page', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'maya@riverside.example', 'not-my-password');

  await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  // What was typed is kept, so only the password needs retyping.
  await expect(page.getByLabel('Email')).toHaveValue('maya@riverside.example');
});

test('an unknown address shows a friendly page with a way home', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: "We couldn't find that page" })).toBeVisible();
  await page.getByRole('link', { name: 'Go to your home page' }).click();
  await expect(page).toHaveURL(/\/login$/);
});
