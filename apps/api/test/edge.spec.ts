import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { GRAPHQL_LIMITS } from '../src/edge/graphql-limits';
import { errorCode, gql, startTestApp, type GqlResponse, type TestApp } from './support/test-app';

const THIS_MONTH = { period: { preset: 'LAST_4_WEEKS' } };
const DASHBOARD_FIELDS = 'summary { activeCouples { value } } byCoach { coachName }';
const FIGURE = '{ value suppressed status n numerator denominator }';
/** Every figure of the dashboard: about 520 in graphql-armor's cost, 210 tokens. */
const FULL_DASHBOARD = `clinicDashboard(period: $period) {
  summary { ${['activeCouples', 'checkinAdherence', 'completionRate', 'couplesWithHomework', 'csi4Deteriorated', 'csi4Improved', 'csi4MedianChange', 'csi4Recovered', 'meanClosenessChange', 'meanHelpfulness'].map((f) => `${f} ${FIGURE}`).join(' ')} }
  byCoach { coachId coachName completionRate ${FIGURE} couples ${FIGURE} meanClosenessChange ${FIGURE} meanHelpfulness ${FIGURE} }
  byExercise { title completionRate ${FIGURE} couples ${FIGURE} meanClosenessChange ${FIGURE} meanHelpfulness ${FIGURE} }
  weekly { week from to completionRate ${FIGURE} checkinAdherence ${FIGURE} }
}`;

/** `n` aliased copies of one field: `a0: f a1: f ...`. */
function aliased(n: number, field: string): string {
  return Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
}

/** `{ __type(name: "Couple") { ofType { ofType { ... name } } } }`, `levels` deep. */
function deepQuery(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels - 2; i++) inner = `ofType { ${inner} }`;
  return `{ __type(name: "Couple") { ${inner} } }`;
}

