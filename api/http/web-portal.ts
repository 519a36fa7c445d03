import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `vite build` writes the portal (web/vite.config.ts). */
export const WEB_DIST_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

/**
 * The pages' policy: scripts and styles only from this origin (Vite emits files, never inline
 * code), API calls to this origin only, never framed, no plugins, no <base> games, forms post
 * only here.
 */
export const PORTAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_PAGES = ['/api/', '/docs', '/openapi.json', '/healthz', '/readyz'];

/**
 * Serves the built web portal at `/`: its hashed assets for a year, and index.html (never cached)
 * for every page path, so a deep link such as /worker/week or /approve opens the right page.
 * Without a build it says how to make one.
 */
export function webPortal(apiBase: string, distDir = WEB_DIST_DIR) {
  const assets = express.static(distDir, { index: false, maxAge: '365d', immutable: true });
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith(`${apiBase}/`) || NOT_PAGES.some((p) => req.path.startsWith(p))) {
      next();
      return;
    }
    res.setHeader('Content-Security-Policy', PORTAL_CSP);
    const index = join(distDir, 'index.html');
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web portal is not built yet: run `npm run web:build` (npm start builds it when it is missing).');
      return;
    }
    if (req.path.startsWith('/assets/')) {
      assets(req, res, next);
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.sendFile(index);
  };
}
