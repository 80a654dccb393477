import { join } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../config/config';
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';

export interface ResolvedDatabase {
  url: string;
  /** Set when this process started the embedded server (and so must stop it). */
  embedded?: EmbeddedDatabase;
}

/** The database `npm start` uses, so every command talks to the same one. */
export const EMBEDDED_DATABASE = 'hearth';

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in DATA_DIR/pg on
 * EMBEDDED_PG_PORT, started here. Shared by the server and the CLIs (seed:scale).
 *
 * `reuseRunning`: a CLI run while `npm start` is up in another terminal would fail to start
 * a second server on the same data directory, so it first tries the one already listening.
 */
export async function resolveDatabase(
  config: AppConfig,
  options: {
    log?: (line: string) => void;
    reuseRunning?: boolean;
    appHandlesSignals?: boolean;
  } = {},
): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const url = embeddedUrl(config.embeddedPgPort, EMBEDDED_DATABASE);
  if (options.reuseRunning && (await answers(url))) {
    options.log?.(`Using the embedded PostgreSQL already running on port ${config.embeddedPgPort}`);
    return { url };
  }
  const dataDir = join(config.dataDir, 'pg');
  options.log?.(`DATABASE_URL is not set: starting the embedded PostgreSQL (data in ${dataDir})`);
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: config.embeddedPgPort,
    database: EMBEDDED_DATABASE,
    appHandlesSignals: options.appHandlesSignals,
  });
  return { url: embedded.url, embedded };
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
