import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../src/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded';

declare global {
  var __HEARTH_EMBEDDED__: EmbeddedDatabase | undefined;
}

/**
 * Finds a real PostgreSQL (TEST_DATABASE_URL, else an embedded server started here), then
 * builds a template database with every migration applied. Each test file copies the
 * template into its own database, so files are isolated and never see each other's rows.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: join(mkdtempSync(join(tmpdir(), 'hearth-test-')), 'pg'),
      port: 15000 + Math.floor(Math.random() * 5000),
      database: 'postgres',
    });
    globalThis.__HEARTH_EMBEDDED__ = embedded;
    serverUrl = embedded.url;
  }
  const template = `hearth_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${template}`;
  const ds = createDataSource({ url: url.toString(), poolSize: 1 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'all' });
  await ds.destroy();
  process.env.HEARTH_TEST_SERVER_URL = serverUrl;
  process.env.HEARTH_TEST_TEMPLATE = template;
}
