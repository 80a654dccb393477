import {
  coupleId,
  errorCode,
  fieldErrors,
  gql,
  startTestApp,
  type TestApp,
} from './support/test-app';

const ME = '{ me { id email displayName roles clinic { name } } }';
const MY_COUPLES = '{ myCouples { label } }';
const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { displayName roles } } }';

describe('sign-in over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with email and password, sets an httpOnly SameSite cookie, and me returns the viewer', async () => {
    const agent = t.agent();
    const res = await agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: LOGIN, variables: { e: 'Maya@Riverside.example ', p: 'hearth-demo' } });
    expect(res.body.data.login).toEqual({
      viewer: { displayName: 'Maya Okafor', roles: ['COACH'] },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/hearth_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await gql(agent, ME);
    expect(me.data?.me).toMatchObject({
      email: 'maya@riverside.example',
      roles: ['COACH'],
      clinic: { name: 'Riverside Couples Clinic' },
    });
  });

  it('returns null for me when signed out, and UNAUTHENTICATED for data', async () => {
    const agent = t.agent();
    expect((await gql(agent, ME)).data?.me).toBeNull();
    expect(errorCode(await gql(agent, MY_COUPLES))).toBe('UNAUTHENTICATED');
  });

  it('gives the same error for a wrong password and an unknown email', async () => {
    const wrong = await gql(t.agent(), LOGIN, {
      e: 'maya@riverside.example',
      p: 'not-her-password',
    });
    const unknown = await gql(t.agent(), LOGIN, {
      e: 'nobody@riverside.example',
      p: 'hearth-demo',
    });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe('Email or password is incorrect.');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0] && { ...wrong.errors[0] });
  });

  it('ends the session at logout: the old cookie gets UNAUTHENTICATED', async () => {
    const agent = await t.signIn('daniel@riverside.example');
    const res = await agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: MY_COUPLES });
    expect(res.body.data.myCouples).toHaveLength(3);
    const oldCookie = String(res.request.cookies ?? '');
    await gql(agent, 'mutation { logout }');
    expect((await gql(agent, ME)).data?.me).toBeNull();
    // Replaying the old cookie by hand must not work either: the session is revoked server-side.
    const replay = await t
      .agent()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', oldCookie)
      .send({ query: MY_COUPLES });
    expect(oldCookie).toMatch(/hearth_session=/);
    expect(replay.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a deactivated coach at sign-in and ends their open session at once', async () => {
    const daniel = await t.signIn('daniel@riverside.example');
    const admin = await t.signIn('admin@riverside.example');
    const coaches = await gql<{ clinicCoaches: { id: string; displayName: string }[] }>(
      admin,
      '{ clinicCoaches { id displayName } }',
    );
    const danielId = coaches.data!.clinicCoaches.find((c) => c.displayName === 'Daniel Reyes')!.id;
    const mayaId = coaches.data!.clinicCoaches.find((c) => c.displayName === 'Maya Okafor')!.id;
    // A coach with couples cannot be deactivated until they are reassigned.
    const blocked = await gql(admin, 'mutation($id: ID!) { deactivateCoach(id: $id) { status } }', {
      id: danielId,
    });
    expect(errorCode(blocked)).toBe('CONFLICT');
    for (const label of ['Noor & Eli', 'Chris & Pat', 'Mei & Luca']) {
      const moved = await gql(
        admin,
        'mutation($c: ID!, $k: ID!) { updateRosterCouple(coupleId: $c, input: { coachId: $k, reason: "Daniel leaves the clinic" }) { coach { displayName } } }',
        { c: await coupleId(t.db, label), k: mayaId },
      );
      expect(moved.data?.updateRosterCouple).toEqual({ coach: { displayName: 'Maya Okafor' } });
    }
    const done = await gql(admin, 'mutation($id: ID!) { deactivateCoach(id: $id) { status } }', {
      id: danielId,
    });
    expect(done.data?.deactivateCoach).toEqual({ status: 'DEACTIVATED' });
    expect(errorCode(await gql(daniel, MY_COUPLES))).toBe('UNAUTHENTICATED');
    const again = await gql(t.agent(), LOGIN, { e: 'daniel@riverside.example', p: 'hearth-demo' });
    expect(again.errors?.[0]?.message).toBe('Email or password is incorrect.');
  });

  it('changing the password ends the other sessions and keeps this one', async () => {
    const phone = await t.signIn('sam@riverside.example');
    const laptop = await t.signIn('sam@riverside.example');
    const short = await gql(
      laptop,
      'mutation { changePassword(currentPassword: "hearth-demo", newPassword: "short") }',
    );
    expect(fieldErrors(short)).toEqual({ newPassword: 'Use at least 8 characters.' });
    const wrong = await gql(
      laptop,
      'mutation { changePassword(currentPassword: "nope-nope", newPassword: "a new long one") }',
    );
    expect(fieldErrors(wrong)).toEqual({
      currentPassword: 'Your current password is not correct.',
    });
    const ok = await gql(
      laptop,
      'mutation { changePassword(currentPassword: "hearth-demo", newPassword: "a new long one") }',
    );
    expect(ok.data).toEqual({ changePassword: true });
    expect((await gql(laptop, ME)).data?.me).not.toBeNull();
    expect((await gql(phone, ME)).data?.me).toBeNull();
    expect(
      errorCode(await gql(t.agent(), LOGIN, { e: 'sam@riverside.example', p: 'hearth-demo' })),
    ).toBe('UNAUTHENTICATED');
    await t.signIn('sam@riverside.example', 'a new long one');
  });

  it('keeps Apollo CSRF prevention on: a form-encoded cross-site post is refused', async () => {
    const res = await t
      .agent()
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: ME }));
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
  });
});
