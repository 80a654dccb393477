/* global process, console */
// Starts the built API for the e2e run on a data directory of its own, and deletes that
// directory once the API has stopped (Playwright sends SIGTERM at the end of the run).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const entry = resolve('dist/api/apps/api/src/main.js');
if (!existsSync(entry) || !existsSync(resolve('dist/web/index.html'))) {
  console.error(
    'e2e: build first (nx run api:build && nx run web:build): dist/api or dist/web is missing.',
  );
  process.exit(1);
}

const dataDir = resolve(join('.data', `e2e-${Date.now()}`));
await mkdir(dataDir, { recursive: true });

const child = spawn(process.execPath, [entry], {
  env: { ...process.env, DATA_DIR: dataDir },
  stdio: 'inherit',
});

let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

child.on('exit', async (code) => {
  await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch((err) =>
    console.error(`e2e: could not remove ${dataDir}: ${err.message}`),
  );
  process.exit(stopping ? 0 : (code ?? 1));
});
