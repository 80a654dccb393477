import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { request, type Agent, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '../../../..');

/**
 * Compiles the API the way `nx run api:build` does, into a folder of its own under dist/
 * (inside the repository, so that node_modules resolve). Returns main.js and a cleanup.
 */
export function buildApi(): { main: string; remove(): void } {
  const out = join(repo, 'dist', `api-test-${randomBytes(4).toString('hex')}`);
  execFileSync(
    join(repo, 'node_modules/.bin/swc'),
    [
      'apps/api/src',
      'libs/domain/src',
      '-d',
      out,
      '--config-file',
      'apps/api/.swcrc',
      '--only',
      '**/*.ts',
      '--ignore',
      '**/*.spec.ts',
      '--quiet',
    ],
    { cwd: repo, stdio: 'pipe' },
  );
  return {
    main: join(out, 'apps/api/src/main.js'),
    remove: () => rmSync(out, { recursive: true, force: true }),
  };
}

/** A free loopback port in [from, from + 1000). */
export async function freePort(from: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = from + Math.floor(Math.random() * 1000);
    const free = await new Promise<boolean>((done) => {
      const probe = createServer();
      probe.once('error', () => done(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port from ${from}`);
}

export interface ApiProcess {
  child: ChildProcess;
  port: number;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** Starts main.js on 127.0.0.1 and waits until it says it is running. */
export async function startApi(
  main: string,
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<ApiProcess> {
  const port = await freePort(43000);
  const child = spawn(process.execPath, [main], {
    cwd: repo,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      WEB_DIST: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const started = Date.now();
  while (!out.includes('Hearth is running at')) {
    if (child.exitCode !== null) throw new Error(`The API exited early:\n${out}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`The API did not start in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port, output: () => out, exited };
}

export interface HttpResult {
  status: number;
  body: string;
  headers: IncomingHttpHeaders;
}

/** One HTTP request to the API on loopback, through `agent` (keep-alive when it is). */
export function http(
  port: number,
  options: { method?: string; path: string; body?: string; headers?: Record<string, string> },
  agent?: Agent,
): Promise<HttpResult> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        agent,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

/** POSTs one GraphQL operation as JSON. */
export function graphql(
  port: number,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
  agent?: Agent,
): Promise<HttpResult> {
  return http(
    port,
    {
      method: 'POST',
      path: '/graphql',
      body: JSON.stringify({ query, variables }),
      headers: { 'content-type': 'application/json', ...headers },
    },
    agent,
  );
}
