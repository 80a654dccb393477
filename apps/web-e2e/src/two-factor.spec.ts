import { Secret, TOTP } from 'otpauth';
import { gql } from './support/api';
import { DEMO_PASSWORD, expect, signIn, test } from './support/fixtures';

const PERIOD_MS = 30_000;

/** The code an authenticator app would show now, computed with the library the API uses. */
function codeAt(secret: string, at: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: at,
  });
}

test('a coach sets up two-factor sign-in and then signs in with a code from the app', async ({
  page,
}) => {
  // A code is accepted once: signing in may have to wait for the app's next code.
  test.setTimeout(90_000);
  await page.goto('/login');
  await signIn(page, 'daniel@riverside.example');
  await expect(page).toHaveURL(/\/couples$/);

  await page.getByRole('link', { name: 'Account security' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Account security' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Two-factor sign-in' });
  await expect(section.getByText('Off', { exact: true })).toBeVisible();
  await section.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(section.getByRole('img', { name: /QR code/ })).toBeVisible();
  const secret = (await section.getByTestId('two-factor-secret').innerText()).replace(/\s/g, '');

  const enrolledAt = Date.now();
  await section.getByLabel('Code from the app').fill(codeAt(secret, enrolledAt));
  await section.getByRole('button', { name: 'Turn on' }).click();
  const codes = section.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(10);
  await section.getByLabel('I have saved these codes somewhere safe').check();
  await section.getByRole('button', { name: 'Done' }).click();
  await expect(section.getByText('On', { exact: true })).toBeVisible();
  await expect(section.getByText('10 recovery codes left.', { exact: false })).toBeVisible();

  try {
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page).toHaveURL(/\/login$/);
    await signIn(page, 'daniel@riverside.example');
    await expect(page.getByRole('heading', { level: 1, name: 'Two-factor sign-in' })).toBeVisible();
    // Still signed out: nothing of Daniel's is reachable before the code.
    const me = await page.request.post('/graphql', {
      data: { query: '{ me { id } }' },
      headers: { 'content-type': 'application/json' },
    });
    expect(((await me.json()) as { data: { me: unknown } }).data.me).toBeNull();

    // The confirmation code is spent; wait for the next one if it is still showing.
    const step = (t: number) => Math.floor(t / PERIOD_MS);
    if (step(Date.now()) === step(enrolledAt)) {
      await page.waitForTimeout(PERIOD_MS - (Date.now() % PERIOD_MS) + 250);
    }
    await page.getByLabel('Authentication code').fill(codeAt(secret, Date.now()));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await expect(page).toHaveURL(/\/couples$/);
    await expect(page.getByRole('banner')).toContainText('Daniel Reyes');
  } finally {
    // Leave Daniel as the other tests expect him: password only.
    await gql(page.request, 'mutation($p: String) { disableTwoFactor(password: $p) }', {
      p: DEMO_PASSWORD,
    }).catch(() => undefined);
  }
});

test('a wrong code is explained and the person can try again', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/login');
  await signIn(page, 'admin@riverside.example');
  await expect(page).toHaveURL(/\/clinic$/);
  const { startTwoFactorEnrolment } = await gql<{
    startTwoFactorEnrolment: { secret: string };
  }>(page.request, 'mutation { startTwoFactorEnrolment { secret } }');
  const secret = startTwoFactorEnrolment.secret;
  await gql(
    page.request,
    'mutation($c: String!) { confirmTwoFactorEnrolment(code: $c) { codes } }',
    {
      c: codeAt(secret, Date.now()),
    },
  );
  try {
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page).toHaveURL(/\/login$/);
    await signIn(page, 'admin@riverside.example');
    await page.getByLabel('Authentication code').fill('000000');
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('That code is not correct.');
    await expect(page.getByLabel('Authentication code')).toHaveValue('');
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await expect(page.getByLabel('Recovery code')).toBeVisible();
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  } finally {
    // Signed out now: sign in through the API with a fresh code to turn it off again.
    await page.waitForTimeout(PERIOD_MS - (Date.now() % PERIOD_MS) + 250);
    const step = await gql<{ login: { twoFactor: { token: string } } }>(
      page.request,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { twoFactor { token } } }',
      { e: 'admin@riverside.example', p: DEMO_PASSWORD },
    );
    await gql(
      page.request,
      'mutation($t: String!, $c: String!) { completeTwoFactorSignIn(challenge: $t, code: $c) { id } }',
      { t: step.login.twoFactor.token, c: codeAt(secret, Date.now()) },
    );
    await gql(page.request, 'mutation($p: String) { disableTwoFactor(password: $p) }', {
      p: DEMO_PASSWORD,
    });
  }
});
