import { errorCode, gql, startTestApp, type TestApp } from './support/test-app';
import { DEMO_PASSWORD } from '../src/seed/demo-seed';

const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const SESSIONS = '{ mySessions { id browser os deviceType current lastSeenAt signedInAt } }';
const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { id } } }';

interface Row {
  id: string;
  browser: string | null;
  os: string | null;
  deviceType: string;
  current: boolean;
  lastSeenAt: string;
}

describe('your sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function signInWith(email: string, userAgent: string) {
    const agent = t.agent();
    const res = await agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('user-agent', userAgent)
      .send({ query: LOGIN, variables: { e: email, p: DEMO_PASSWORD } });
    expect(res.body.errors).toBeUndefined();
    return agent;
  }
  const list = async (agent: ReturnType<TestApp['agent']>) =>
    (await gql<{ mySessions: Row[] }>(agent, SESSIONS)).data!.mySessions;

  it('lists each signed-in browser with its browser and system, this one marked and first', async () => {
    const laptop = await signInWith('maya@riverside.example', CHROME_MAC);
    await signInWith('maya@riverside.example', SAFARI_IPHONE);
    const rows = await list(laptop);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      browser: 'Chrome 126',
      os: 'macOS',
      deviceType: 'DESKTOP',
      current: true,
    });
    expect(rows[1]).toMatchObject({
      browser: 'Safari 17',
      os: 'iOS 17.5',
      deviceType: 'MOBILE',
      current: false,
    });
    // Only her own: Daniel's session is not in Maya's list.
    await signInWith('daniel@riverside.example', CHROME_MAC);
    expect(await list(laptop)).toHaveLength(2);
  });

  it('refreshes "last seen" at most every five minutes, not on every request', async () => {
    const agent = await signInWith('sam@riverside.example', CHROME_MAC);
    const [mine] = await list(agent);
    await t.db.query(
      `UPDATE sessions SET last_seen_at = now() - interval '2 minutes' WHERE id = $1`,
      [mine!.id],
    );
    const recent = (await list(agent))[0]!.lastSeenAt;
    await gql(agent, '{ me { id } }');
    expect((await list(agent))[0]!.lastSeenAt).toBe(recent);
    await t.db.query(
      `UPDATE sessions SET last_seen_at = now() - interval '6 minutes' WHERE id = $1`,
      [mine!.id],
    );
    await gql(agent, '{ me { id } }');
    const refreshed = new Date((await list(agent))[0]!.lastSeenAt).getTime();
    expect(Date.now() - refreshed).toBeLessThan(60_000);
  });

  it('signs one other session out; it is refused at once and the change is audited', async () => {
    const laptop = await signInWith('alex@riverside.example', CHROME_MAC);
    const phone = await signInWith('alex@riverside.example', SAFARI_IPHONE);
    const other = (await list(laptop)).find((s) => !s.current)!;
    const res = await gql(laptop, 'mutation($id: ID!) { revokeSession(id: $id) }', {
      id: other.id,
    });
    expect(res.data).toEqual({ revokeSession: true });
    expect(errorCode(await gql(phone, '{ ourCouple { id } }'))).toBe('UNAUTHENTICATED');
    expect(await list(laptop)).toHaveLength(1);
    const audit: { target_id: string }[] = await t.db.query(
      `SELECT target_id FROM audit_events
        WHERE action = 'SECURITY_CHANGE' AND detail->>'change' = 'session_revoked'`,
    );
    expect(audit.map((a) => a.target_id)).toEqual([other.id]);
  });

  it('refuses anyone else’s session id, a revoked one and a malformed one with NOT_FOUND, changing nothing', async () => {
    const lee = await signInWith('lee@northside.example', CHROME_MAC);
    const leeId = (await list(lee))[0]!.id;
    const daniel = await signInWith('daniel@riverside.example', SAFARI_IPHONE);
    for (const id of [leeId, 'not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
      const res = await gql(daniel, 'mutation($id: ID!) { revokeSession(id: $id) }', { id });
      expect(errorCode(res)).toBe('NOT_FOUND');
    }
    expect(errorCode(await gql(lee, '{ me { id } }'))).toBeUndefined();
    expect(await list(lee)).toHaveLength(1);
  });

  it('signs all other sessions out at once and says how many', async () => {
    const a = await signInWith('admin@riverside.example', CHROME_MAC);
    const b = await signInWith('admin@riverside.example', SAFARI_IPHONE);
    const c = await signInWith('admin@riverside.example', SAFARI_IPHONE);
    expect((await gql(a, 'mutation { revokeOtherSessions }')).data).toEqual({
      revokeOtherSessions: 2,
    });
    for (const gone of [b, c]) expect((await gql(gone, '{ me { id } }')).data?.me).toBeNull();
    expect(await list(a)).toHaveLength(1);
  });

  it('audits sign-out', async () => {
    const agent = await signInWith('daniel@riverside.example', CHROME_MAC);
    const [mine] = await list(agent);
    await gql(agent, 'mutation { logout }');
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'SIGN_OUT' AND target_id = $1`,
      [mine!.id],
    );
    expect(rows[0]!.n).toBe(1);
  });
});
