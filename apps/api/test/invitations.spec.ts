import {
  coupleId,
  errorCode,
  fieldErrors,
  gql,
  startTestApp,
  type TestApp,
} from './support/test-app';

const CREATE_COUPLE = `mutation($input: CreateCoupleInput!) {
  createCouple(input: $input) {
    couple { id label coach { displayName } partnerA { displayName status } partnerB { displayName status } }
    invitations { email role url expiresAt }
  }
}`;
const PREVIEW = 'query($t: String!) { invitation(token: $t) { email role clinicName } }';
const ACCEPT =
  'mutation($t: String!, $p: String!, $n: String) { acceptInvitation(token: $t, password: $p, displayName: $n) { email displayName roles clinic { name } } }';

interface Created {
  createCouple: { couple: { id: string }; invitations: { email: string; url: string }[] };
}

const tokenOf = (url: string) => url.split('/invite/')[1]!;

describe('invitations over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function createCouple(label: string, a: string, b: string) {
    const maya = await t.signIn('maya@riverside.example');
    const res = await gql<Created>(maya, CREATE_COUPLE, {
      input: {
        label,
        partnerA: { displayName: a, email: `${a.toLowerCase()}@example.org` },
        partnerB: { displayName: b, email: `${b.toLowerCase()}@example.org` },
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createCouple;
  }

  it('lets a coach add a couple; each partner accepts once, sets a password and is signed in', async () => {
    const created = await createCouple('Ana & Ben', 'Ana', 'Ben');
    expect(created.invitations.map((i) => i.email)).toEqual(['ana@example.org', 'ben@example.org']);
    const token = tokenOf(created.invitations[0]!.url);
    expect(token.length).toBeGreaterThanOrEqual(22); // 128 bits or more in base64url
    const preview = await gql(t.agent(), PREVIEW, { t: token });
    expect(preview.data?.invitation).toEqual({
      email: 'ana@example.org',
      role: 'CLIENT',
      clinicName: 'Riverside Couples Clinic',
    });
    const ana = t.agent();
    const accepted = await gql(ana, ACCEPT, { t: token, p: 'our own password', n: 'Ana M.' });
    expect(accepted.data?.acceptInvitation).toEqual({
      email: 'ana@example.org',
      displayName: 'Ana M.',
      roles: ['CLIENT'],
      clinic: { name: 'Riverside Couples Clinic' },
    });
    const ours = await gql(
      ana,
      '{ ourCouple { label coach { displayName } partnerA { status } } }',
    );
    expect(ours.data?.ourCouple).toEqual({
      label: 'Ana & Ben',
      coach: { displayName: 'Maya Okafor' },
      partnerA: { status: 'ACTIVE' },
    });
    // The token is stored only as a hash.
    const stored: { n: string }[] = await t.db.query(
      'SELECT count(*) AS n FROM invitations WHERE token_hash = $1',
      [token],
    );
    expect(Number(stored[0]!.n)).toBe(0);
  });

  it('refuses a used link', async () => {
    const created = await createCouple('Cleo & Dev', 'Cleo', 'Dev');
    const token = tokenOf(created.invitations[1]!.url);
    expect(
      (await gql(t.agent(), ACCEPT, { t: token, p: 'first password' })).errors,
    ).toBeUndefined();
    const reused = await gql(t.agent(), ACCEPT, { t: token, p: 'second password' });
    expect(fieldErrors(reused)).toEqual({
      token: 'This invitation link is invalid, used or expired. Ask for a new one.',
    });
    expect((await gql(t.agent(), PREVIEW, { t: token })).data?.invitation).toBeNull();
    // The first password still works; the second was never written.
    await t.signIn('dev@example.org', 'first password');
  });

  it('refuses an expired link (7 days) and a link replaced by a newer one', async () => {
    const created = await createCouple('Eve & Fin', 'Eve', 'Fin');
    const eve = tokenOf(created.invitations[0]!.url);
    await t.db.query(
      `UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email = 'eve@example.org'`,
    );
    expect(errorCode(await gql(t.agent(), ACCEPT, { t: eve, p: 'long enough' }))).toBe(
      'BAD_USER_INPUT',
    );
    const expiry: { days: number }[] = await t.db.query(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 86400) AS days FROM invitations WHERE email = 'fin@example.org'`,
    );
    expect(Number(expiry[0]!.days)).toBe(7);
    // A fresh link for Fin revokes the first one.
    const maya = await t.signIn('maya@riverside.example');
    const again = await gql<{ invitePartner: { url: string } }>(
      maya,
      'mutation($c: ID!) { invitePartner(coupleId: $c, partner: B) { url } }',
      { c: created.couple.id },
    );
    const old = tokenOf(created.invitations[1]!.url);
    expect((await gql(t.agent(), PREVIEW, { t: old })).data?.invitation).toBeNull();
    expect(
      (await gql(t.agent(), PREVIEW, { t: tokenOf(again.data!.invitePartner.url) })).data
        ?.invitation,
    ).not.toBeNull();
  });

  it('leaves the invitation usable when the chosen password is too short', async () => {
    const created = await createCouple('Gus & Hal', 'Gus', 'Hal');
    const token = tokenOf(created.invitations[0]!.url);
    const bad = await gql(t.agent(), ACCEPT, { t: token, p: 'short' });
    expect(fieldErrors(bad)).toEqual({ password: 'Use at least 8 characters.' });
    expect((await gql(t.agent(), PREVIEW, { t: token })).data?.invitation).not.toBeNull();
  });

  it('refuses inviting to a role above your own', async () => {
    const maya = await t.signIn('maya@riverside.example');
    const alex = await t.signIn('alex@riverside.example');
    const input = { email: 'new.coach@example.org', displayName: 'New Coach' };
    const mutation = 'mutation($i: InviteCoachInput!) { inviteCoach(input: $i) { url } }';
    expect(errorCode(await gql(maya, mutation, { i: input }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(alex, mutation, { i: input }))).toBe('FORBIDDEN');
    const asClient = await gql(alex, CREATE_COUPLE, {
      input: {
        label: 'Sneaky',
        partnerA: { displayName: 'X', email: 'x@example.org' },
        partnerB: { displayName: 'Y', email: 'y@example.org' },
      },
    });
    expect(errorCode(asClient)).toBe('FORBIDDEN');
    const coaches: { id: string }[] = await t.db.query(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'daniel@riverside.example'`,
    );
    const intoDaniel = await gql(maya, CREATE_COUPLE, {
      input: {
        label: 'Into Daniel',
        coachId: coaches[0]!.id,
        partnerA: { displayName: 'X', email: 'x@example.org' },
        partnerB: { displayName: 'Y', email: 'y@example.org' },
      },
    });
    expect(fieldErrors(intoDaniel)).toEqual({
      coachId: 'Coaches add couples to their own caseload.',
    });
    const written: { n: string }[] = await t.db.query(
      `SELECT count(*) AS n FROM users WHERE email LIKE '%@example.org' AND email IN ('x@example.org', 'new.coach@example.org')`,
    );
    expect(Number(written[0]!.n)).toBe(0);
  });

  it('lets an admin invite a coach, who accepts and reaches the coach role', async () => {
    const admin = await t.signIn('admin@riverside.example');
    const link = await gql<{ inviteCoach: { url: string; role: string } }>(
      admin,
      'mutation { inviteCoach(input: { email: "Zoe@Example.org", displayName: "Zoe Quinn" }) { url role } }',
    );
    expect(link.data?.inviteCoach.role).toBe('COACH');
    const zoe = t.agent();
    const res = await gql(zoe, ACCEPT, {
      t: tokenOf(link.data!.inviteCoach.url),
      p: 'zoe password',
    });
    expect(res.data?.acceptInvitation).toMatchObject({
      email: 'zoe@example.org',
      roles: ['COACH'],
    });
    expect((await gql(zoe, '{ myCouples { id } }')).data).toEqual({ myCouples: [] });
  });

  it('answers bad input with field-level messages and writes nothing', async () => {
    const maya = await t.signIn('maya@riverside.example');
    const before: { n: string }[] = await t.db.query('SELECT count(*) AS n FROM couples');
    const res = await gql(maya, CREATE_COUPLE, {
      input: {
        label: '',
        timeZone: 'Mars/Olympus',
        intakeDate: '2026-02-30',
        partnerA: { displayName: 'Ok', email: 'not-an-email' },
        partnerB: { displayName: '', email: 'b@example.org' },
      },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(res)).toEqual({
      label: 'Enter a label.',
      timeZone: 'Choose a time zone such as Europe/London.',
      intakeDate: 'Use a date like 2026-03-14.',
      'partnerA.email': 'Enter a valid email address.',
      'partnerB.displayName': 'Enter a name.',
    });
    const same = await gql(maya, CREATE_COUPLE, {
      input: {
        label: 'Twins',
        partnerA: { displayName: 'A', email: 'same@example.org' },
        partnerB: { displayName: 'B', email: 'SAME@example.org' },
      },
    });
    expect(fieldErrors(same)).toEqual({ 'partnerB.email': 'Each partner needs their own email.' });
    // Alex is already a partner in an open couple: the whole creation rolls back.
    const taken = await gql(maya, CREATE_COUPLE, {
      input: {
        label: 'Taken',
        partnerA: { displayName: 'Fresh', email: 'fresh@example.org' },
        partnerB: { displayName: 'Alex', email: 'alex@riverside.example' },
      },
    });
    expect(fieldErrors(taken)).toEqual({
      'partnerB.email': 'This person is already a partner in an open couple.',
    });
    const after: { n: string }[] = await t.db.query('SELECT count(*) AS n FROM couples');
    expect(after[0]!.n).toBe(before[0]!.n);
    const fresh: unknown[] = await t.db.query(
      `SELECT 1 FROM users WHERE email = 'fresh@example.org'`,
    );
    expect(fresh).toHaveLength(0);
    expect(await coupleId(t.db, 'Alex & Sam')).toBeTruthy();
  });
});
