import { Clock } from '../src/common/clock';
import { DEMO_PASSWORD } from '../src/seed/demo-seed';
import { errorCode, gql, startTestApp, type TestApp } from './support/test-app';
import { confirmEnrolment, signInWithCode, startEnrolment, totpCode } from './support/two-factor';

const ME = '{ me { displayName mustEnrolTwoFactor clinic { requireTwoFactor } } }';
const MY_COUPLES = '{ myCouples { label } }';
const REQUIRE =
  'mutation($r: Boolean!) { setClinicTwoFactorRequirement(required: $r) { requireTwoFactor } }';

describe('clinic setting: require two-factor for coaches and admins', () => {
  let t: TestApp;
  let danielSecret: string;
  const T0 = new Date('2026-03-02T09:00:00Z');
  const pin = (when: Date) => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(when);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('only a clinic admin with two-factor on can turn it on; the change is audited', async () => {
    const maya = await t.signIn('maya@riverside.example');
    expect(errorCode(await gql(maya, REQUIRE, { r: true }))).toBe('FORBIDDEN');

    const admin = await t.signIn('admin@riverside.example');
    const early = await gql(admin, REQUIRE, { r: true });
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toBe('Turn on two-factor sign-in for yourself first.');

    const { secret } = await startEnrolment(admin);
    pin(T0);
    await confirmEnrolment(admin, totpCode(secret, T0));
    expect((await gql(admin, REQUIRE, { r: true })).data).toEqual({
      setClinicTwoFactorRequirement: { requireTwoFactor: true },
    });
    const events: { detail: unknown }[] = await t.db.query(
      `SELECT detail FROM audit_events WHERE action = 'SETTINGS_CHANGE' AND target_type = 'clinic'`,
    );
    expect(events.map((e) => e.detail)).toEqual([{ setting: 'require_two_factor', value: true }]);
  });

  it('sends a coach without two-factor to enrol before anything else, then lets them work', async () => {
    const daniel = await t.signIn('daniel@riverside.example');
    expect((await gql(daniel, ME)).data?.me).toEqual({
      displayName: 'Daniel Reyes',
      mustEnrolTwoFactor: true,
      clinic: { requireTwoFactor: true },
    });
    const refused = await gql(daniel, MY_COUPLES);
    expect(errorCode(refused)).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    expect(refused.data).toBeNull();
    // The plain download routes refuse too (deny by default outside GraphQL).
    const csv = await daniel.get('/api/clinic-dashboard.csv?period=LAST_4_WEEKS');
    expect(csv.status).toBe(401);
    // His own account stays open: sessions, and setting two-factor up.
    expect(errorCode(await gql(daniel, '{ mySessions { id } }'))).toBeUndefined();
    danielSecret = (await startEnrolment(daniel)).secret;
    pin(T0);
    await confirmEnrolment(daniel, totpCode(danielSecret, T0));
    expect((await gql(daniel, ME)).data?.me).toMatchObject({ mustEnrolTwoFactor: false });
    expect((await gql<{ myCouples: unknown[] }>(daniel, MY_COUPLES)).data?.myCouples).toHaveLength(
      3,
    );
    // Now the download route knows him (and refuses a coach for its own reason).
    expect((await daniel.get('/api/clinic-dashboard.csv?period=LAST_4_WEEKS')).status).toBe(403);
  });

  it('applies at once to a coach already signed in, and not to clients', async () => {
    // Maya signed in in the first test, before the clinic required it; a new session too.
    const maya = await t.signIn('maya@riverside.example');
    expect(errorCode(await gql(maya, MY_COUPLES))).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    const alex = await t.signIn('alex@riverside.example');
    expect((await gql(alex, ME)).data?.me).toMatchObject({ mustEnrolTwoFactor: false });
    expect(errorCode(await gql(alex, '{ ourCouple { id } }'))).toBeUndefined();
  });

  it('keeps two-factor on while the clinic requires it; other clinics are not affected', async () => {
    pin(new Date(T0.getTime() + 30_000));
    const daniel = await signInWithCode(
      t.agent(),
      'daniel@riverside.example',
      DEMO_PASSWORD,
      totpCode(danielSecret, new Date(T0.getTime() + 30_000)),
    );
    const off = await gql(daniel, 'mutation($p: String) { disableTwoFactor(password: $p) }', {
      p: DEMO_PASSWORD,
    });
    expect(errorCode(off)).toBe('CONFLICT');
    expect((await gql(daniel, ME)).data?.me).toMatchObject({ mustEnrolTwoFactor: false });

    const lee = await t.signIn('lee@northside.example');
    expect((await gql(lee, ME)).data?.me).toMatchObject({
      mustEnrolTwoFactor: false,
      clinic: { requireTwoFactor: false },
    });
  });
});
