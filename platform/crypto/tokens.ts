import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring tokens (JWT, HS256). Used for bearer tokens after login and, with another
 * `purpose`, for single-purpose links (approval links, invitations). Verification checks
 * signature, expiry and purpose.
 *
 * - **One key per purpose**: each purpose signs with its own key, derived from the secret
 *   (HMAC-SHA256 of the secret over `talentcoop-token:<purpose>`), so a token of one purpose can
 *   never pass for another, even if its claims were rewritten.
 * - **Key ids and rotation**: the header names the secret's key id (`kid`, a hash of the secret,
 *   which reveals nothing of it). A new `AUTH_TOKEN_SECRET` signs from then on, while the secrets
 *   in `AUTH_TOKEN_PREVIOUS_SECRETS` still verify what they signed: rotating the secret does not
 *   sign everyone out or void the links already sent; removing an old secret does.
 * - Tokens of the earlier format (no `kid`, signed with the secret itself) are still accepted
 *   from the active secret until they expire, so deploying this changes nothing for the signed in.
 */
export interface TokenClaims {
  sub: string;
  purpose: string;
  exp: number;
  iat: number;
  [claim: string]: unknown;
}

const b64 = (v: string | Buffer) => Buffer.from(v).toString('base64url');
const LEGACY_HEADER = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export const keyIdOf = (secret: Buffer) => createHash('sha256').update('talentcoop-token-kid:').update(secret).digest('hex').slice(0, 16);
const purposeKey = (secret: Buffer, purpose: string) => createHmac('sha256', secret).update(`talentcoop-token:${purpose}`).digest();

export class TokenSigner {
  private readonly keys: Map<string, Buffer>;
  private readonly activeKid: string;

  constructor(
    private readonly secret: Buffer,
    previous: readonly Buffer[] = [],
  ) {
    this.activeKid = keyIdOf(secret);
    this.keys = new Map([[this.activeKid, secret], ...previous.map((p) => [keyIdOf(p), p] as const)]);
  }

  sign(claims: Omit<TokenClaims, 'iat' | 'exp'>, ttlSeconds: number, nowMs = Date.now()): string {
    const iat = Math.floor(nowMs / 1000);
    const header = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: this.activeKid }));
    const body = b64(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds }));
    return `${header}.${body}.${mac(purposeKey(this.secret, String(claims.purpose)), `${header}.${body}`)}`;
  }

  /** The claims, or null when the token is malformed, forged, expired or for another purpose. */
  verify(token: string, purpose: string, nowMs = Date.now()): TokenClaims | null {
    const checked = this.check(token, purpose, nowMs);
    return checked.ok ? checked.claims : null;
  }

  /** Like verify, but says why a token is refused: a link that expired deserves another answer than a forged one. */
  check(token: string, purpose: string, nowMs = Date.now()): { ok: true; claims: TokenClaims } | { ok: false; reason: 'invalid' | 'expired' } {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'invalid' };
    const key = this.keyFor(parts[0]!, purpose);
    if (!key) return { ok: false, reason: 'invalid' };
    const expected = Buffer.from(mac(key, `${parts[0]}.${parts[1]}`));
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

  /** The key a token's header asks for, for this purpose; null for an unknown key id or algorithm. */
  private keyFor(header: string, purpose: string): Buffer | null {
    if (header === LEGACY_HEADER) return this.secret;
    let parsed: { alg?: unknown; kid?: unknown };
    try {
      parsed = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as typeof parsed;
    } catch {
      return null;
    }
    if (parsed.alg !== 'HS256' || typeof parsed.kid !== 'string') return null;
    const secret = this.keys.get(parsed.kid);
    return secret ? purposeKey(secret, purpose) : null;
  }
}

function mac(key: Buffer, input: string): string {
  return createHmac('sha256', key).update(input).digest('base64url');
}
