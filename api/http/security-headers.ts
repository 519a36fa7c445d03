import type { NextFunction, Request, Response } from 'express';

/**
 * Headers every response carries (no framework needed for so few): no MIME sniffing, never
 * framed, no referrer leaving with a link, no cross-origin reads or openers. API answers are
 * personal or internal — payslips, invoices, exports, files — so none is ever stored by a
 * browser or a proxy, and none may load or run anything (no sandbox directive: it would stop browsers' PDF viewers).
 */
export function securityHeaders(apiBase: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (req.path === apiBase || req.path.startsWith(`${apiBase}/`)) {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    }
    next();
  };
}
