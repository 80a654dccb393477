import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig(({ mode }) => {
  // Prefix '' reads every variable, so API_PORT works from the shell as well as from .env.
  const env = loadEnv(mode, repoRoot, '');
  // 127.0.0.1 rather than localhost: the API listens on IPv4 and Node may resolve
  // localhost to ::1 first.
  const apiTarget = `http://127.0.0.1:${env.API_PORT || '3000'}`;
  return {
    root: webRoot,
    plugins: [react()],
    resolve: {
      alias: {
        '@hearth/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
      },
    },
    server: {
      port: 4200,
      strictPort: true,
      fs: { allow: [repoRoot] },
      proxy: {
        '/graphql': { target: apiTarget, changeOrigin: false },
        // The CSV download (GET /api/clinic-dashboard.csv), same session cookie.
        '/api': { target: apiTarget, changeOrigin: false },
      },
    },
    preview: { port: 4300 },
    build: {
      outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
      emptyOutDir: true,
      sourcemap: true,
      chunkSizeWarningLimit: 700,
    },
  };
});
