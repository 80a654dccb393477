import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests of the real app: the built API (which also serves the built web app)
 * on a fresh database, driven in Debian's Chromium. Nothing is built here: run
 * `nx run api:build` and `nx run web:build` first (the repository's scripts do).
 *
 * Browsers are never downloaded: Chromium comes from the system (CHROMIUM_PATH to override).
 */
const port = Number(process.env.E2E_PORT ?? 3300);
const baseURL = `http://localhost:${port}`;
const databaseUrl = process.env.E2E_DATABASE_URL;

export default defineConfig({
  testDir: './src',
  outputDir: '../../test-results/web-e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /screenshots\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      // Not part of the e2e gate: `nx run web-e2e:screenshots` saves PNGs to look at.
      name: 'screenshots',
      testMatch: /screenshots\.spec\.ts/,
      use: { ...devices['Desktop Chrome'] },
    },
  ],
  webServer: {
    // The wrapper gives the API a fresh data directory and removes it afterwards.
    command: 'node apps/web-e2e/src/support/start-api.mjs',
    cwd: '../..',
    url: `${baseURL}/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: {
      PORT: String(port),
      NODE_ENV: 'test',
      SEED_DEMO: 'true',
      EMBEDDED_PG_PORT: process.env.E2E_EMBEDDED_PG_PORT ?? '5497',
      // An empty DATABASE_URL means "embedded"; the CI passes a fresh database instead.
      DATABASE_URL: databaseUrl ?? '',
      PUBLIC_URL: baseURL,
      // No SMTP_URL: the API runs its mail catcher (read at /dev/mail) on its own port.
      SMTP_URL: '',
      MAIL_CATCHER_PORT: process.env.E2E_MAIL_CATCHER_PORT ?? '1097',
    },
  },
});
