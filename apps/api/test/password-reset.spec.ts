import { MailCatcher } from '../src/mail/mail-catcher';
import { errorCode, fieldErrors, gql, startTestApp, type TestApp } from './support/test-app';

const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }';
const ME = '{ me { email } }';
const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { id } } }';

describe('forgot password, by email', () => {
  let smtp: MailCatcher;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await new MailCatcher().start();
    t = await startTestApp({ smtpUrl: smtp.smtpUrl });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const tokenIn = (text: string) => /\/reset-password\/([A-Za-z0-9_-]+)/.exec(text)?.[1];

  it('answers the same for an unknown address, and sends nothing', async () => {
    const known = await gql(t.agent(), REQUEST, { e: 'sam@riverside.example' });
    const unknown = await gql(t.agent(), REQUEST, { e: 'nobody@riverside.example' });
    expect(unknown).toEqual(known);
    expect(unknown).toEqual({ data: { requestPasswordReset: true } });
    await smtp.waitFor((m) => m.to[0] === 'sam@riverside.example');
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.messages().some((m) => m.to[0] === 'nobody@riverside.example')).toBe(false);
  });

  it('resets with the emailed link once, ends every session, and is audited', async () => {
    const before = await t.signIn('alex@riverside.example');
    expect((await gql(before, ME)).data).toEqual({ me: { email: 'alex@riverside.example' } });
    await gql(t.agent(), REQUEST, { e: '  Alex@Riverside.example ' });
    const [mail] = await smtp.waitFor((m) => m.to[0] === 'alex@riverside.example');
    expect(mail!.subject).toBe('Reset your Hearth password');
    const token = tokenIn(mail!.text)!;
    expect(token).toBeDefined();
    expect(mail!.html).toContain(`/reset-password/${token}`);

    const short = await gql(t.agent(), RESET, { t: token, p: 'short' });
    expect(Object.keys(fieldErrors(short))).toEqual(['password']);
    const done = await gql(t.agent(), RESET, { t: token, p: 'a brand new password' });
    expect(done).toEqual({ data: { resetPassword: true } });

    expect((await gql(before, ME)).data).toEqual({ me: null });
    const old = await gql(t.agent(), LOGIN, { e: 'alex@riverside.example', p: 'hearth-demo' });
    expect(errorCode(old)).toBeDefined();
    await t.signIn('alex@riverside.example', 'a brand new password');

    const again = await gql(t.agent(), RESET, { t: token, p: 'another new password' });
    expect(fieldErrors(again)).toEqual({
      token: 'This reset link is invalid, used or expired. Ask for a new one.',
    });
    const events: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events e JOIN users u ON u.id = e.user_id
        WHERE u.email = 'alex@riverside.example' AND e.action = 'SECURITY_CHANGE'
          AND e.detail->>'change' IN ('password_reset_requested', 'password_reset')`,
    );
    expect(events[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('refuses an expired link and one that was never issued', async () => {
    await gql(t.agent(), REQUEST, { e: 'maya@riverside.example' });
    const [mail] = await smtp.waitFor((m) => m.to[0] === 'maya@riverside.example');
    await t.db.query(`UPDATE password_resets SET expires_at = now() - interval '1 second'`);
    const expired = await gql(t.agent(), RESET, { t: tokenIn(mail!.text), p: 'a new password!' });
    expect(Object.keys(fieldErrors(expired))).toEqual(['token']);
    const forged = await gql(t.agent(), RESET, { t: 'not-a-real-token', p: 'a new password!' });
    expect(Object.keys(fieldErrors(forged))).toEqual(['token']);
    await t.signIn('maya@riverside.example');
  });
});
