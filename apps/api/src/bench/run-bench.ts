import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { newToken, tokenHash } from '../auth/tokens';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { createApp } from '../bootstrap';
import { loadConfig } from '../config/config';
import { createDataSource } from '../data-source';
import { syncBuiltInCatalogue } from '../exercises/exercises.service';
import {
  seedScale,
  SCALE_CLINIC_NAME,
  SCALE_TIME_ZONE,
  type ScaleSeedReport,
} from '../scale/scale-seed';
import { AUDIT_OVERHEAD_TARGET, auditReadsOverhead } from './audit-overhead';
import { createBenchDatabase, freePort, startChild, type ChildServer } from './bench-env';
import { caseloadBody, poolRunner, type Runner } from './caseload-baseline';
import { apiCheckinLoad, rawCheckinLoad, type SignedInPartner } from './checkin-load';
import {
  apiTotals,
  CLINIC_DASHBOARD_QUERY,
  dashboardBaseline,
  lastWeeks,
  type DashboardTotals,
} from './dashboard-baseline';
import { fmt, interleaved, median, type PairedSummary } from './stats';
import { StatementCounter } from './statement-counter';
import {
  buildReactOnlyPage,
  launchBrowser,
  scriptsOf,
  serveStatic,
  type PageScripts,
} from './web-bundles';

const BENCH_SECRET_KEY = randomBytes(32).toString('base64url');

/**
 * `npm run bench`: Hearth against hand-written baselines, every figure a ratio measured in
 * the same run with the two sides interleaved (A, B, A, B …) and summarised by the median of
 * ROUNDS rounds. Loopback only, on its own database, bounded in count and time. Writes
 * docs/benchmarks.md (keeping its hand-written analysis) and prints the table.
 */

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const CASELOAD_SIZES = [10, 200] as const;
const SCALE_COUPLES = Number(process.env.BENCH_SCALE_COUPLES ?? 10_000);
/** Time the dashboard rounds may take together, roughly. */
const DASHBOARD_BUDGET_SECONDS = 90;

const CASELOAD_FIELDS = `id label status partnerA { displayName status } partnerB { displayName status }
    homeworkSummary { dueThisWeek doneThisWeek overdue unreviewed }`;
const CASELOAD_QUERY = `query Caseload { myCouples { ${CASELOAD_FIELDS} } }`;
const CASELOAD_WITH_FLAGS_QUERY = `query CaseloadWithFlags { myCouples { ${CASELOAD_FIELDS} flags { code severity explanation } } }`;

interface Row {
  figure: string;
  hearth: string;
  baseline: string;
  ratio: number | null;
  target: string;
  met: boolean | null;
  note?: string;
}

const log = (line: string) => console.log(line);

async function post(
  url: string,
  token: string,
  body: unknown,
): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

/** Sessions made directly in the database: signing in 20,000 people would measure argon2. */
async function createSessions(
  pool: Pool,
  people: { user_id: string; clinic_id: string }[],
): Promise<string[]> {
  const tokens = people.map(() => newToken());
  await pool.query(
    `INSERT INTO sessions (user_id, clinic_id, token_hash, expires_at)
     SELECT u, c, h, now() + interval '1 day' FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(u, c, h)`,
    [people.map((p) => p.user_id), people.map((p) => p.clinic_id), tokens.map(tokenHash)],
  );
  return tokens;
}

async function coachOf(
  pool: Pool,
  clinicName: string,
): Promise<{ user_id: string; clinic_id: string }> {
  const rows = await pool.query<{ user_id: string; clinic_id: string }>(
    `SELECT m.user_id, m.clinic_id FROM memberships m JOIN clinics k ON k.id = m.clinic_id
      WHERE k.name = $1 AND m.role = 'COACH' ORDER BY m.created_at, m.id LIMIT 1`,
    [clinicName],
  );
  return rows.rows[0]!;
}

