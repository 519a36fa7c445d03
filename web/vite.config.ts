import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web portal. `npm run web:build` writes web/dist, which the API serves at `/`;
 * `npm run web:dev` serves the pages with hot reload on :5173 and passes /api to the engine on :3000.
 * No inline script or style is emitted (the pages' CSP forbids them).
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, modulePreload: { polyfill: false }, sourcemap: false },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
});
