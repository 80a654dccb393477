import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

// Unit tests of the web app (Testing Library in jsdom); the browser tests are in apps/web-e2e.
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: {
      // The same as vite.config.ts: the domain library from source.
      '@hearth/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Mantine's CSS is not needed to test behaviour.
    css: false,
    // A form filled in tap by tap takes a few seconds in jsdom, more while `npm test` also
    // typechecks and lints in parallel.
    testTimeout: 20_000,
  },
});
