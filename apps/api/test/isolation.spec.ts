import { coupleId, errorCode, gql, startTestApp, type TestApp } from './support/test-app';

const COUPLE = 'query($id: ID!) { couple(id: $id) { label partnerA { email } } }';

/**
 * Tenancy and caseload isolation, checked from outside over HTTP for every role that must
 * be denied. Not-found and not-allowed must look the same (NOT_FOUND).
 */
describe('who may see which couple', () => {
  let t: TestApp;
  let alexSam: string;
  let noorEli: string;
  let robinTaylor: string;
  beforeAll(async () => {
    t = await startTestApp();
    alexSam = await coupleId(t.db, 'Alex & Sam');
    noorEli = await coupleId(t.db, 'Noor & Eli');
    robinTaylor = await coupleId(t.db, 'Robin & Taylor');
  });
  afterAll(() => t.close());

  it('shows Maya her own couple', async () => {
    const maya = await t.signIn('maya@riverside.example');
    const res = await gql(maya, COUPLE, { id: alexSam });
    expect(res.data?.couple).toEqual({
      label: 'Alex & Sam',
      partnerA: { email: 'alex@riverside.example' },
    });
  });

  it('gives Lee (Northside) NOT_FOUND for a Riverside couple, the same as for a made-up id', async () => {
    const lee = await t.signIn('lee@northside.example');
    const real = await gql(lee, COUPLE, { id: alexSam });
    const madeUp = await gql(lee, COUPLE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(real)).toBe('NOT_FOUND');
    expect(real.errors?.[0]?.message).toBe(madeUp.errors?.[0]?.message);
    expect(real.data).toBeNull();
    const list = await gql<{ myCouples: { label: string }[] }>(lee, '{ myCouples { label } }');
    expect(list.data?.myCouples.map((c) => c.label)).toEqual(['Robin & Taylor']);
  });

  it("keeps Daniel out of Maya's couples: no read, no invite, no status change", async () => {
    const daniel = await t.signIn('daniel@riverside.example');
    expect(errorCode(await gql(daniel, COUPLE, { id: alexSam }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await gql(daniel, 'mutation($c: ID!) { invitePartner(coupleId: $c, partner: A) { url } }', {
          c: alexSam,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await gql(
          daniel,
          'mutation($c: ID!) { setCoupleStatus(coupleId: $c, status: CLOSED) { status } }',
          { c: alexSam },
        ),
      ),
    ).toBe('NOT_FOUND');
    const list = await gql<{ myCouples: { label: string }[] }>(daniel, '{ myCouples { label } }');
    expect(list.data?.myCouples.map((c) => c.label).sort()).toEqual([
      'Chris & Pat',
      'Mei & Luca',
      'Noor & Eli',
    ]);
    const status: { status: string }[] = await t.db.query(
      'SELECT status FROM couples WHERE id = $1',
      [alexSam],
    );
    expect(status[0]!.status).toBe('ACTIVE');
  });

  it('lets Alex read his own couple but no other, in this clinic or another', async () => {
    const alex = await t.signIn('alex@riverside.example');
    expect((await gql(alex, COUPLE, { id: alexSam })).data?.couple).toMatchObject({
      label: 'Alex & Sam',
    });
    expect(errorCode(await gql(alex, COUPLE, { id: noorEli }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(alex, COUPLE, { id: robinTaylor }))).toBe('NOT_FOUND');
    expect((await gql(alex, '{ myCouples { id } }')).data).toEqual({ myCouples: [] });
    expect(errorCode(await gql(alex, '{ clinicRoster { id } }'))).toBe('FORBIDDEN');
    expect(errorCode(await gql(alex, '{ clinicCoaches { id } }'))).toBe('FORBIDDEN');
  });

  it('gives the Riverside admin the roster (names, coach, status) but not the couple page', async () => {
    const admin = await t.signIn('admin@riverside.example');
    const roster = await gql<{
      clinicRoster: { label: string; status: string; coach: { displayName: string } }[];
    }>(
      admin,
      '{ clinicRoster { label status coach { displayName } partnerA { displayName status } } }',
    );
    expect(roster.data?.clinicRoster).toHaveLength(6);
    expect(roster.data?.clinicRoster.find((c) => c.label === 'Alex & Sam')).toMatchObject({
      status: 'ACTIVE',
      coach: { displayName: 'Maya Okafor' },
    });
    expect(roster.data?.clinicRoster.map((c) => c.label)).not.toContain('Robin & Taylor');
    // Content lives on the Couple type, which the admin cannot open.
    expect(errorCode(await gql(admin, COUPLE, { id: alexSam }))).toBe('NOT_FOUND');
    // The roster type has no content fields at all: asking for one is a validation error.
    const probe = await gql(admin, '{ clinicRoster { label timeZone } }');
    expect(errorCode(probe)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it("keeps the Northside admin out of Riverside's roster and couples", async () => {
    const admin = await t.signIn('admin@northside.example');
    const roster = await gql<{ clinicRoster: { label: string }[] }>(
      admin,
      '{ clinicRoster { label } }',
    );
    expect(roster.data?.clinicRoster.map((c) => c.label)).toEqual(['Robin & Taylor']);
    const moved = await gql(
      admin,
      'mutation($c: ID!) { updateRosterCouple(coupleId: $c, input: { status: CLOSED }) { id } }',
      {
        c: alexSam,
      },
    );
    expect(errorCode(moved)).toBe('NOT_FOUND');
  });

  it('refuses the roster and coach list to coaches, and malformed ids quietly', async () => {
    const maya = await t.signIn('maya@riverside.example');
    expect(errorCode(await gql(maya, '{ clinicRoster { id } }'))).toBe('FORBIDDEN');
    expect(errorCode(await gql(maya, '{ clinicCoaches { id } }'))).toBe('FORBIDDEN');
    expect(errorCode(await gql(maya, COUPLE, { id: "1' OR '1'='1" }))).toBe('NOT_FOUND');
  });
});
