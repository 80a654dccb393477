import { loadConfig } from '../src/config/config';
import { coupleId, errorCode, gql, startTestApp, type TestApp } from './support/test-app';

const ACTIVITY = `query($f: ActivityFilterInput, $p: Int! = 1) {
  clinicActivity(filter: $f, page: $p, pageSize: 20) {
    total page events { personName role action targetType coupleId coupleLabel outcome ip summary reason }
    people { userId displayName }
  }
}`;
const READERS = '{ ourEntryReaders(days: 30) { day readerName readerRole reads } }';
const COUPLE_READ = 'query($id: ID!) { couple(id: $id) { id checkinFeed { id } } }';

interface ActivityEvent {
  personName: string | null;
  role: string | null;
  action: string;
  coupleId: string | null;
  coupleLabel: string | null;
  outcome: string;
  summary: string | null;
  reason: string | null;
}
interface Activity {
  clinicActivity: {
    total: number;
    events: ActivityEvent[];
    people: { userId: string; displayName: string }[];
  };
}

describe('audit: the Activity page and who has seen our entries', () => {
  let t: TestApp;
  let alexSam: string;
  let jordanCasey: string;
  beforeAll(async () => {
    t = await startTestApp();
    alexSam = await coupleId(t.db, 'Alex & Sam');
    jordanCasey = await coupleId(t.db, 'Jordan & Casey');
  });
  afterAll(() => t.close());

  it('admins see their clinic’s events filtered by couple: Maya’s read of Alex & Sam', async () => {
    const maya = await t.signIn('maya@riverside.example');
    expect((await gql(maya, COUPLE_READ, { id: alexSam })).errors).toBeUndefined();
    const admin = await t.signIn('admin@riverside.example');
    const res = await gql<Activity>(admin, ACTIVITY, { f: { coupleId: alexSam, action: 'READ' } });
    expect(res.errors).toBeUndefined();
    const page = res.data!.clinicActivity;
    expect(page.events[0]).toMatchObject({
      personName: 'Maya Okafor',
      role: 'COACH',
      action: 'READ',
      coupleLabel: 'Alex & Sam',
      outcome: 'SUCCESS',
    });
    expect(page.events.every((e) => e.coupleId === alexSam && e.action === 'READ')).toBe(true);
    const mayaId = page.people.find((p) => p.displayName === 'Maya Okafor')!.userId;
    const byPerson = await gql<Activity>(admin, ACTIVITY, { f: { personId: mayaId } });
    expect(byPerson.data!.clinicActivity.events.every((e) => e.personName === 'Maya Okafor')).toBe(
      true,
    );
    const future = await gql<Activity>(admin, ACTIVITY, {
      f: { from: '2099-01-01', to: '2099-01-31' },
    });
    expect(future.data!.clinicActivity).toMatchObject({ total: 0, events: [] });
  });

  it('is for clinic admins only, and only their clinic: other ids are NOT_FOUND', async () => {
    for (const email of ['maya@riverside.example', 'alex@riverside.example']) {
      expect(errorCode(await gql(await t.signIn(email), ACTIVITY))).toBe('FORBIDDEN');
    }
    const northside = await t.signIn('admin@northside.example');
    const own = await gql<Activity>(northside, ACTIVITY);
    expect(own.data!.clinicActivity.events.some((e) => e.coupleLabel === 'Alex & Sam')).toBe(false);
    expect(errorCode(await gql(northside, ACTIVITY, { f: { coupleId: alexSam } }))).toBe(
      'NOT_FOUND',
    );
    const maya: { id: string }[] = await t.db.query(
      `SELECT id FROM users WHERE email = 'maya@riverside.example'`,
    );
    expect(errorCode(await gql(northside, ACTIVITY, { f: { personId: maya[0]!.id } }))).toBe(
      'NOT_FOUND',
    );
  });

  it('the CSV export carries the filtered events and is itself audited as EXPORT', async () => {
    const admin = await t.signIn('admin@riverside.example');
    const res = await admin.get(`/api/clinic-activity.csv?coupleId=${alexSam}&action=READ`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'occurred_at,person,role,action,target_type,target_id,couple,outcome,ip,summary,seq',
    );
    expect(lines.slice(1).every((l) => l.includes(',READ,') && l.includes('Alex & Sam'))).toBe(
      true,
    );
    expect(lines.length).toBeGreaterThan(1);
    const exported = await gql<Activity>(admin, ACTIVITY, { f: { action: 'EXPORT' } });
    expect(exported.data!.clinicActivity.events[0]).toMatchObject({
      action: 'EXPORT',
      role: 'CLINIC_ADMIN',
      coupleLabel: 'Alex & Sam',
    });
    expect((await t.agent().get('/api/clinic-activity.csv')).status).toBe(401);
    const maya = await t.signIn('maya@riverside.example');
    expect((await maya.get('/api/clinic-activity.csv')).status).toBe(403);
    expect((await admin.get('/api/clinic-activity.csv?coupleId=nope')).status).toBe(400);
  });

  it('Alex sees Maya’s reads by day, never his partner’s or his own', async () => {
    const maya = await t.signIn('maya@riverside.example');
    const sam = await t.signIn('sam@riverside.example');
    const alex = await t.signIn('alex@riverside.example');
    const before = await gql<{ ourEntryReaders: { readerName: string; reads: number }[] }>(
      alex,
      READERS,
    );
    await gql(maya, COUPLE_READ, { id: alexSam });
    await gql(sam, COUPLE_READ, { id: alexSam });
    await gql(sam, '{ ourCouple { id } }');
    await gql(alex, '{ ourCouple { id } }');
    const after = await gql<{
      ourEntryReaders: { day: string; readerName: string; readerRole: string; reads: number }[];
    }>(alex, READERS);
    expect(after.errors).toBeUndefined();
    const names = new Set(after.data!.ourEntryReaders.map((r) => r.readerName));
    expect(names.has('Maya Okafor')).toBe(true);
    expect(names.has('Sam') || names.has('Alex')).toBe(false);
    expect(after.data!.ourEntryReaders.every((r) => r.readerRole !== 'CLIENT')).toBe(true);
    const mayaReads = (r: typeof before) =>
      r
        .data!.ourEntryReaders.filter((x) => x.readerName === 'Maya Okafor')
        .reduce((n, x) => n + x.reads, 0);
    expect(mayaReads(after)).toBe(mayaReads(before) + 1);
    // What Alex sees does not depend on what Sam does.
    await gql(sam, COUPLE_READ, { id: alexSam });
    expect((await gql(alex, READERS)).data).toEqual(after.data);
  });

  it('is for partners only; days out of range is a field error', async () => {
    expect(errorCode(await gql(await t.signIn('maya@riverside.example'), READERS))).toBe(
      'FORBIDDEN',
    );
    const alex = await t.signIn('alex@riverside.example');
    expect(errorCode(await gql(alex, '{ ourEntryReaders(days: 0) { day } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('a reassignment is shown to the couple (new coach, date) and to the previous coach (with the reason)', async () => {
    const admin = await t.signIn('admin@riverside.example');
    const rows: { id: string }[] = await t.db.query(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE u.email = 'daniel@riverside.example' AND m.role = 'COACH'`,
    );
    const reason = 'Maya is on leave until March';
    const moved = await gql(
      admin,
      `mutation($c: ID!, $i: UpdateRosterCoupleInput!) { updateRosterCouple(coupleId: $c, input: $i) { id } }`,
      { c: jordanCasey, i: { coachId: rows[0]!.id, reason } },
    );
    expect(moved.errors).toBeUndefined();

    const maya = await t.signIn('maya@riverside.example');
    const moves = await gql<{
      coachMovesFromMe: { coupleLabel: string; toCoachName: string; reason: string }[];
    }>(maya, '{ coachMovesFromMe { coupleLabel toCoachName movedAt reason } }');
    expect(moves.data!.coachMovesFromMe[0]).toMatchObject({
      coupleLabel: 'Jordan & Casey',
      toCoachName: 'Daniel Reyes',
      reason,
    });
    expect(errorCode(await gql(maya, COUPLE_READ, { id: jordanCasey }))).toBe('NOT_FOUND');

    const jordan = await t.signIn('jordan@riverside.example');
    const ours = await gql<{ ourCouple: { coach: { displayName: string }; coachSince: string } }>(
      jordan,
      '{ ourCouple { coach { displayName } coachSince } }',
    );
    expect(ours.data!.ourCouple.coach.displayName).toBe('Daniel Reyes');
    expect(Date.parse(ours.data!.ourCouple.coachSince)).toBeGreaterThan(Date.now() - 60_000);
    // The couple never gets the reason: there is no field for it on their types.
    expect(JSON.stringify(ours)).not.toContain('leave');
    expect(errorCode(await gql(jordan, '{ coachMovesFromMe { id } }'))).toBe('FORBIDDEN');

    const activity = await gql<Activity>(admin, ACTIVITY, {
      f: { coupleId: jordanCasey, action: 'REASSIGN' },
    });
    expect(activity.data!.clinicActivity.events[0]).toMatchObject({
      summary: 'Maya Okafor → Daniel Reyes',
      reason,
    });
  });
});

describe('audit: configuration', () => {
  it('retention is at least one year, six by default; reads cannot be turned off in production', () => {
    expect(loadConfig({}).auditRetentionYears).toBe(6);
    expect(() => loadConfig({ AUDIT_RETENTION_YEARS: '0' })).toThrow(/AUDIT_RETENTION_YEARS/);
    expect(loadConfig({ AUDIT_READS: 'off' }).auditReads).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', AUDIT_READS: 'off' })).toThrow(/AUDIT_READS/);
  });
});
