import { errorCode, fieldErrors, gql, startTestApp, type TestApp } from './support/test-app';

const INVITE_COACH = `mutation($input: InviteCoachInput!) {
  inviteCoach(input: $input) { email displayName role url } }`;
const CREATE_COUPLE = `mutation($input: CreateCoupleInput!) {
  createCouple(input: $input) {
    couple { id partnerA { displayName email status } partnerB { displayName } }
    invitations { email displayName role }
  } }`;
const PREVIEW =
  'query($t: String!) { invitation(token: $t) { email displayName role clinicName } }';
const ACCEPT = `mutation($t: String!, $p: String!, $n: String) {
  acceptInvitation(token: $t, password: $p, displayName: $n) { email displayName clinic { name } } }`;
const COACHES = '{ clinicCoaches { email displayName status } }';

const tokenOf = (url: string) => url.split('/invite/')[1]!;

/**
 * People of another clinic do not exist for you (PRODUCT.md): inviting someone who already
 * has a Hearth account elsewhere shows exactly what inviting a new email shows — the name
 * the inviter typed, and no "has an account". The person proves the account by its password.
 */
describe('nothing about people of another clinic flows back to an inviter', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("inviteCoach with a Northside coach's email answers what was typed, as for a new email", async () => {
    const admin = await t.signIn('admin@riverside.example');
    const known = await gql<{ inviteCoach: { displayName: string; url: string } }>(
      admin,
      INVITE_COACH,
      {
        input: { email: 'lee@northside.example', displayName: 'Mr L.' },
      },
    );
    const fresh = await gql<{ inviteCoach: { displayName: string; url: string } }>(
      admin,
      INVITE_COACH,
      {
        input: { email: 'new-coach@example.org', displayName: 'New C.' },
      },
    );
    expect(known.data!.inviteCoach).toMatchObject({
      email: 'lee@northside.example',
      displayName: 'Mr L.',
    });
    expect(fresh.data!.inviteCoach).toMatchObject({ displayName: 'New C.' });
    expect(JSON.stringify(known)).not.toContain('Lee Park');
    // The link (which the inviter holds) previews what was typed, and nothing about an account.
    const preview = await gql(t.agent(), PREVIEW, { t: tokenOf(known.data!.inviteCoach.url) });
    expect(preview.data?.invitation).toEqual({
      email: 'lee@northside.example',
      displayName: 'Mr L.',
      role: 'COACH',
      clinicName: 'Riverside Couples Clinic',
    });
    const asked = await gql(
      t.agent(),
      'query($t: String!) { invitation(token: $t) { hasAccount } }',
      {
        t: tokenOf(known.data!.inviteCoach.url),
      },
    );
    expect(errorCode(asked)).toBe('GRAPHQL_VALIDATION_FAILED');
    // The coaches list shows the typed name until Lee accepts.
    const coaches = await gql<{ clinicCoaches: { email: string; displayName: string }[] }>(
      admin,
      COACHES,
    );
    expect(
      coaches.data!.clinicCoaches.find((c) => c.email === 'lee@northside.example'),
    ).toMatchObject({
      displayName: 'Mr L.',
      status: 'INVITED',
    });

    // Lee proves his account by its password; his own name then shows, and stays his.
    const wrong = await gql(t.agent(), ACCEPT, {
      t: tokenOf(known.data!.inviteCoach.url),
      p: 'not his password',
      n: 'X',
    });
    expect(fieldErrors(wrong)).toHaveProperty('password');
    const lee = t.agent();
    const accepted = await gql(lee, ACCEPT, {
      t: tokenOf(known.data!.inviteCoach.url),
      p: 'hearth-demo',
      n: 'Typed By Someone Else',
    });
    expect(accepted.data?.acceptInvitation).toEqual({
      email: 'lee@northside.example',
      displayName: 'Lee Park',
      clinic: { name: 'Riverside Couples Clinic' },
    });
    const after = await gql<{ clinicCoaches: { email: string; displayName: string }[] }>(
      admin,
      COACHES,
    );
    expect(
      after.data!.clinicCoaches.find((c) => c.email === 'lee@northside.example'),
    ).toMatchObject({
      displayName: 'Lee Park',
      status: 'ACTIVE',
    });
  });

  it("createCouple with a Northside client's email shows the typed name everywhere the coach looks", async () => {
    const maya = await t.signIn('maya@riverside.example');
    const res = await gql<{
      createCouple: {
        couple: { id: string; partnerA: { displayName: string } };
        invitations: { email: string; displayName: string }[];
      };
    }>(maya, CREATE_COUPLE, {
      input: {
        label: 'R & Q',
        partnerA: { email: 'robin@northside.example', displayName: 'R.' },
        partnerB: { email: 'q@example.org', displayName: 'Q.' },
      },
    });
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res)).not.toContain('Robin');
    expect(res.data!.createCouple.couple.partnerA.displayName).toBe('R.');
    expect(res.data!.createCouple.invitations.map((i) => i.displayName)).toEqual(['R.', 'Q.']);
    const page = await gql(
      maya,
      'query($id: ID!) { couple(id: $id) { partnerA { displayName } } }',
      {
        id: res.data!.createCouple.couple.id,
      },
    );
    expect(JSON.stringify(page)).not.toContain('Robin');
  });

  it('refuses a coach as a partner of her own couple, with a field error', async () => {
    const maya = await t.signIn('maya@riverside.example');
    const before = await t.db.query('SELECT count(*)::int AS n FROM couples');
    const res = await gql(maya, CREATE_COUPLE, {
      input: {
        label: 'Maya & Someone',
        partnerA: { email: 'MAYA@riverside.example', displayName: 'Maya' },
        partnerB: { email: 'someone@example.org', displayName: 'Someone' },
      },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(res)).toEqual({
      'partnerA.email': "The couple's coach cannot also be one of its partners.",
    });
    expect(await t.db.query('SELECT count(*)::int AS n FROM couples')).toEqual(before);
  });
});
