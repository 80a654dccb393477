import { coupleId, errorCode, gql, startTestApp, type TestApp } from './support/test-app';

const ME = '{ me { roles clinic { name } clinics { id name current } } }';
const SWITCH = 'mutation($c: ID!) { switchClinic(clinicId: $c) { roles clinic { name } } }';

interface MeData {
  me: {
    roles: string[];
    clinic: { name: string };
    clinics: { id: string; name: string; current: boolean }[];
  };
}

describe('people in several clinics: the clinic switcher', () => {
  let t: TestApp;
  let northside: string;
  let riverside: string;
  const clinicId = async (name: string) =>
    ((await t.db.query('SELECT id FROM clinics WHERE name = $1', [name])) as { id: string }[])[0]!
      .id;
  const auditCount = async (clinic: string, action: string) =>
    (
      (await t.db.query(
        'SELECT count(*)::int AS n FROM audit_events WHERE clinic_id = $1 AND action = $2',
        [clinic, action],
      )) as { n: number }[]
    )[0]!.n;

  beforeAll(async () => {
    t = await startTestApp();
    riverside = await clinicId('Riverside Couples Clinic');
    northside = await clinicId('Northside Relationship Centre');
    // Maya coaches at Riverside and has just become a clinic admin at Northside.
    await t.db.query(
      `INSERT INTO memberships (clinic_id, user_id, role, status)
       SELECT $1, id, 'CLINIC_ADMIN', 'ACTIVE' FROM users WHERE email = 'maya@riverside.example'`,
      [northside],
    );
  });
  afterAll(() => t.close());

  it('lists the clinics of a person with several, and only their own', async () => {
    const maya = await t.signIn('maya@riverside.example');
    const me = (await gql<MeData>(maya, ME)).data!.me;
    expect(me.clinics.map((c) => [c.name, c.current])).toEqual([
      ['Northside Relationship Centre', false],
      ['Riverside Couples Clinic', true],
    ]);
    const daniel = await t.signIn('daniel@riverside.example');
    expect((await gql<MeData>(daniel, ME)).data!.me.clinics).toHaveLength(1);
    // The sign-in answer carries them too (the web's header reads them from there).
    const login = await gql(
      t.agent(),
      'mutation { login(email: "maya@riverside.example", password: "hearth-demo") { viewer { clinics { name } } } }',
    );
    expect(login.data).toEqual({
      login: {
        viewer: {
          clinics: [
            { name: 'Northside Relationship Centre' },
            { name: 'Riverside Couples Clinic' },
          ],
        },
      },
    });
  });

  it('switches the session to the other clinic, where it sees only that clinic’s data', async () => {
    const maya = await t.signIn('maya@riverside.example');
    const riversideCouple = await coupleId(t.db, 'Alex & Sam');
    expect((await gql(maya, '{ couple(id: "' + riversideCouple + '") { label } }')).data).toEqual({
      couple: { label: 'Alex & Sam' },
    });
    const before = await auditCount(northside, 'CLINIC_SWITCH');

    const res = await gql(maya, SWITCH, { c: northside });
    expect(res.data).toEqual({
      switchClinic: { roles: ['CLINIC_ADMIN'], clinic: { name: 'Northside Relationship Centre' } },
    });
    // The same cookie now acts at Northside only.
    const coaches = await gql<{ clinicCoaches: { displayName: string }[] }>(
      maya,
      '{ clinicCoaches { displayName } }',
    );
    const names = coaches.data!.clinicCoaches.map((c) => c.displayName);
    expect(names).toContain('Lee Park');
    expect(names).not.toContain('Daniel Reyes');
    expect(errorCode(await gql(maya, '{ couple(id: "' + riversideCouple + '") { label } }'))).toBe(
      'NOT_FOUND',
    );
    // She coaches nobody at Northside: her Riverside caseload is not carried over.
    expect((await gql(maya, '{ myCouples { label } }')).data).toEqual({ myCouples: [] });

    // Recorded in the new clinic's chain only; Riverside's holds no trace of Northside.
    expect((await auditCount(northside, 'CLINIC_SWITCH')) - before).toBe(1);
    expect(await auditCount(riverside, 'CLINIC_SWITCH')).toBe(0);

    // And back.
    expect((await gql(maya, SWITCH, { c: riverside })).data).toMatchObject({
      switchClinic: { clinic: { name: 'Riverside Couples Clinic' } },
    });
    const back = await gql<{ myCouples: unknown[] }>(maya, '{ myCouples { label } }');
    expect(back.data?.myCouples.length).toBeGreaterThan(0);
  });

  it('refuses a clinic the person is not an active member of with NOT_FOUND, and stays put', async () => {
    const daniel = await t.signIn('daniel@riverside.example');
    const eastside = (
      (await t.db.query(
        `INSERT INTO clinics (name, time_zone) VALUES ('Eastside', 'Europe/London') RETURNING id`,
      )) as { id: string }[]
    )[0]!.id;
    // A deactivated membership does not count either.
    await t.db.query(
      `INSERT INTO memberships (clinic_id, user_id, role, status)
       SELECT $1, id, 'COACH', 'DEACTIVATED' FROM users WHERE email = 'daniel@riverside.example'`,
      [eastside],
    );
    for (const id of [northside, eastside, '00000000-0000-0000-0000-000000000000', 'nope']) {
      expect(errorCode(await gql(daniel, SWITCH, { c: id }))).toBe('NOT_FOUND');
    }
    expect((await gql<MeData>(daniel, ME)).data!.me.clinic.name).toBe('Riverside Couples Clinic');
    expect(
      (await gql<{ myCouples: unknown[] }>(daniel, '{ myCouples { label } }')).data?.myCouples,
    ).toHaveLength(3);
  });

  it('signs in where the person worked last, so the choice sticks', async () => {
    const maya = await t.signIn('maya@riverside.example');
    await gql(maya, SWITCH, { c: northside });
    const again = await t.signIn('maya@riverside.example');
    expect((await gql<MeData>(again, ME)).data!.me.clinic.name).toBe(
      'Northside Relationship Centre',
    );
    await gql(again, SWITCH, { c: riverside });
    const third = await t.signIn('maya@riverside.example');
    expect((await gql<MeData>(third, ME)).data!.me.clinic.name).toBe('Riverside Couples Clinic');
  });
});
