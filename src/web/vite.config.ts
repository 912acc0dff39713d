// Builds the dashboard page into web-dist/ (served by `waymark serve`).
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../../web-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Charts load with their pages; the first page needs only Preact and the app.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 200,
  },
  logLevel: 'warn',
});