async function rps(url: string, token: string, body: string, seconds: number): Promise<number> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${token}` },
    body,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  }
  return result.requests.total / result.duration;
}

/** Same couples, same numbers, whatever the order of equal labels. */
function sameCaseload(apiText: string, baselineText: string): boolean {
  type Body = { data?: { myCouples?: { id: string }[] } };
  const sorted = (text: string) =>
    JSON.stringify(
      [...((JSON.parse(text) as Body).data?.myCouples ?? [])].sort((a, b) =>
        a.id < b.id ? -1 : 1,
      ),
    );
  return sorted(apiText) === sorted(baselineText);
}

async function main(): Promise<void> {
  const repoRoot = process.cwd();
  const mainJs = join(repoRoot, 'dist/api/apps/api/src/main.js');
  const baselineJs = join(repoRoot, 'dist/api/apps/api/src/bench/baseline-server.js');
  const webDist = join(repoRoot, 'dist/web');
  for (const file of [mainJs, baselineJs, join(webDist, 'index.html')]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`npm run bench\` (it builds first).`);
  }
  const benchStarted = performance.now();
  const startedAt = new Date();
  const load = [loadavg()[0]!];
  const rows: Row[] = [];
  const notes: string[] = [];
  const children: ChildServer[] = [];
  const cleanups: (() => Promise<void> | void)[] = [];

  log(
    `Hearth benchmark: ${ROUNDS} interleaved rounds, ${SECONDS} s load runs, ${CONNECTIONS} connections.`,
  );
  const db = await createBenchDatabase(process.env.DATABASE_URL);
  log(`Database: ${db.describe}`);
  const ds = createDataSource({ url: db.url, poolSize: 2 });
  const pool = new Pool({
    connectionString: db.url,
    max: CONNECTIONS,
    application_name: 'hearth-bench',
  });
  let pgVersion = '';
  let scale: ScaleSeedReport | undefined;
  let caseloadStatements: string[] = [];
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      timings[name] = (performance.now() - t0) / 1000;
    }
  };
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await syncBuiltInCatalogue(ds);
    pgVersion = ((await ds.query('SHOW server_version')) as { server_version: string }[])[0]!
      .server_version;

    // ---- Data --------------------------------------------------------------------------
    await timed('seed', async () => {
      for (const size of CASELOAD_SIZES) {
        await seedScale(ds, {
          couples: size,
          couplesPerCoach: size,
          clinicName: `Bench Caseload ${size}`,
          vacuum: false,
        });
      }
      log(`Seeding "${SCALE_CLINIC_NAME}" (${SCALE_COUPLES} couples) with the scale seeder…`);
      scale = await seedScale(ds, { couples: SCALE_COUPLES, log });
    });
    const coachTokens = new Map<number, string>();
    for (const size of CASELOAD_SIZES) {
      coachTokens.set(
        size,
        (await createSessions(pool, [await coachOf(pool, `Bench Caseload ${size}`)]))[0]!,
      );
    }
    const admin = await pool.query<{ user_id: string; clinic_id: string }>(
      `SELECT m.user_id, m.clinic_id FROM memberships m WHERE m.clinic_id = $1 AND m.role = 'CLINIC_ADMIN'`,
      [scale!.clinicId],
    );
    const adminToken = (await createSessions(pool, admin.rows))[0]!;
    // Partners of open couples, in an order that mixes couples and coaches.
    const partnerRows = await pool.query<{
      user_id: string;
      clinic_id: string;
      couple_id: string;
      author_id: string;
      partner: 'A' | 'B';
      time_zone: string;
    }>(
      `SELECT m.user_id, c.clinic_id, c.id AS couple_id, m.id AS author_id,
              CASE WHEN m.id = c.partner_a_id THEN 'A' ELSE 'B' END AS partner, c.time_zone
         FROM couples c JOIN memberships m ON m.clinic_id = c.clinic_id AND m.id IN (c.partner_a_id, c.partner_b_id)
        WHERE c.clinic_id = $1 AND c.status <> 'CLOSED'
        ORDER BY md5(m.id::text)`,
      [scale!.clinicId],
    );
    const partnerTokens = await createSessions(pool, partnerRows.rows);
    const partners: SignedInPartner[] = partnerRows.rows.map((r, i) => ({
      token: partnerTokens[i]!,
      clinicId: r.clinic_id,
      coupleId: r.couple_id,
      authorId: r.author_id,
      partner: r.partner,
      timeZone: r.time_zone,
    }));

    // ---- (a) statements per caseload request ---------------------------------------------
    await timed('statements', async () => {
      const counter = new StatementCounter();
      const config = loadConfig({
        NODE_ENV: 'production',
        // Production requires one; a throwaway key per run (no two-factor data is kept).
        SECRET_KEY: BENCH_SECRET_KEY,
        SEED_DEMO: 'false',
        WEB_DIST: '/nonexistent',
      });
      const app = await createApp(config, { url: db.url, logger: counter }, { logger: false });
      await app.init();
      const port = await freePort(3600, 3999);
      await app.listen(port, '127.0.0.1');
      try {
        const url = `http://127.0.0.1:${port}/graphql`;
        let baselineCount = 0;
        const counting: Runner = async (sql, params) => {
          baselineCount++;
          return poolRunner(pool)(sql, params);
        };
        for (const size of CASELOAD_SIZES) {
          const token = coachTokens.get(size)!;
          const plain: number[] = [];
          const flagged: number[] = [];
          const baseline: number[] = [];
          let same = true;
          const first = await post(url, token, { query: CASELOAD_WITH_FLAGS_QUERY });
          if (first.status !== 200 || first.text.includes('"errors"'))
            throw new Error(`caseload failed: ${first.text.slice(0, 300)}`);
          for (let round = 0; round < ROUNDS; round++) {
            counter.recording = size === 200 && round === 0;
            const a = await counter.measure(() => post(url, token, { query: CASELOAD_QUERY }));
            counter.recording = false;
            if (size === 200 && round === 0) caseloadStatements = [...counter.statements];
            plain.push(a.statements);
            flagged.push(
              (await counter.measure(() => post(url, token, { query: CASELOAD_WITH_FLAGS_QUERY })))
                .statements,
            );
            const before = baselineCount;
            const body = await caseloadBody(counting, token);
            baseline.push(baselineCount - before);
            if (round === 0) same = body !== null && sameCaseload(a.result.text, body);
          }
          const couples = (JSON.parse(first.text) as { data: { myCouples: unknown[] } }).data
            .myCouples.length;
          rows.push({
            figure: `(a) SQL statements per caseload request, ${size} couples (no flags)`,
            hearth: fmt(median(plain)),
            baseline: fmt(median(baseline)),
            ratio: median(plain) / median(baseline),
            target: 'equal at 10 and 200; ratio ≤ 1',
            met: median(plain) <= median(baseline),
            note: same
              ? `${couples} couples; same JSON as the baseline`
              : 'JSON DIFFERS from the baseline',
          });
          rows.push({
            figure: `(a) SQL statements per caseload request, ${size} couples (with flags)`,
            hearth: fmt(median(flagged)),
            baseline: fmt(median(baseline)),
            ratio: median(flagged) / median(baseline),
            target: 'equal at 10 and 200',
            met: null,
            note: 'the baseline has no flags: ratio for information',
          });
          if (!same)
            notes.push(`(a) the API's caseload for ${size} couples differs from the baseline's.`);
        }
        const counts = rows.filter((r) => r.figure.startsWith('(a)')).map((r) => r.hearth);
        const constant = counts[0] === counts[2] && counts[1] === counts[3];
        notes.push(
          constant
            ? `(a) statement counts are the same at 10 and 200 couples (${counts[0]} without flags, ${counts[1]} with): no N+1.`
            : `(a) statement counts CHANGE with the caseload size (${counts.join(', ')}): an N+1 somewhere.`,
        );
      } finally {
        await app.close();
      }
    });

    // ---- API and baseline servers as their own processes ---------------------------------
    // The API serves a snapshot of the web build taken now, so a rebuild of dist/web while
    // the benchmark runs cannot change what (e) measures.
    const webSnapshot = mkdtempSync(join(tmpdir(), 'hearth-bench-web-'));
    cpSync(webDist, webSnapshot, { recursive: true });
    cleanups.push(() => rmSync(webSnapshot, { recursive: true, force: true }));
    const apiPort = await freePort(3600, 3999);
    const api = await startChild(
      mainJs,
      {
        DATABASE_URL: db.url,
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        NODE_ENV: 'production',
        // Production requires one; a throwaway key per run (no two-factor data is kept).
        SECRET_KEY: BENCH_SECRET_KEY,
        SEED_DEMO: 'false',
        WEB_DIST: webSnapshot,
      },
      /Hearth is running/,
      apiPort,
    );
    children.push(api);
    const apiBase = `http://127.0.0.1:${apiPort}`;
    const basePort = await freePort(3600, 3999);
    const base = await startChild(
      baselineJs,
      { DATABASE_URL: db.url, PORT: String(basePort) },
      /READY/,
      basePort,
    );
    children.push(base);

    // ---- (b) caseload throughput ----------------------------------------------------------
    await timed('caseload throughput', async () => {
      for (const size of CASELOAD_SIZES) {
        const token = coachTokens.get(size)!;
        const body = JSON.stringify({ query: CASELOAD_QUERY });
        const apiUrl = `${apiBase}/graphql`;
        const baseUrl = `http://127.0.0.1:${basePort}/caseload`;
        const check = await post(apiUrl, token, { query: CASELOAD_QUERY });
        if (check.text.includes('"errors"'))
          throw new Error(`caseload failed: ${check.text.slice(0, 300)}`);
        await rps(apiUrl, token, body, 1);
        await rps(baseUrl, token, body, 1);
        const s = await interleaved(
          ROUNDS,
          () => rps(apiUrl, token, body, SECONDS),
          () => rps(baseUrl, token, body, SECONDS),
        );
        rows.push(throughputRow(`(b) caseload requests/s, ${size} couples (no flags)`, s, 0.3));
        log(
          `  (b) ${size} couples: API ${fmt(s.a)} req/s, baseline ${fmt(s.b)} req/s, ratio ${fmt(s.ratio)}`,
        );
      }
    });

    // ---- caseload throughput, read auditing on vs off ---------------------------------------
    await timed('audit overhead', async () => {
      const size = CASELOAD_SIZES[CASELOAD_SIZES.length - 1];
      const s = await auditReadsOverhead({
        mainJs,
        databaseUrl: db.url,
        token: coachTokens.get(size)!,
        query: CASELOAD_QUERY,
        rounds: ROUNDS,
        seconds: SECONDS,
        connections: CONNECTIONS,
      });
      const row = throughputRow(
        `caseload throughput, auditing on vs off, ${size} couples (req/s)`,
        s,
        AUDIT_OVERHEAD_TARGET,
      );
      row.note = `baseline = the same API with AUDIT_READS=off; on writes ${size} READ events per request; ${row.note}`;
      rows.push(row);
      log(`  audit: on ${fmt(s.a)} req/s, off ${fmt(s.b)} req/s, ratio ${fmt(s.ratio)}`);
    });

    // ---- (d) check-in submission throughput ------------------------------------------------
    await timed('check-in throughput', async () => {
      const reset = () =>
        pool.query('DELETE FROM checkins WHERE clinic_id = $1 AND checkin_date >= $2::date - 1', [
          scale!.clinicId,
          lastWeeks(SCALE_TIME_ZONE, 1).to,
        ]);
      const failures: number[] = [];
      const counts: number[] = [];
      await reset();
      await apiCheckinLoad(apiBase, partners, CONNECTIONS, 1);
      await rawCheckinLoad(pool, partners, CONNECTIONS, 1);
      const s = await interleaved(
        ROUNDS,
        async () => {
          await reset();
          const r = await apiCheckinLoad(apiBase, partners, CONNECTIONS, SECONDS);
          failures.push(r.failures);
          counts.push(r.requests);
          return r.requestsPerSecond;
        },
        async () => {
          await reset();
          const r = await rawCheckinLoad(pool, partners, CONNECTIONS, SECONDS);
          failures.push(r.failures);
          counts.push(r.requests);
          return r.requestsPerSecond;
        },
      );
      await reset();
      const row = throughputRow(
        '(d) check-ins filed/s (fileCheckin vs raw INSERT … ON CONFLICT)',
        s,
        0.3,
      );
      const failed = failures.reduce((a, b) => a + b, 0);
      row.note = `${partners.length.toLocaleString('en-US')} partners; ~90 % first check-in of the day, ~10 % re-filed${
        failed > 0 ? `; ${failed} FAILED requests` : ''
      }; max ${Math.max(...counts).toLocaleString('en-US')} requests in a run`;
      if (Math.max(...counts) > partners.length * 0.9) {
        row.note += ' (partners wrapped around: more updates than 10 %)';
      }
      rows.push(row);
      log(`  (d) API ${fmt(s.a)} check-ins/s, raw ${fmt(s.b)}/s, ratio ${fmt(s.ratio)}`);
    });

    // ---- (c) clinic dashboard latency ------------------------------------------------------
    await timed('dashboard latency', async () => {
      const schema = readFileSync(join(repoRoot, 'apps/api/schema.gql'), 'utf8');
      const label = `(c) clinic dashboard latency, ${SCALE_COUPLES.toLocaleString('en-US')} couples, last 26 weeks`;
      if (!/\bclinicDashboard\(/.test(schema)) {
        rows.push({
          figure: label,
          hearth: 'not measured',
          baseline: '',
          ratio: null,
          target: '≤ 0.05',
          met: null,
          note: 'clinicDashboard is not in apps/api/schema.gql',
        });
        return;
      }
      const body = {
        query: CLINIC_DASHBOARD_QUERY,
        variables: { period: { preset: 'LAST_26_WEEKS' } },
      };
      const firstStarted = performance.now();
      const first = await post(`${apiBase}/graphql`, adminToken, body);
      const firstMs = performance.now() - firstStarted;
      const parsed = JSON.parse(first.text) as {
        data?: {
          clinicDashboard?: {
            summary: Record<
              string,
              { value: number | null; numerator: number | null; denominator: number | null }
            >;
            period: { from: string; to: string };
          };
        };
        errors?: { message: string }[];
      };
      const dashboard = parsed.data?.clinicDashboard;
      if (!dashboard) {
        rows.push({
          figure: label,
          hearth: 'not measured',
          baseline: '',
          ratio: null,
          target: '≤ 0.05',
          met: null,
          note: `the query failed: ${parsed.errors?.[0]?.message ?? first.status}`,
        });
        return;
      }
      const period = { from: dashboard.period.from, to: dashboard.period.to };
      const mineStarted = performance.now();
      const mine = await dashboardBaseline(pool, scale!.clinicId, period);
      // Seconds-long requests: fewer rounds (never under three) keep the run bounded.
      const pairSeconds = (firstMs + performance.now() - mineStarted) / 1000;
      const rounds = Math.max(
        3,
        Math.min(ROUNDS, Math.floor(DASHBOARD_BUDGET_SECONDS / pairSeconds)),
      );
      const theirs = apiTotals(dashboard.summary);
      const differs = (Object.keys(mine) as (keyof DashboardTotals)[]).filter(
        (k) => theirs[k] !== undefined && theirs[k] !== mine[k],
      );
      const s = await interleaved(
        rounds,
        async () => {
          const t0 = performance.now();
          const r = await post(`${apiBase}/graphql`, adminToken, body);
          if (r.text.includes('"errors"'))
            throw new Error(`dashboard failed: ${r.text.slice(0, 300)}`);
          return performance.now() - t0;
        },
        async () => {
          const t0 = performance.now();
          await dashboardBaseline(pool, scale!.clinicId, period);
          return performance.now() - t0;
        },
      );
      rows.push({
        figure: label,
        hearth: `${fmt(s.a)} ms`,
        baseline: `${fmt(s.b)} ms`,
        ratio: s.ratio,
        target: '≤ 0.05',
        met: s.ratio <= 0.05,
        note:
          `${rounds} rounds; per-round ratios ${s.ratios.map((x) => fmt(x, 2)).join(', ')}; ` +
          (differs.length === 0
            ? `same totals as the baseline (tasks ${mine.done}/${mine.due}, partner-days ${mine.filedDays}/${mine.expectedDays}, CSI-4 partners ${mine.csi4Partners})`
            : `totals DIFFER from the baseline: ${differs.map((k) => `${k} ${String(theirs[k])} vs ${mine[k]}`).join(', ')}`),
      });
      log(`  (c) API ${fmt(s.a)} ms, baseline ${fmt(s.b)} ms, ratio ${fmt(s.ratio)}`);
    });

    // ---- (e) JavaScript loaded by the pages ------------------------------------------------
    await timed('web bundles', async () => {
      const react = await buildReactOnlyPage(repoRoot);
      cleanups.push(react.cleanup);
      const staticServer = serveStatic(resolve(react.dist));
      const staticPort = await freePort(3600, 3999);
      await new Promise<void>((r) => staticServer.listen(staticPort, '127.0.0.1', () => r()));
      cleanups.push(() => new Promise<void>((r) => staticServer.close(() => r())));
      const browser = await launchBrowser();
      cleanups.push(() => browser.close());
      const cookie = { name: SESSION_COOKIE, value: coachTokens.get(10)! };
      const signIn: PageScripts[] = [];
      const coach: PageScripts[] = [];
      const reactOnly: PageScripts[] = [];
      for (let round = 0; round < Math.min(ROUNDS, 3); round++) {
        // The routes' lazy page chunks (apps/web/src/app/AppRoutes.tsx) mark them as loaded.
        signIn.push(await scriptsOf(browser, `${apiBase}/login`, { mustLoad: /SignInPage-/ }));
        coach.push(
          await scriptsOf(browser, `${apiBase}/couples`, { cookie, mustLoad: /MyCouplesPage-/ }),
        );
        reactOnly.push(await scriptsOf(browser, `http://127.0.0.1:${staticPort}/`));
      }
      const redirected = coach.find((p) => p.finalPath !== '/couples');
      if (redirected)
        throw new Error(`the coach route ended on ${redirected.finalPath}, not /couples`);
      const kb = (pages: PageScripts[]) => median(pages.map((p) => p.gzipBytes)) / 1000;
      const base = kb(reactOnly);
      rows.push({
        figure: '(e) gzipped JS, sign-in page (/login)',
        hearth: `${fmt(kb(signIn))} kB`,
        baseline: `${fmt(base)} kB`,
        ratio: kb(signIn) / base,
        target: 'for information',
        met: null,
        note: `${signIn[0]!.files.length} files`,
      });
      rows.push({
        figure: '(e) gzipped JS, coach route (/couples)',
        hearth: `${fmt(kb(coach))} kB`,
        baseline: `${fmt(base)} kB`,
        ratio: kb(coach) / base,
        target: '≤ 170 kB',
        met: kb(coach) <= 170,
        note: `${coach[0]!.files.length} files; largest: ${coach[0]!.files
          .slice(0, 3)
          .map((f) => `${f.path.replace(/^.*\//, '')} ${fmt(f.gzipBytes / 1000)} kB`)
          .join(', ')}`,
      });
    });
  } finally {
    for (const child of children) await child.stop().catch(() => undefined);
    for (const cleanup of cleanups.reverse())
      await Promise.resolve(cleanup()).catch(() => undefined);
    await pool.end().catch(() => undefined);
    await ds.destroy().catch(() => undefined);
    await db
      .drop()
      .catch((err: unknown) => log(`Could not drop the benchmark database: ${String(err)}`));
  }
  load.push(loadavg()[0]!);

  const report = renderReport({
    rows,
    notes,
    startedAt,
    totalSeconds: (performance.now() - benchStarted) / 1000,
    timings,
    pgVersion,
    dbDescription: db.describe.replace(/, data in .*$/, ''),
    load,
    scale: scale!,
    caseloadStatements,
  });
  const file = join(repoRoot, 'docs/benchmarks.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, keepAnalysis(report, previous));
  log(
    `\n${table(rows)}\n\nWrote docs/benchmarks.md in ${((performance.now() - benchStarted) / 1000).toFixed(0)} s.`,
  );
}

function throughputRow(figure: string, s: PairedSummary, target: number): Row {
  return {
    figure,
    hearth: fmt(s.a),
    baseline: fmt(s.b),
    ratio: s.ratio,
    target: `≥ ${target.toFixed(2)}`,
    met: s.ratio >= target,
    note: `per-round ratios ${s.ratios.map((r) => fmt(r, 2)).join(', ')}`,
  };
}

function table(rows: Row[]): string {
  const mark = (met: boolean | null) => (met === null ? '' : met ? 'met' : '**missed**');
  return [
    '| figure | Hearth | baseline | ratio | target | |',
    '|---|---:|---:|---:|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.figure} | ${r.hearth} | ${r.baseline} | ${r.ratio === null ? '' : fmt(r.ratio)} | ${r.target} | ${mark(r.met)} |`,
    ),
  ].join('\n');
}

const ANALYSIS_START = '<!-- analysis:start -->';
const ANALYSIS_END = '<!-- analysis:end -->';

/** The hand-written analysis survives a re-run; everything else is regenerated. */
function keepAnalysis(report: string, previous: string): string {
  const start = previous.indexOf(ANALYSIS_START);
  const end = previous.indexOf(ANALYSIS_END);
  if (start < 0 || end < start) return report;
  const analysis = previous.slice(start, end + ANALYSIS_END.length);
  return report.replace(`${ANALYSIS_START}\n${ANALYSIS_END}`, analysis);
}

function renderReport(r: {
  rows: Row[];
  notes: string[];
  startedAt: Date;
  totalSeconds: number;
  timings: Record<string, number>;
  pgVersion: string;
  dbDescription: string;
  load: number[];
  scale: ScaleSeedReport;
  caseloadStatements: string[];
}): string {
  const cpu = cpus();
  const isTable = (name: string) => !/^(indexes|foreign keys|vacuum|delete)/.test(name);
  const seedRows = r.scale.steps.filter((s) => !s.name.startsWith('delete'));
  return `# Benchmarks

Generated by \`npm run bench\` (apps/api/src/bench/run-bench.ts) on ${r.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.
Re-run it to refresh every number below; only the analysis section is written by hand.

## Machine

| | |
|---|---|
| CPU | ${cpu.length} × ${cpu[0]?.model ?? 'unknown'} |
| memory | ${(totalmem() / 2 ** 30).toFixed(1)} GiB |
| Node.js | ${process.version} |
| PostgreSQL | ${r.pgVersion} (${r.dbDescription}) |
| load average (1 min) at start / end | ${r.load.map((l) => l.toFixed(2)).join(' / ')} |
| benchmark runtime | ${r.totalSeconds.toFixed(0)} s (${Object.entries(r.timings)
    .map(([k, v]) => `${k} ${v.toFixed(0)} s`)
    .join(', ')}) |

## Figures

Every ratio is Hearth ÷ baseline, both measured in this run, interleaved (A, B, A, B …),
median of ${ROUNDS} per-round ratios. Load runs: ${SECONDS} s, ${CONNECTIONS} connections, loopback.

${table(r.rows)}

Notes per figure:

${r.rows.map((row) => `- ${row.figure}: ${row.note ?? ''}`).join('\n')}
${r.notes.map((n) => `- ${n}`).join('\n')}

${ANALYSIS_START}
${ANALYSIS_END}

## Method

- **Database.** Its own: a fresh embedded PostgreSQL in a temporary directory (or a fresh
  database on \`DATABASE_URL\`'s server), migrated, with clinics seeded by the scale seeder
  (\`apps/api/src/scale\`): "Bench Caseload 10" and "Bench Caseload 200" (one coach each)
  and "${SCALE_CLINIC_NAME}" with ${r.scale.couples.toLocaleString('en-US')} couples. Sessions are
  inserted directly (token hashes), so no figure includes argon2 sign-ins.
- **(a) statements.** The API runs in-process with a TypeORM logger passed through
  \`DataSourceSettings.logger\` that counts every statement; each GraphQL request is sent
  alone and the statements it caused are counted (session lookup included). The baseline
  is the hand-written endpoint of (b), counted the same way: one statement for the session
  and one for the whole caseload.
- **(b) caseload throughput.** \`POST /graphql\` with the coach's session cookie,
  \`myCouples { id label status partnerA { displayName status } partnerB { displayName status }
  homeworkSummary { dueThisWeek doneThisWeek overdue unreviewed } }\` — flags left out of both
  sides — against a node:http + pg server (\`bench/caseload-baseline.ts\`) answering the same
  JSON (checked equal, up to the order of equal labels). Both run as separate Node processes
  with a pool of 10 connections; autocannon drives them from the benchmark process. The API
  runs as \`npm start\` does it (\`dist/api/…/main.js\`, NODE_ENV=production).
- **(c) dashboard.** One \`clinicDashboard(period: { preset: LAST_26_WEEKS })\` request with
  every field, as the clinic admin, timed end to end, against the same totals computed by
  full-scan GROUP BYs straight from the base tables (\`bench/dashboard-baseline.ts\`, three
  statements run concurrently over a pool). The totals of both are compared. When one
  pair takes longer than ${DASHBOARD_BUDGET_SECONDS / ROUNDS} s, fewer rounds are run (never fewer than three).
- **(d) check-ins.** \`fileCheckin\` through \`POST /graphql\`, every request as another
  partner of an open couple of the scale clinic (each with their own session), ~10 % of the
  requests re-filing for a partner who already filed that day (an update), against the same
  \`INSERT … ON CONFLICT … DO UPDATE … RETURNING\` the service sends, straight over pg with
  10 connections and the same partner sequence. Today's check-ins are deleted before each run
  so both sides start from the same state.
- **(e) JavaScript.** Chromium (\`/usr/bin/chromium\`, headless) opens the page from the
  API's static server and every JavaScript response it receives is gzipped (zlib default
  level) and summed, lazy route chunks included (kB = 1000 bytes). The coach route is opened
  signed in as the 10-couple coach. The baseline is a React 19 page rendering one heading,
  built by Vite with apps/web's build settings (plugin-react, production, sourcemaps) in a
  temporary directory.
- Targets are reported, never asserted.

## Scale data (${r.scale.couples.toLocaleString('en-US')} couples, seeded in this run)

| table | rows | seconds |
|---|---:|---:|
${seedRows
  .map(
    (s) =>
      `| ${isTable(s.name) ? s.name : `*${s.name}*`} | ${isTable(s.name) ? s.rows.toLocaleString('en-US') : ''} | ${(s.ms / 1000).toFixed(1)} |`,
  )
  .join('\n')}
| **total** | ${seedRows.reduce((n, s) => n + s.rows, 0).toLocaleString('en-US')} | ${(r.scale.totalMs / 1000).toFixed(1)} |

${r.scale.coaches} coaches, one admin, both partners of every couple ACTIVE; data up to
yesterday (${r.scale.today} is "today"). See \`npm run seed:scale\` and the seeder's header
comment for what the rows contain.

## Statements the API sends for one caseload request (200 couples, no flags)

${r.caseloadStatements.map((s, i) => `${i + 1}. \`${s.slice(0, 110).replace(/`/g, "'")}${s.length > 110 ? '…' : ''}\``).join('\n')}
`;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
