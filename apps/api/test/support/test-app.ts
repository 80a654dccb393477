import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { loadConfig, type SignInLimits } from '../../src/config/config';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/seed/demo-seed';

export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[] };
}

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GqlError[];
}

export interface TestApp {
  app: INestApplication;
  db: DataSource;
  /** A new cookie-keeping client, signed out. */
  agent(): TestAgent;
  /** A client signed in as the person (demo password unless given). */
  signIn(email: string, password?: string): Promise<TestAgent>;
  close(): Promise<void>;
}

/**
 * Starts the real API on a fresh database copied from the migrated template, with the demo
 * clinics seeded (the same data `npm start` shows). `env: 'production'` starts it with the
 * production configuration (the demo data is still seeded, as a test fixture).
 */
export async function startTestApp(
  options: {
    seed?: boolean;
    env?: 'test' | 'production';
    webDist?: string;
    signInLimits?: Partial<SignInLimits>;
    trustProxyHops?: number;
    /** Database connections of the app (5 unless given; the race tests use more). */
    poolSize?: number;
    /** An SMTP server (the tests' MailCatcher): the job workers run and deliver mail to it. */
    smtpUrl?: string;
  } = {},
): Promise<TestApp> {
  const serverUrl = process.env.HEARTH_TEST_SERVER_URL;
  const template = process.env.HEARTH_TEST_TEMPLATE;
  if (!serverUrl || !template) throw new Error('The jest global setup did not run.');
  const name = `hearth_t_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const testConfig = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://hearth.test',
    WEB_DIST: options.webDist ?? '/nonexistent',
  });
  const config =
    options.env === 'production'
      ? loadConfig({
          NODE_ENV: 'production',
          PUBLIC_URL: 'https://hearth.test',
          // A throwaway key: production refuses to start without one.
          SECRET_KEY: randomBytes(32).toString('hex'),
          SMTP_URL: options.smtpUrl ?? 'smtp://127.0.0.1:9',
          WEB_DIST: options.webDist ?? '/nonexistent',
        })
      : testConfig;
  config.signIn = { ...config.signIn, ...options.signInLimits };
  if (options.trustProxyHops !== undefined) config.trustProxyHops = options.trustProxyHops;
  // Mail is queued in every test; it is delivered only where a test gives an SMTP server.
  config.workers = options.smtpUrl !== undefined;
  config.mail = { ...config.mail, smtpUrl: options.smtpUrl ?? null, retryDelaySeconds: 1 };
  const app = await createApp(
    config,
    { url: url.toString(), poolSize: options.poolSize ?? 5 },
    { logger: false },
  );
  await app.init();
  const db = app.get(DataSource);
  if (options.seed !== false) await seedDemoIfEmpty(db, testConfig);
  const server = app.getHttpServer();
  return {
    app,
    db,
    agent: () => request.agent(server),
    async signIn(email: string, password = DEMO_PASSWORD) {
      const agent = request.agent(server);
      const res = await gql(
        agent,
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { id } } }',
        {
          e: email,
          p: password,
        },
      );
      if (res.errors) throw new Error(`Sign-in as ${email} failed: ${res.errors[0]?.message}`);
      return agent;
    },
    async close() {
      await app.close();
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Posts one GraphQL operation the way the web app does (JSON, so CSRF prevention passes). */
export async function gql<T = Record<string, unknown>>(
  agent: TestAgent,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResponse<T>> {
  const res = await agent
    .post('/graphql')
    .set('content-type', 'application/json')
    .send({ query, variables });
  return res.body as GqlResponse<T>;
}

export function errorCode(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

export function fieldErrors(res: GqlResponse<unknown>): Record<string, string> {
  return Object.fromEntries(
    (res.errors?.[0]?.extensions?.fields ?? []).map((f) => [f.field, f.message]),
  );
}

/** Looks up a demo couple's id by label, straight from the database. */
export async function coupleId(db: DataSource, label: string): Promise<string> {
  const rows: { id: string }[] = await db.query('SELECT id FROM couples WHERE label = $1', [label]);
  if (!rows[0]) throw new Error(`No couple ${label}`);
  return rows[0].id;
}
