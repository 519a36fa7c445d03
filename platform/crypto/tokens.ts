import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring tokens (JWT, HS256). Used for bearer tokens after login and, with another
 * `purpose`, for single-purpose links. Verification checks signature, expiry and purpose.
 */
export interface TokenClaims {
  sub: string;
  purpose: string;
  exp: number;
  iat: number;
  [claim: string]: unknown;
}

const b64 = (v: string | Buffer) => Buffer.from(v).toString('base64url');
const HEADER = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export class TokenSigner {
  constructor(private readonly secret: Buffer) {}

  sign(claims: Omit<TokenClaims, 'iat' | 'exp'>, ttlSeconds: number, nowMs = Date.now()): string {
    const iat = Math.floor(nowMs / 1000);
    const body = b64(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds }));
    return `${HEADER}.${body}.${this.signature(`${HEADER}.${body}`)}`;
  }

  /** The claims, or null when the token is malformed, forged, expired or for another purpose. */
  verify(token: string, purpose: string, nowMs = Date.now()): TokenClaims | null {
    const checked = this.check(token, purpose, nowMs);
    return checked.ok ? checked.claims : null;
  }

  /** Like verify, but says why a token is refused: a link that expired deserves another answer than a forged one. */
  check(token: string, purpose: string, nowMs = Date.now()): { ok: true; claims: TokenClaims } | { ok: false; reason: 'invalid' | 'expired' } {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'invalid' };
    const expected = Buffer.from(this.signature(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]!);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
    let claims: TokenClaims;
    try {
      claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as TokenClaims;
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    if (claims.purpose !== purpose || typeof claims.exp !== 'number') return { ok: false, reason: 'invalid' };
    if (claims.exp * 1000 <= nowMs) return { ok: false, reason: 'expired' };
    return { ok: true, claims };
  }

  private signature(input: string): string {
    return createHmac('sha256', this.secret).update(input).digest('base64url');
  }
}
