import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';

/**
 * What a page really loads: the page is opened in Chromium and every JavaScript response
 * (entry, static imports, modulepreloads and the lazy chunks of the route) is gzipped
 * (zlib's default level, as a web server would send it) and summed. Counting what the
 * browser fetched needs no build manifest and cannot miss a chunk a route imports lazily.
 */

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PageScripts {
  url: string;
  /** Where the page ended up (a guard may have redirected it). */
  finalPath: string;
  files: { path: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Opens `url` (with an optional session cookie) and sums the JavaScript it loads. Done when
 * a script matching `mustLoad` (the route's own lazy chunk) has arrived and the network has
 * then been quiet for QUIET_MS: Playwright's "networkidle" (500 ms) fires too early on a busy
 * machine, while the entry chunk is still being parsed and before the route's chunks are
 * even requested.
 */
export async function scriptsOf(
  browser: Browser,
  url: string,
  options: { cookie?: { name: string; value: string }; mustLoad?: RegExp } = {},
): Promise<PageScripts> {
  const context = await browser.newContext();
  try {
    const origin = new URL(url);
    if (options.cookie) {
      await context.addCookies([
        {
          name: options.cookie.name,
          value: options.cookie.value,
          domain: origin.hostname,
          path: '/',
        },
      ]);
    }
    const page = await context.newPage();
    const pending: Promise<PageScripts['files'][number] | null>[] = [];
    let inFlight = 0;
    let lastActivity = Date.now();
    const paths: string[] = [];
    page.on('request', () => {
      inFlight++;
      lastActivity = Date.now();
    });
    const settled = () => {
      inFlight--;
      lastActivity = Date.now();
    };
    page.on('requestfinished', settled);
    page.on('requestfailed', settled);
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (!type.includes('javascript')) return;
      paths.push(new URL(response.url()).pathname);
      pending.push(
        response.body().then(
          (body) => ({
            path: new URL(response.url()).pathname,
            bytes: body.length,
            gzipBytes: gzipSync(body).length,
          }),
          () => null,
        ),
      );
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const routeLoaded = !options.mustLoad || paths.some((p) => options.mustLoad!.test(p));
      if (routeLoaded && inFlight <= 0 && Date.now() - lastActivity >= QUIET_MS) break;
      if (Date.now() > deadline) {
        throw new Error(`${url} did not settle (scripts: ${paths.join(', ')})`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const seen = new Map<string, PageScripts['files'][number]>();
    for (const file of await Promise.all(pending)) if (file) seen.set(file.path, file);
    const files = [...seen.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
    if (files.length === 0) throw new Error(`${url} loaded no JavaScript`);
    return {
      url,
      finalPath: new URL(page.url()).pathname,
      files,
      gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    };
  } finally {
    await context.close();
  }
}

const QUIET_MS = 2_500;

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static file server for a built app (index.html for unknown paths, like the API's). */
export function serveStatic(root: string): Server {
  return createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || path === '/')
      file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
}

/**
 * Builds the smallest React 19 page with Vite and the same build settings as apps/web
 * (plugin-react, production mode, sourcemaps), in a temporary directory that borrows the
 * repository's node_modules. Returns the built directory and a cleanup.
 */
export async function buildReactOnlyPage(
  repoRoot: string,
): Promise<{ dist: string; cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-react-only-'));
  mkdirSync(join(dir, 'src'));
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>React only</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`,
  );
  writeFileSync(
    join(dir, 'src', 'main.tsx'),
    `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>Hello</h1>
  </StrictMode>,
);
`,
  );
  writeFileSync(
    join(dir, 'vite.config.mjs'),
    `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 700 },
});
`,
  );
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build'],
      {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (${code}):\n${output}`)),
    );
  });
  return { dist: join(dir, 'dist'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
