import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';

/**
 * Not a gate: saves PNGs of the main pages for a person to look at
 * (`nx run web-e2e:screenshots`, output in /tmp/hearth-shots or E2E_SHOTS_DIR).
 */
const dir = process.env.E2E_SHOTS_DIR ?? '/tmp/hearth-shots';
mkdirSync(dir, { recursive: true });

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  // Let transitions (modals, notifications) settle.
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage });
}

test.describe('desktop 1280×800', () => {
  test.use({ viewport: DESKTOP });

  test('sign-in, with and without an error', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await shot(page, 'desktop-sign-in');
    await signIn(page, 'maya@riverside.example', 'wrong-password');
    await expect(page.getByRole('alert')).toBeVisible();
    await shot(page, 'desktop-sign-in-error');
  });

  test('coach: my couples, add couple, links', async ({ page }) => {
    await signIn(page, 'maya@riverside.example');
    await expect(page.getByTestId('couple-row').first()).toBeVisible();
    await shot(page, 'desktop-coach-my-couples');
    await page.getByRole('button', { name: 'Add couple' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a couple' });
    await expect(dialog).toBeVisible();
    await shot(page, 'desktop-coach-add-couple');
    await dialog.getByRole('button', { name: 'Add couple' }).click();
    await expect(dialog.getByText('Enter a name.').first()).toBeVisible();
    await shot(page, 'desktop-coach-add-couple-errors');
    const stamp = Date.now();
    await dialog.getByRole('group', { name: 'Partner A' }).getByLabel('Name').fill('Harper');
    await dialog
      .getByRole('group', { name: 'Partner A' })
      .getByLabel('Email')
      .fill(`harper.${stamp}@example.test`);
    await dialog.getByRole('group', { name: 'Partner B' }).getByLabel('Name').fill('Quinn');
    await dialog
      .getByRole('group', { name: 'Partner B' })
      .getByLabel('Email')
      .fill(`harper.${stamp}@example.test`);
    await dialog.getByRole('button', { name: 'Add couple' }).click();
    await expect(dialog.getByText('Each partner needs their own email.')).toBeVisible();
    await shot(page, 'desktop-coach-add-couple-api-error');
    await dialog
      .getByRole('group', { name: 'Partner B' })
      .getByLabel('Email')
      .fill(`quinn.${stamp}@example.test`);
    await dialog.getByRole('button', { name: 'Add couple' }).click();
    await expect(page.getByRole('dialog', { name: 'Harper & Quinn added' })).toBeVisible();
    await shot(page, 'desktop-coach-couple-added');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Copy new invite link for Harper' }).click();
    await expect(page.getByRole('dialog', { name: /New invitation link/ })).toBeVisible();
    await shot(page, 'desktop-coach-new-invite-link');
  });

  test('admin: clinic', async ({ page }) => {
    await signIn(page, 'admin@riverside.example');
    await expect(page.getByTestId('roster-row').first()).toBeVisible();
    await shot(page, 'desktop-admin-clinic');
    await shot(page, 'desktop-admin-clinic-full', true);
    await page.getByRole('button', { name: 'Deactivate Maya Okafor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate Maya Okafor?' });
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    await shot(page, 'desktop-admin-deactivate-conflict');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Invite coach' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite a coach' });
    await invite.getByLabel('Name').fill('Jo Banks');
    await invite.getByLabel('Email').fill(`jo.${Date.now()}@riverside.example`);
    await invite.getByRole('button', { name: 'Create invitation link' }).click();
    await expect(page.getByRole('dialog', { name: 'Invitation for Jo Banks' })).toBeVisible();
    await shot(page, 'desktop-admin-coach-invited');
  });

  test('an admin who also coaches switches between Clinic and My couples', async ({ page }) => {
    await signIn(page, 'admin@riverside.example');
    await page.getByRole('button', { name: 'Invite coach' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite a coach' });
    await invite.getByLabel('Name').fill('Rachel Stone');
    await invite.getByLabel('Email').fill('admin@riverside.example');
    await invite.getByRole('button', { name: 'Create invitation link' }).click();
    const url = await page
      .getByRole('dialog', { name: 'Invitation for Rachel Stone' })
      .getByRole('textbox')
      .inputValue();
    await page.goto(url);
    await page.getByLabel('Password', { exact: true }).fill('hearth-demo');
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(page).toHaveURL(/\/couples$/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'My couples' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await shot(page, 'desktop-admin-coach-my-couples');
    await nav.getByRole('link', { name: 'Clinic' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clinic' })).toBeVisible();
    await shot(page, 'desktop-admin-coach-clinic');
  });

  test('client and 404 on desktop', async ({ page }) => {
    await signIn(page, 'sam@riverside.example');
    await expect(page.getByRole('heading', { name: 'Our homework' })).toBeVisible();
    await shot(page, 'desktop-client-home');
    await page.goto('/somewhere-else');
    await expect(page.getByRole('heading', { name: "We couldn't find that page" })).toBeVisible();
    await shot(page, 'desktop-404');
  });
});

test.describe('phone 390×844', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('sign-in and client home', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await shot(page, 'phone-sign-in');
    await signIn(page, 'alex@riverside.example');
    await expect(page.getByTestId('coach-name')).toBeVisible();
    await shot(page, 'phone-client-home', true);
  });

  test('invitation pages', async ({ page, browser }) => {
    await page.goto('/invite/not-a-real-token');
    await expect(page.getByRole('heading', { name: /can't be used/ })).toBeVisible();
    await shot(page, 'phone-invite-invalid');

    // A coach makes a link for Luca, who hasn't joined.
    const coach = await browser.newPage({ viewport: DESKTOP });
    await signIn(coach, 'daniel@riverside.example');
    await coach.getByRole('button', { name: 'Copy new invite link for Luca' }).click();
    const url = await coach
      .getByRole('dialog', { name: /New invitation link/ })
      .getByRole('textbox')
      .inputValue();
    await coach.close();

    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Welcome, Luca' })).toBeVisible();
    await shot(page, 'phone-invite-accept', true);
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
    await shot(page, 'phone-invite-accept-error', true);
  });

  test('coach and admin pages on a phone still work', async ({ page }) => {
    await signIn(page, 'maya@riverside.example');
    await expect(page.getByTestId('couple-row').first()).toBeVisible();
    await shot(page, 'phone-coach-my-couples');
  });
});
