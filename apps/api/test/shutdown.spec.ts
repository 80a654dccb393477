import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { embeddedUrl } from '../src/database/embedded';
import { DEMO_PASSWORD } from '../src/seed/demo-seed';
import {
  buildApi,
  freePort,
  graphql,
  http,
  startApi,
  type ApiProcess,
} from './support/api-process';

/**
 * SIGTERM while requests are running, against the built server in a child process: the
 * requests finish, new connections are refused, the process exits 0, and an embedded
 * PostgreSQL it started is gone afterwards, even one restarted from outside meanwhile.
 */
jest.setTimeout(180_000);

const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { id } } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting');
    await sleep(50);
  }
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(false);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => done(err.code === 'ECONNREFUSED'));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function signIn(port: number): Promise<string> {
  const res = await graphql(port, LOGIN, { e: 'maya@riverside.example', p: DEMO_PASSWORD });
  const cookie = [res.headers['set-cookie'] ?? []].flat()[0];
  if (!cookie) throw new Error(`Sign-in failed: ${res.body}`);
  return cookie.split(';')[0]!;
}

/**
 * Holds an exclusive lock on the sessions table, so every signed-in request waits in a real
 * query (reading its session) until the test lets go. A second connection watches: polling
 * from the locking transaction itself kept the app's new pool connections from starting.
 */
async function lockSessions(databaseUrl: string) {
  const client = new Client({ connectionString: databaseUrl });
  const observer = new Client({ connectionString: databaseUrl });
  // A server that goes away under the test fails its assertions, not the whole run.
  for (const c of [client, observer]) c.on('error', () => undefined);
  await client.connect();
  await observer.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE');
  return {
    async waiting(): Promise<number> {
      const rows = await observer.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
      );
      return rows.rows[0]!.n;
    },
    async release(): Promise<void> {
      await client.query('COMMIT');
      await client.end();
      await observer.end();
    },
  };
}

/**
 * Ten signed-in reads wait on the lock; SIGTERM arrives; the lock is let go two seconds
 * later. An idle keep-alive connection is open the whole time and must not hold anything.
 */
async function sigtermDuringTenSlowReads(api: ApiProcess, databaseUrl: string): Promise<void> {
  const cookie = await signIn(api.port);
  const idle = new Agent({ keepAlive: true });
  expect((await http(api.port, { path: '/health' }, idle)).status).toBe(200);

  const lock = await lockSessions(databaseUrl);
  const busy = new Agent({ keepAlive: true, maxSockets: 10 });
  const reads = Array.from({ length: 10 }, () =>
    graphql(api.port, '{ me { id email } }', {}, { cookie }, busy),
  );
  await until(async () => (await lock.waiting()) >= 10);

  const signalled = Date.now();
  api.child.kill('SIGTERM');
  await until(() => refusesConnections(api.port), 2_000);
  await sleep(2_000);
  expect(api.child.exitCode).toBeNull();
  await lock.release();

  const results = await Promise.all(reads);
  expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
  for (const r of results) {
    const body = JSON.parse(r.body) as { data?: { me?: { email: string } } };
    expect(body.data?.me?.email).toBe('maya@riverside.example');
  }
  expect(await api.exited).toBe(0);
  expect(Date.now() - signalled).toBeLessThan(10_000);
  idle.destroy();
  busy.destroy();
}

describe('graceful shutdown', () => {
  let build: ReturnType<typeof buildApi>;
  beforeAll(() => {
    build = buildApi();
  });
  afterAll(() => build?.remove());

  describe('with DATABASE_URL', () => {
    const serverUrl = process.env.HEARTH_TEST_SERVER_URL!;
    const name = `hearth_t_${randomBytes(5).toString('hex')}`;
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    let api: ApiProcess | undefined;
    beforeAll(async () => {
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.HEARTH_TEST_TEMPLATE}`);
      await admin.end();
    });
    afterAll(async () => {
      if (api?.child.exitCode === null) api.child.kill('SIGKILL');
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });

    it('finishes the requests in flight, refuses new connections and exits 0', async () => {
      api = await startApi(build.main, { DATABASE_URL: url.toString() });
      await sigtermDuringTenSlowReads(api, url.toString());
      expect(api.output()).toContain('finishing 10 request(s) in flight');
    });
  });

  // The restart from outside re-runs the postmaster's own command line, read from /proc.
  (process.platform === 'linux' ? describe : describe.skip)('with the embedded PostgreSQL', () => {
    const dataRoot = mkdtempSync(join(tmpdir(), 'hearth-shutdown-'));
    const dataDir = join(dataRoot, 'pg');
    let api: ApiProcess | undefined;
    let postmaster: number | undefined;
    afterEach(() => {
      if (api?.child.exitCode === null) api.child.kill('SIGKILL');
      if (postmaster && alive(postmaster)) process.kill(postmaster, 'SIGKILL');
    });
    afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

    const pidOnFile = () =>
      Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

    async function start(): Promise<{ api: ApiProcess; pgPort: number; url: string }> {
      const pgPort = await freePort(47000);
      api = await startApi(build.main, { DATA_DIR: dataRoot, EMBEDDED_PG_PORT: String(pgPort) });
      postmaster = pidOnFile();
      return { api, pgPort, url: embeddedUrl(pgPort, 'hearth') };
    }

    async function expectPostgresGone(pgPort: number): Promise<void> {
      expect(alive(postmaster!)).toBe(false);
      expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
      expect(await refusesConnections(pgPort)).toBe(true);
    }

    it('drains while PostgreSQL is still up, then stops it', async () => {
      const { api, pgPort, url } = await start();
      await sigtermDuringTenSlowReads(api, url);
      await expectPostgresGone(pgPort);
    });

    it('stops the PostgreSQL serving its data directory after a restart from outside', async () => {
      const { api, pgPort, url } = await start();
      // Restart PostgreSQL behind the app's back: stop the postmaster it spawned and start
      // the same command again, as someone with a terminal would.
      const first = postmaster!;
      const argv = readFileSync(`/proc/${first}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const owner = readFileSync(`/proc/${first}/status`, 'utf8');
      const uid = Number(/^Uid:\s+(\d+)/m.exec(owner)![1]);
      const gid = Number(/^Gid:\s+(\d+)/m.exec(owner)![1]);
      process.kill(first, 'SIGINT');
      await until(() => !alive(first));
      const restarted = spawn(argv[0]!, argv.slice(1), {
        uid,
        gid,
        detached: true,
        stdio: 'ignore',
      });
      restarted.unref();
      postmaster = restarted.pid!;
      await until(async () => {
        const c = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
        try {
          await c.connect();
          await c.end();
          return true;
        } catch {
          return false;
        }
      });
      expect(pidOnFile()).toBe(postmaster);
      // The app's pool reconnects to the new server.
      await until(async () => (await http(api.port, { path: '/health' })).status === 200);

      await sigtermDuringTenSlowReads(api, url);
      await expectPostgresGone(pgPort);
      expect(api.output()).toContain('Stopped.');
    });
  });
});
