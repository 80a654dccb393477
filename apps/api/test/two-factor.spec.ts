import { Clock } from '../src/common/clock';
import { DEMO_PASSWORD } from '../src/seed/demo-seed';
import { errorCode, fieldErrors, gql, startTestApp, type TestApp } from './support/test-app';
import {
  CODE_STEP,
  confirmEnrolment,
  LOGIN_STEP,
  passwordStep,
  startEnrolment,
  totpCode,
} from './support/two-factor';

const ME = '{ me { displayName twoFactor { enabled recoveryCodesLeft } } }';
const MAYA = 'maya@riverside.example';

describe('two-factor sign-in (TOTP and recovery codes)', () => {
  let t: TestApp;
  let secret: string;
  let recovery: string[];
  // Codes follow a pinned clock: each step of 30 s gives a new code without waiting.
  const T0 = new Date('2026-03-02T09:00:00Z');
  const at = (steps: number) => new Date(T0.getTime() + steps * 30_000);
  const pin = (when: Date) => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(when);

  beforeAll(async () => {
    // Wrong codes count towards the sign-in limits (sign-in-throttle.spec.ts); here they
    // are loose so that each test sees only the two-factor rules.
    t = await startTestApp({
      signInLimits: { ipLockAfter: 10_000, accountLockAfter: 1_000, delayMaxSeconds: 0.001 },
    });
  });
  afterAll(() => t.close());

  it('enrols a coach: a secret and otpauth URI to scan, on only once a code from the app confirms it', async () => {
    const maya = await t.signIn(MAYA);
    const enrolment = await startEnrolment(maya);
    secret = enrolment.secret;
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Hearth:maya%40riverside\.example\?/);
    expect(enrolment.uri).toContain(`secret=${secret}`);
    // Not on yet: signing in still takes only the password.
    expect((await gql(maya, ME)).data?.me).toMatchObject({ twoFactor: { enabled: false } });
    expect((await gql(t.agent(), LOGIN_STEP, { e: MAYA, p: DEMO_PASSWORD })).data).toMatchObject({
      login: { viewer: { displayName: 'Maya Okafor' }, twoFactor: null },
    });

    pin(T0);
    const wrong = await gql(
      maya,
      'mutation { confirmTwoFactorEnrolment(code: "000000") { codes } }',
    );
    expect(fieldErrors(wrong)).toEqual({ code: 'That code is not correct. Try the next one.' });
    recovery = await confirmEnrolment(maya, totpCode(secret, T0));
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    for (const code of recovery) expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await gql(maya, ME)).data?.me).toMatchObject({
      twoFactor: { enabled: true, recoveryCodesLeft: 10 },
    });
  });

  it('keeps the secret encrypted and the recovery codes hashed at rest', async () => {
    const [row] = await t.db.query<{ secret_ciphertext: string }[]>(
      'SELECT secret_ciphertext FROM two_factor_credentials',
    );
    expect(row!.secret_ciphertext).not.toContain(secret);
    const hashes: { code_hash: string }[] = await t.db.query(
      'SELECT code_hash FROM recovery_codes',
    );
    expect(hashes).toHaveLength(10);
    const stored = hashes.map((h) => h.code_hash).join(' ');
    for (const code of recovery) expect(stored).not.toContain(code.replace(/-/g, ''));
  });

  it('asks for a code after the password, without a session cookie until the code is right', async () => {
    const agent = t.agent();
    const res = await agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: LOGIN_STEP, variables: { e: MAYA, p: DEMO_PASSWORD } });
    expect(res.body.data.login.viewer).toBeNull();
    expect(res.body.data.login.twoFactor.token).toEqual(expect.any(String));
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await gql(agent, ME)).data?.me).toBeNull();

    const token = res.body.data.login.twoFactor.token as string;
    // The confirmation code's step is spent: the same code cannot sign in (replay).
    pin(at(0));
    const replay = await gql(agent, CODE_STEP, { t: token, c: totpCode(secret, at(0)) });
    expect(replay.errors?.[0]?.message).toBe('That code is not correct.');

    pin(at(1));
    const signedIn = await agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: CODE_STEP, variables: { t: token, c: totpCode(secret, at(1)) } });
    expect(signedIn.body.data.completeTwoFactorSignIn).toEqual({ displayName: 'Maya Okafor' });
    expect(String(signedIn.headers['set-cookie'])).toMatch(/hearth_session=/);
    expect((await gql(agent, ME)).data?.me).toMatchObject({ displayName: 'Maya Okafor' });

    // A challenge signs in once.
    pin(at(2));
    const again = await gql(t.agent(), CODE_STEP, { t: token, c: totpCode(secret, at(2)) });
    expect(again.errors?.[0]?.message).toMatch(/expired/);
  });

  it('refuses a code replayed within its window, even on a new challenge', async () => {
    pin(at(2));
    const first = await passwordStep(t.agent(), MAYA, DEMO_PASSWORD);
    expect(
      (await gql(t.agent(), CODE_STEP, { t: first, c: totpCode(secret, at(2)) })).data,
    ).toEqual({ completeTwoFactorSignIn: { displayName: 'Maya Okafor' } });
    const second = await passwordStep(t.agent(), MAYA, DEMO_PASSWORD);
    // Still inside the same 30-second step, and inside the ±1 step window a step later.
    for (const when of [at(2), new Date(at(2).getTime() + 25_000)]) {
      pin(when);
      const res = await gql(t.agent(), CODE_STEP, { t: second, c: totpCode(secret, at(2)) });
      expect(res.errors?.[0]?.message).toBe('That code is not correct.');
    }
  });

  it('signs in with a recovery code once; the code is then spent', async () => {
    const token = await passwordStep(t.agent(), MAYA, DEMO_PASSWORD);
    const agent = t.agent();
    const res = await gql(agent, CODE_STEP, { t: token, c: recovery[0]!.toUpperCase() });
    expect(res.data).toEqual({ completeTwoFactorSignIn: { displayName: 'Maya Okafor' } });
    expect((await gql(agent, ME)).data?.me).toMatchObject({ twoFactor: { recoveryCodesLeft: 9 } });
    const used: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE action = 'SECURITY_CHANGE' AND detail->>'change' = 'recovery_code_used'`,
    );
    expect(used[0]!.n).toBe(1);

    const next = await passwordStep(t.agent(), MAYA, DEMO_PASSWORD);
    const reused = await gql(t.agent(), CODE_STEP, { t: next, c: recovery[0]! });
    expect(reused.errors?.[0]?.message).toBe('That code is not correct.');
  });

  it('voids a challenge after five wrong codes, and audits every wrong code', async () => {
    const before: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'SIGN_IN_FAILED' AND detail->>'reason' = 'bad_code'`,
    );
    const token = await passwordStep(t.agent(), MAYA, DEMO_PASSWORD);
    for (let i = 0; i < 5; i++) {
      const res = await gql(t.agent(), CODE_STEP, { t: token, c: `12345${i}` });
      expect(res.errors?.[0]?.message).toBe('That code is not correct.');
    }
    pin(at(5));
    const right = await gql(t.agent(), CODE_STEP, { t: token, c: totpCode(secret, at(5)) });
    expect(right.errors?.[0]?.message).toMatch(/expired/);
    const after: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'SIGN_IN_FAILED' AND detail->>'reason' = 'bad_code'`,
    );
    expect(after[0]!.n - before[0]!.n).toBe(5);
  });

  it('regenerates recovery codes (the old ones stop working) and turns off only with a proof', async () => {
    pin(at(6));
    const token = await passwordStep(t.agent(), MAYA, DEMO_PASSWORD);
    const maya = t.agent();
    await gql(maya, CODE_STEP, { t: token, c: totpCode(secret, at(6)) });

    const noProof = await gql(maya, 'mutation { regenerateRecoveryCodes { codes } }');
    expect(errorCode(noProof)).toBe('BAD_USER_INPUT');
    const fresh = await gql<{ regenerateRecoveryCodes: { codes: string[] } }>(
      maya,
      'mutation($p: String) { regenerateRecoveryCodes(password: $p) { codes } }',
      { p: DEMO_PASSWORD },
    );
    expect(fresh.data?.regenerateRecoveryCodes.codes).toHaveLength(10);
    const old = await passwordStep(t.agent(), MAYA, DEMO_PASSWORD);
    expect(
      (await gql(t.agent(), CODE_STEP, { t: old, c: recovery[1]! })).errors?.[0]?.message,
    ).toBe('That code is not correct.');

    const wrong = await gql(maya, 'mutation { disableTwoFactor(password: "not-it") }');
    expect(fieldErrors(wrong)).toEqual({ password: 'Your password is not correct.' });
    pin(at(7));
    const off = await gql(maya, 'mutation($c: String) { disableTwoFactor(code: $c) }', {
      c: totpCode(secret, at(7)),
    });
    expect(off.data).toEqual({ disableTwoFactor: true });
    expect((await gql(t.agent(), LOGIN_STEP, { e: MAYA, p: DEMO_PASSWORD })).data).toMatchObject({
      login: { viewer: { displayName: 'Maya Okafor' }, twoFactor: null },
    });
    const changes: { change: string }[] = await t.db.query(
      `SELECT detail->>'change' AS change FROM audit_events
        WHERE action = 'SECURITY_CHANGE' AND user_id = (SELECT id FROM users WHERE email = $1)
        ORDER BY occurred_at, seq`,
      [MAYA],
    );
    expect(changes.map((c) => c.change)).toEqual([
      'two_factor_enabled',
      'recovery_code_used',
      'recovery_codes_regenerated',
      'two_factor_disabled',
    ]);
  });

  it('voids a challenge earned with the old password when the password changes', async () => {
    const maya = await t.signIn(MAYA); // two-factor is off again after the previous test
    const { secret: fresh } = await startEnrolment(maya);
    pin(at(20));
    await confirmEnrolment(maya, totpCode(fresh, at(20)));
    const pending = await passwordStep(t.agent(), MAYA, DEMO_PASSWORD);
    const changed = await gql(
      maya,
      'mutation { changePassword(currentPassword: "hearth-demo", newPassword: "a much newer one") }',
    );
    expect(changed.data).toEqual({ changePassword: true });
    pin(at(21));
    const res = await gql(t.agent(), CODE_STEP, { t: pending, c: totpCode(fresh, at(21)) });
    expect(res.errors?.[0]?.message).toMatch(/expired/);
  });

  it('is for staff: a client cannot enrol', async () => {
    const alex = await t.signIn('alex@riverside.example');
    expect(errorCode(await gql(alex, 'mutation { startTwoFactorEnrolment { uri } }'))).toBe(
      'FORBIDDEN',
    );
  });
});