function expectSecurityHeaders(res: Response): void {
  const csp = String(res.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(res.headers['x-request-id']).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  expect(res.headers['x-powered-by']).toBeUndefined();
}

function messages(res: GqlResponse<unknown>): string {
  return (res.errors ?? []).map((e) => e.message).join('\n');
}

describe('the edge', () => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    // A stand-in for the built dashboard: an index.html and one hashed asset.
    webDist = mkdtempSync(join(tmpdir(), 'hearth-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Hearth</title>');
    writeFileSync(join(webDist, 'assets', 'index-abc123.js'), 'console.log(1);');
    t = await startTestApp({ webDist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  describe('security headers', () => {
    it('are on GraphQL, /health, the dashboard, its assets and unknown API paths', async () => {
      const agent = t.agent();
      const responses = [
        await agent
          .post('/graphql')
          .set('content-type', 'application/json')
          .send({ query: '{ me { id } }' }),
        await agent.get('/health'),
        await agent.get('/couples/123').set('accept', 'text/html'),
        await agent.get('/assets/index-abc123.js'),
        await agent.get('/api/clinic-dashboard.csv'),
      ];
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 400]);
      expect(responses[2]!.text).toContain('<title>Hearth</title>');
      for (const res of responses) expectSecurityHeaders(res);
    });

    it('do not pin the browser to HTTPS outside production', async () => {
      const res = await t.agent().get('/health');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(String(res.headers['content-security-policy'])).not.toContain(
        'upgrade-insecure-requests',
      );
    });
  });

  describe('request id', () => {
    it('is generated for every request and differs between requests', async () => {
      const a = await t.agent().get('/health');
      const b = await t.agent().get('/health');
      expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
    });

    it("keeps a caller's sane id and replaces one that could pollute logs", async () => {
      const kept = await t.agent().get('/health').set('x-request-id', 'lb-4f2a9c1e-77');
      expect(kept.headers['x-request-id']).toBe('lb-4f2a9c1e-77');
      for (const bad of [
        'short',
        'a'.repeat(65),
        'abc def ghi',
        'abcdefgh\u0007',
        '../../etc/passwd',
      ]) {
        const res = await t.agent().get('/health').set('x-request-id', encodeURI(bad));
        expect(res.headers['x-request-id']).not.toBe(encodeURI(bad));
        expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      }
    });
  });

  describe('GraphQL limits', () => {
    it('refuses 500 aliased clinic dashboards before running them, and /health stays quick', async () => {
      const admin = await t.signIn('admin@riverside.example');
      // 500 as in the report (refused by the token limit while parsing) and 50, which is
      // short enough to parse and is refused by the alias limit.
      for (const [n, refusal] of [
        [500, `more than ${GRAPHQL_LIMITS.maxTokens} tokens`],
        [50, `50 aliases, at most ${GRAPHQL_LIMITS.maxAliases}`],
      ] as const) {
        const query = `query($period: DashboardPeriodInput!) { ${aliased(n, `clinicDashboard(period: $period) { ${DASHBOARD_FIELDS} }`)} }`;
        const started = Date.now();
        const [attack, health] = await Promise.all([
          admin
            .post('/graphql')
            .set('content-type', 'application/json')
            .send({ query, variables: THIS_MONTH }),
          (async () => {
            const s = Date.now();
            const res = await t.agent().get('/health');
            return { status: res.status, ms: Date.now() - s };
          })(),
        ]);
        expect(attack.status).toBe(400);
        const body = attack.body as GqlResponse;
        expect(body.data).toBeUndefined();
        expect(body.errors).toHaveLength(1);
        expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(errorCode(body));
        expect(messages(body)).toBe(
          `This request asks for too much at once (${refusal}). Ask for less, or split it into several requests.`,
        );
        // Without the limits the 500-alias request ran for over 6 s here; refused, it takes
        // milliseconds (the bounds leave room for a busy machine).
        expect(Date.now() - started).toBeLessThan(2_000);
        expect(health.status).toBe(200);
        expect(health.ms).toBeLessThan(1_000);
      }
    });

    it('runs a dashboard request the size the web app sends', async () => {
      const admin = await t.signIn('admin@riverside.example');
      const res = await gql(
        admin,
        `query($period: DashboardPeriodInput!) { clinicDashboard(period: $period) { ${DASHBOARD_FIELDS} } }`,
        THIS_MONTH,
      );
      expect(res.errors).toBeUndefined();
    });

    it(`allows ${GRAPHQL_LIMITS.maxAliases} aliases and refuses one more`, async () => {
      const agent = t.agent();
      const ok = await gql(agent, `{ ${aliased(GRAPHQL_LIMITS.maxAliases, 'me { id }')} }`);
      expect(ok.errors).toBeUndefined();
      const refused = await gql(
        agent,
        `{ ${aliased(GRAPHQL_LIMITS.maxAliases + 1, 'me { id }')} }`,
      );
      expect(errorCode(refused)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(messages(refused)).toContain(`(11 aliases, at most ${GRAPHQL_LIMITS.maxAliases})`);
    });

    it('refuses a cost over the limit under the alias and token limits (six full dashboards)', async () => {
      const admin = await t.signIn('admin@riverside.example');
      const query = (n: number) =>
        `query($period: DashboardPeriodInput!) { ${aliased(n, FULL_DASHBOARD)} }`;
      const two = await gql(admin, query(2), THIS_MONTH);
      expect(two.errors).toBeUndefined();
      const six = await gql(admin, query(6), THIS_MONTH);
      expect(six.data).toBeUndefined();
      expect(errorCode(six)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(messages(six)).toMatch(
        new RegExp(`\\(cost \\d+, at most ${GRAPHQL_LIMITS.maxCost}\\)`),
      );
    });

    it(`refuses nesting deeper than ${GRAPHQL_LIMITS.maxDepth} levels`, async () => {
      const agent = t.agent();
      const ok = await gql(agent, deepQuery(GRAPHQL_LIMITS.maxDepth));
      expect(ok.errors).toBeUndefined();
      const refused = await gql(agent, deepQuery(GRAPHQL_LIMITS.maxDepth + 2));
      expect(errorCode(refused)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(messages(refused)).toContain(
        `(depth ${GRAPHQL_LIMITS.maxDepth + 2}, at most ${GRAPHQL_LIMITS.maxDepth})`,
      );
    });

    it(`refuses a document of more than ${GRAPHQL_LIMITS.maxTokens} tokens while parsing it`, async () => {
      // 16 tokens plus one per list item (list items do not make graphql-js compare fields).
      const long = (items: number) =>
        `{ exercises(filter: { intimacyTypes: [${' EMOTIONAL'.repeat(items)} ] }) { id } }`;
      const maya = await t.signIn('maya@riverside.example');
      const ok = await gql(maya, long(GRAPHQL_LIMITS.maxTokens - 16));
      expect(ok.errors).toBeUndefined();
      const res = await maya
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: long(GRAPHQL_LIMITS.maxTokens - 15) });
      expect(res.status).toBe(400);
      const body = res.body as GqlResponse;
      expect(errorCode(body)).toBe('GRAPHQL_PARSE_FAILED');
      expect(messages(body)).toBe(
        `This request asks for too much at once (more than ${GRAPHQL_LIMITS.maxTokens} tokens). Ask for less, or split it into several requests.`,
      );
    });

    it(`refuses more than ${GRAPHQL_LIMITS.maxDirectives} directives`, async () => {
      // No aliases: the copies of `me` merge into one field, and only directives grow.
      const fields = (n: number) => Array.from({ length: n }, () => 'me @include(if: true) { id }');
      const ok = await gql(t.agent(), `{ ${fields(GRAPHQL_LIMITS.maxDirectives).join(' ')} }`);
      expect(ok.errors).toBeUndefined();
      const refused = await gql(
        t.agent(),
        `{ ${fields(GRAPHQL_LIMITS.maxDirectives + 1).join(' ')} }`,
      );
      expect(errorCode(refused)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(messages(refused)).toContain(
        `(21 directives, at most ${GRAPHQL_LIMITS.maxDirectives})`,
      );
    });

    it('still suggests field names outside production, for developers', async () => {
      const res = await gql(t.agent(), '{ mee { id } }');
      expect(messages(res)).toContain('Did you mean "me"?');
    });
  });
});

describe('the edge in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: 'production' });
  });
  afterAll(() => t.close());

  it('sends HSTS and the security headers', async () => {
    for (const res of [
      await t.agent().get('/health'),
      await t
        .agent()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: '{ me { id } }' }),
    ]) {
      expectSecurityHeaders(res);
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    }
  });

  it('refuses introspection', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Couple") { fields { name } } }',
    ]) {
      const res = await gql(t.agent(), query);
      expect(res.data).toBeUndefined();
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(messages(res)).toMatch(/introspection is not allowed/i);
    }
  });

  it('gives no "Did you mean" hints for fields, arguments, types or enum values', async () => {
    const maya = await t.signIn('maya@riverside.example');
    // Each with the names a suggestion would have given away.
    const cases: [string, Record<string, unknown>, string][] = [
      ['{ mee { id } }', {}, '"me"'],
      ['{ me { displayNam } }', {}, '"displayName"'],
      ['{ ourCouple { completions(limt: 1) { id } } }', {}, '"limit"'],
      ['query($s: CoupleStatu!) { me { id } }', { s: 'ACTIVE' }, '"CoupleStatus"'],
      [
        'mutation($id: ID!, $s: CoupleStatus!) { setCoupleStatus(coupleId: $id, status: $s) { id } }',
        { id: '00000000-0000-4000-8000-000000000000', s: 'ACTIV' },
        '"ACTIVE"',
      ],
    ];
    for (const [query, variables, hidden] of cases) {
      const res = await gql(maya, query, variables);
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(messages(res)).not.toMatch(/did you mean/i);
      expect(messages(res)).not.toContain(hidden);
    }
  });

  it('keeps stack traces and internals out of error responses', async () => {
    const malformed = await t
      .agent()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": ');
    expect(malformed.status).toBe(400);
    expectSecurityHeaders(malformed);
    expect(malformed.text).not.toMatch(/at \w+ \(|node_modules|\.js:\d+/);
    const invalid = await gql(t.agent(), '{ me { nope } }');
    expect(JSON.stringify(invalid)).not.toMatch(/stacktrace|node_modules/);
    expect(Object.keys(invalid.errors?.[0]?.extensions ?? {})).toEqual(['code']);
  });
});

describe('client addresses behind a proxy', () => {
  const LOGIN =
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }';

  async function failedSignInIp(hops: number): Promise<string | null> {
    const t = await startTestApp({ trustProxyHops: hops });
    try {
      await t
        .agent()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', '203.0.113.7')
        .send({ query: LOGIN, variables: { e: 'maya@riverside.example', p: 'wrong-password' } });
      const rows: { ip: string | null }[] = await t.db.query(
        `SELECT ip FROM audit_events WHERE action = 'SIGN_IN_FAILED' ORDER BY occurred_at DESC LIMIT 1`,
      );
      return rows[0]?.ip ?? null;
    } finally {
      await t.close();
    }
  }

  it('ignores X-Forwarded-For unless told a proxy stands in front', async () => {
    expect(await failedSignInIp(0)).not.toBe('203.0.113.7');
    expect(await failedSignInIp(1)).toBe('203.0.113.7');
  });
});
