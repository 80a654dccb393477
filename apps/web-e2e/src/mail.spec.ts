import type { Page } from '@playwright/test';
import { expect, signIn, test, watchConsole } from './support/fixtures';

/**
 * Email as a new user meets it with `npm start`: nothing leaves the machine, every message
 * lands in the local mail catcher, read at /dev/mail.
 */

/** Opens the newest caught message to `to` with this subject; returns its first app link. */
async function linkInMail(page: Page, to: string, subject: string): Promise<string> {
  await expect(async () => {
    await page.goto('/dev/mail');
    await expect(
      page.getByRole('row').filter({ hasText: to }).getByRole('link', { name: subject }).first(),
    ).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page
    .getByRole('row')
    .filter({ hasText: to })
    .getByRole('link', { name: subject })
    .first()
    .click();
  const text = await page.locator('pre').innerText();
  const link = /https?:\/\/\S+\/(invite|reset-password)\/[\w-]+/.exec(text)?.[0];
  expect(link, `a link in the mail to ${to}`).toBeDefined();
  return link!;
}

test("each partner's invitation arrives by email and can be accepted", async ({
  page,
  browser,
  consoleErrors,
}) => {
  const stamp = Date.now();
  await signIn(page, 'maya@riverside.example');
  await page.getByRole('button', { name: 'Add couple' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a couple' });
  const emails = { a: `ada.${stamp}@example.test`, b: `bo.${stamp}@example.test` };
  await dialog.getByRole('group', { name: 'Partner A' }).getByLabel('Name').fill('Ada');
  await dialog.getByRole('group', { name: 'Partner A' }).getByLabel('Email').fill(emails.a);
  await dialog.getByRole('group', { name: 'Partner B' }).getByLabel('Name').fill('Bo');
  await dialog.getByRole('group', { name: 'Partner B' }).getByLabel('Email').fill(emails.b);
  await dialog.getByRole('button', { name: 'Add couple' }).click();
  await expect(page.getByRole('dialog', { name: 'Ada & Bo added' })).toBeVisible();

  const mailbox = await browser.newContext();
  const inbox = await mailbox.newPage();
  const adaLink = await linkInMail(inbox, emails.a, 'Your invitation to Hearth');
  const boLink = await linkInMail(inbox, emails.b, 'Your invitation to Hearth');
  expect(adaLink).not.toBe(boLink);

  const ada = await mailbox.newPage();
  watchConsole(ada, consoleErrors);
  await ada.goto(adaLink);
  await expect(ada.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();
  await ada.getByLabel('Password', { exact: true }).fill('a walk by the river');
  await ada.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(ada.getByRole('heading', { level: 1, name: 'Our homework' })).toBeVisible();
  await mailbox.close();
});

test('a client resets a forgotten password from the sign-in page', async ({ page, browser }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email').fill('tom@riverside.example');
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();

  const mailbox = await browser.newContext();
  const inbox = await mailbox.newPage();
  const link = await linkInMail(inbox, 'tom@riverside.example', 'Reset your Hearth password');
  await mailbox.close();

  await page.goto(link);
  await page.getByLabel('New password').fill('tom chose this one');
  await page.getByLabel('The same again').fill('tom chose this one');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('heading', { name: 'Your password is changed' })).toBeVisible();
  await page.getByRole('link', { name: 'Sign in', exact: true }).click();
  await signIn(page, 'tom@riverside.example', 'tom chose this one');
  await expect(page.getByRole('heading', { level: 1, name: 'Our homework' })).toBeVisible();

  // The link works once.
  await page.context().clearCookies();
  await page.goto(link);
  await page.getByLabel('New password').fill('yet another password');
  await page.getByLabel('The same again').fill('yet another password');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('heading', { name: "This reset link can't be used" })).toBeVisible();
});
