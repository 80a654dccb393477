import { Clock } from '../src/common/clock';
import { DEMO_PASSWORD } from '../src/seed/demo-seed';
import {
  CODE_STEP,
  confirmEnrolment,
  passwordStep,
  startEnrolment,
  totpCode,
} from './support/two-factor';
import { errorCode, gql, startTestApp, type GqlResponse, type TestApp } from './support/test-app';

const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { displayName } } }';
const TOO_MANY = /^Too many attempts\. Try again in \d+ (second|minute)s?\.$/;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function failedSignIns(db: TestApp['db'], reason?: string): Promise<number> {
  const rows: { n: number }[] = await db.query(
    `SELECT count(*)::int AS n FROM audit_events
      WHERE action = 'SIGN_IN_FAILED' AND ($1::text IS NULL OR detail->>'reason' = $1)`,
    [reason ?? null],
  );
  return rows[0]!.n;
}

/** The message with its number blanked: "Try again in N seconds" counts down. */
function shape(res: GqlResponse<unknown>) {
  const error = res.errors?.[0];
  return { code: error?.extensions?.code, message: error?.message.replace(/\d+/, 'N') };
}

describe('sign-in throttling per account', () => {
  let t: TestApp;
  const login = (e: string, p: string) => gql(t.agent(), LOGIN, { e, p });

  beforeAll(async () => {
    // The production limits (lock after 10 failures for 15 minutes), with waits short
    // enough for a test: the lock lasts 6 s and the progressive delay a few milliseconds.
    t = await startTestApp({
      signInLimits: {
        accountLockSeconds: 6,
        delayBaseSeconds: 0.005,
        delayMaxSeconds: 0.05,
        ipLockAfter: 10_000,
      },
    });
  });
  afterAll(() => t.close());

  it('locks an account after 100 wrong passwords in a row, refuses the right one while locked, then lets it in', async () => {
    const before = await failedSignIns(t.db);
    const answers: string[] = [];
    for (let i = 0; i < 100; i++) {
      const res = await login('maya@riverside.example', `wrong-${i}`);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      answers.push(res.errors![0]!.message);
    }
    // Only the first few were even checked; the rest were refused without looking.
    const checked = answers.filter((m) => m === 'Email or password is incorrect.').length;
    expect(checked).toBeLessThanOrEqual(10);
    expect(answers.at(-1)).toMatch(TOO_MANY);
    expect(answers.filter((m) => TOO_MANY.test(m)).length).toBeGreaterThanOrEqual(90);
    // Every attempt left an audit row, the refused ones too; the lock is marked where it began.
    expect((await failedSignIns(t.db)) - before).toBe(100);
    const locks: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE action = 'SIGN_IN_FAILED' AND (detail->>'locked')::boolean`,
    );
    expect(locks[0]!.n).toBe(1);

    const right = await login('maya@riverside.example', DEMO_PASSWORD);
    const wrong = await login('maya@riverside.example', 'still-wrong');
    expect(right.data?.login ?? null).toBeNull();
    expect(right.errors?.[0]?.message).toMatch(TOO_MANY);
    expect(shape(right)).toEqual(shape(wrong));

    // Another account, from the same address, is unaffected.
    const daniel = await login('daniel@riverside.example', DEMO_PASSWORD);
    expect(daniel.data?.login).toEqual({ viewer: { displayName: 'Daniel Reyes' } });

    await sleep(6_200);
    const after = await login('maya@riverside.example', DEMO_PASSWORD);
    expect(after.data?.login).toEqual({ viewer: { displayName: 'Maya Okafor' } });
  });

  it('throttles an email nobody has exactly like a real one: no "this account exists" oracle', async () => {
    // No delay and a lock after 4, so that the answers do not depend on timing.
    const strict = await startTestApp({
      signInLimits: { accountLockAfter: 4, delayAfter: 100, accountLockSeconds: 60 },
    });
    try {
      const attempt = (e: string, i: number) => gql(strict.agent(), LOGIN, { e, p: `nope-${i}` });
      const known: GqlResponse<unknown>[] = [];
      const unknown: GqlResponse<unknown>[] = [];
      for (let i = 0; i < 8; i++) {
        known.push(await attempt('sam@riverside.example', i));
        unknown.push(await attempt('nobody-here@riverside.example', i));
      }
      expect(known.map(shape)).toEqual(unknown.map(shape));
      expect(known.map((r) => r.errors?.[0]?.message)).toEqual([
        ...Array<string>(4).fill('Email or password is incorrect.'),
        ...Array<string>(4).fill('Too many attempts. Try again in 1 minute.'),
      ]);
    } finally {
      await strict.close();
    }
  });

  it('slows a run of failures down before the lock: an attempt right after the third failure waits', async () => {
    const slow = await startTestApp({
      seed: true,
      signInLimits: { delayBaseSeconds: 5, accountLockSeconds: 60, ipLockAfter: 10_000 },
    });
    try {
      const attempt = (p: string) => gql(slow.agent(), LOGIN, { e: 'alex@riverside.example', p });
      for (let i = 0; i < 3; i++) {
        expect((await attempt('wrong')).errors?.[0]?.message).toBe(
          'Email or password is incorrect.',
        );
      }
      const waiting = await attempt(DEMO_PASSWORD);
      expect(waiting.errors?.[0]?.message).toMatch(
        /^Too many attempts\. Try again in [1-5] seconds?\.$/,
      );
      expect(await failedSignIns(slow.db, 'throttled')).toBe(1);
    } finally {
      await slow.close();
    }
  });

  it('a successful sign-in clears the account’s run of failures', async () => {
    for (let i = 0; i < 2; i++) await login('admin@riverside.example', 'wrong');
    expect((await login('admin@riverside.example', DEMO_PASSWORD)).data?.login).toBeTruthy();
    // Two more failures would reach the delay if the first two still counted.
    for (let i = 0; i < 2; i++) {
      expect((await login('admin@riverside.example', 'wrong')).errors?.[0]?.message).toBe(
        'Email or password is incorrect.',
      );
    }
    expect((await login('admin@riverside.example', DEMO_PASSWORD)).data?.login).toBeTruthy();
  });

  it('counts wrong two-factor codes like wrong passwords: guessing codes locks the account too', async () => {
    const T0 = new Date('2026-03-02T09:00:00Z');
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(T0);
    const lee = await t.signIn('lee@northside.example');
    const { secret } = await startEnrolment(lee);
    await confirmEnrolment(lee, totpCode(secret, T0));
    const answers: string[] = [];
    const wrong = () => answers.filter((m) => m === 'That code is not correct.').length;
    // Guess codes (new challenges as needed) until ten wrong ones have been checked.
    for (let round = 0; round < 20 && wrong() < 10; round++) {
      const token = await passwordStep(t.agent(), 'lee@northside.example', DEMO_PASSWORD).catch(
        () => null,
      );
      for (let i = 0; token && i < 5 && wrong() < 10; i++) {
        const res = await gql(t.agent(), CODE_STEP, { t: token, c: `00000${i}` });
        answers.push(res.errors![0]!.message);
      }
      await sleep(60);
    }
    expect(wrong()).toBe(10);
    // Locked: even the password step is refused now, with the usual words.
    const locked = await login('lee@northside.example', DEMO_PASSWORD);
    expect(locked.errors?.[0]?.message).toMatch(TOO_MANY);
  });

  it('keeps the counters in PostgreSQL, where every API instance sees them', async () => {
    const rows: { key: string }[] = await t.db.query('SELECT key FROM rate_limits');
    expect(rows.length).toBeGreaterThan(0);
    // Keys hold a hash of the email, never the address itself.
    expect(rows.some((r) => r.key.includes('@'))).toBe(false);
  });
});

describe('sign-in throttling per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ signInLimits: { ipLockAfter: 6, ipLockSeconds: 60 } });
  });
  afterAll(() => t.close());

  it('locks an address that sprays passwords over many accounts, for every account', async () => {
    const emails = ['alex', 'sam', 'maya', 'daniel', 'admin', 'nobody'];
    for (const name of emails) {
      const res = await gql(t.agent(), LOGIN, { e: `${name}@riverside.example`, p: 'Winter2026!' });
      expect(res.errors?.[0]?.message).toBe('Email or password is incorrect.');
    }
    const res = await gql(t.agent(), LOGIN, { e: 'lee@northside.example', p: DEMO_PASSWORD });
    expect(res.errors?.[0]?.message).toBe('Too many attempts. Try again in 1 minute.');
  });
});
