import { createHash, createHmac } from 'node:crypto';
import { decodeProtectedHeader, errors, jwtVerify, SignJWT, type JWTVerifyOptions, type ProtectedHeaderParameters } from 'jose';
import { TOKEN_PURPOSES } from '../../domain/access/token-purposes';
import type { AppConfig } from '../config';

/**
 * Signed, expiring tokens (JWT, HS256, signed and verified by `jose`). Used for bearer tokens
 * after sign-in and, with another purpose, for single-purpose links (approval links,
 * invitations). Verification checks signature, expiry and purpose.
 *
 * - **One secret per purpose**: sessions, approval links and invitations are signed with keys of
 *   their own (AUTH_SESSION_SECRET, AUTH_APPROVAL_LINK_SECRET, AUTH_INVITATION_SECRET), so a
 *   leaked link secret forges no session. A purpose without its own secret (outside production
 *   only) uses a key derived from AUTH_TOKEN_SECRET (HMAC-SHA256 over `talentcoop-token:<purpose>`).
 * - **A token names its purpose three times**: its type (`typ` header `tc-<purpose>+jwt`), its
 *   audience (`talentcoop:<purpose>`) and its `purpose` claim; a token of one purpose is refused
 *   for any other even where two purposes were given the same secret.
 * - **Key ids and rotation**: the header names the key (`kid`, a hash of it, which reveals
 *   nothing of it). A new secret signs from then on, while the purpose's previous secrets still
 *   verify what they signed: rotating does not sign everyone out or void the links already sent;
 *   removing an old secret does. An unknown key id is refused.
 * - **The two earlier formats** (`typ: JWT`, no audience: with the key id of AUTH_TOKEN_SECRET
 *   and its purpose key, or with no key id and the secret itself) are still accepted while
 *   AUTH_TOKEN_SECRET (or, for the first, AUTH_TOKEN_PREVIOUS_SECRETS) holds the secret that
 *   signed them: approval links and invitations live days, so deploying this voids none of them.
 */
export interface TokenClaims {
  sub: string;
  purpose: string;
  exp: number;
  iat: number;
  [claim: string]: unknown;
}

/** What a caller signs: the subject, the purpose and claims of its own; the signer adds the rest. */
export interface TokenInput {
  sub: string;
  purpose: string;
  [claim: string]: unknown;
}

export type TokenPurpose = (typeof TOKEN_PURPOSES)[keyof typeof TOKEN_PURPOSES];
const PURPOSES = Object.values(TOKEN_PURPOSES) as TokenPurpose[];

export interface SecretWithPrevious {
  secret: Buffer;
  previous?: readonly Buffer[];
}

export interface TokenSecrets {
  /** A purpose's own secret and the earlier ones still accepted for what they signed. */
  perPurpose?: Partial<Record<TokenPurpose, SecretWithPrevious>>;
  /** The single secret of the earlier setup (AUTH_TOKEN_SECRET): keys of purposes without their own, and the earlier formats. */
  shared?: SecretWithPrevious;
}

const ISSUER = 'talentcoop';
const LEGACY_TYP = 'JWT';
export const tokenTypeOf = (purpose: string) => `tc-${purpose}+jwt`;
export const audienceOf = (purpose: string) => `talentcoop:${purpose}`;

export const keyIdOf = (secret: Buffer) => createHash('sha256').update('talentcoop-token-kid:').update(secret).digest('hex').slice(0, 16);
const purposeKey = (secret: Buffer, purpose: string) => createHmac('sha256', secret).update(`talentcoop-token:${purpose}`).digest();

interface Keyring {
  activeKid: string;
  keys: Map<string, Buffer>;
}

function keyringOf(active: Buffer, previous: readonly Buffer[]): Keyring {
  const activeKid = keyIdOf(active);
  return { activeKid, keys: new Map([...previous.map((p) => [keyIdOf(p), p] as const), [activeKid, active]]) };
}

export class TokenSigner {
  private readonly rings = new Map<string, Keyring>();
  /** Earlier format with a key id: kid of a shared secret → that secret (its purpose key is derived at verification). */
  private readonly legacyShared = new Map<string, Buffer>();
  private readonly legacyRaw: Buffer | undefined;

  constructor(secrets: TokenSecrets) {
    const { perPurpose = {}, shared } = secrets;
    for (const purpose of PURPOSES) {
      const own = perPurpose[purpose];
      if (own) this.rings.set(purpose, keyringOf(own.secret, own.previous ?? []));
      else if (shared)
        this.rings.set(
          purpose,
          keyringOf(
            purposeKey(shared.secret, purpose),
            (shared.previous ?? []).map((p) => purposeKey(p, purpose)),
          ),
        );
      else throw new Error(`No secret for tokens of purpose ${purpose}, and no shared secret to derive one from`);
    }
    if (shared) for (const s of [shared.secret, ...(shared.previous ?? [])]) this.legacyShared.set(keyIdOf(s), s);
    this.legacyRaw = shared?.secret;
  }

  /** The signer of the configuration: each purpose's own secret, else a key derived from AUTH_TOKEN_SECRET. */
  static fromConfig(config: Pick<AppConfig, TokenSecretVariable>): TokenSigner {
    const perPurpose: Partial<Record<TokenPurpose, SecretWithPrevious>> = {};
    for (const purpose of PURPOSES) {
      const { secret, previous } = TOKEN_SECRET_VARIABLES[purpose];
      const value = config[secret];
      if (value) perPurpose[purpose] = { secret: value, previous: config[previous] };
    }
    const shared = config.AUTH_TOKEN_SECRET ? { secret: config.AUTH_TOKEN_SECRET, previous: config.AUTH_TOKEN_PREVIOUS_SECRETS } : undefined;
    return new TokenSigner({ perPurpose, ...(shared ? { shared } : {}) });
  }

  async sign(claims: TokenInput, ttlSeconds: number, nowMs = Date.now()): Promise<string> {
    const ring = this.rings.get(claims.purpose);
    if (!ring) throw new Error(`Unknown token purpose ${claims.purpose}`);
    const iat = Math.floor(nowMs / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: tokenTypeOf(claims.purpose), kid: ring.activeKid })
      .setIssuer(ISSUER)
      .setAudience(audienceOf(claims.purpose))
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttlSeconds)
      .sign(ring.keys.get(ring.activeKid)!);
  }

  /** The claims, or null when the token is malformed, forged, expired or for another purpose. */
  async verify(token: string, purpose: string, nowMs = Date.now()): Promise<TokenClaims | null> {
    const checked = await this.check(token, purpose, nowMs);
    return checked.ok ? checked.claims : null;
  }

  /** Like verify, but says why a token is refused: a link that expired deserves another answer than a forged one. */
  async check(token: string, purpose: string, nowMs = Date.now()): Promise<{ ok: true; claims: TokenClaims } | { ok: false; reason: 'invalid' | 'expired' }> {
    let header: ProtectedHeaderParameters;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    const chosen = this.keyFor(header, purpose);
    if (!chosen) return { ok: false, reason: 'invalid' };
    const options: JWTVerifyOptions = chosen.legacy
      ? { algorithms: ['HS256'], typ: LEGACY_TYP, currentDate: new Date(nowMs), requiredClaims: ['exp'] }
      : {
          algorithms: ['HS256'],
          typ: tokenTypeOf(purpose),
          audience: audienceOf(purpose),
          issuer: ISSUER,
          currentDate: new Date(nowMs),
          requiredClaims: ['exp', 'iat'],
        };
    try {
      const { payload } = await jwtVerify(token, chosen.key, options);
      if (payload.purpose !== purpose || typeof payload.sub !== 'string') return { ok: false, reason: 'invalid' };
      return { ok: true, claims: payload as TokenClaims };
    } catch (err) {
      return { ok: false, reason: err instanceof errors.JWTExpired && err.claim === 'exp' ? 'expired' : 'invalid' };
    }
  }

  /** The key a token's header asks for, for this purpose; null for an unknown key id, type or algorithm. */
  private keyFor(header: ProtectedHeaderParameters, purpose: string): { key: Buffer; legacy: boolean } | null {
    if (header.alg !== 'HS256') return null;
    if (header.typ === tokenTypeOf(purpose)) {
      const key = typeof header.kid === 'string' ? this.rings.get(purpose)?.keys.get(header.kid) : undefined;
      return key ? { key, legacy: false } : null;
    }
    if (header.typ !== LEGACY_TYP || !this.rings.has(purpose)) return null;
    if (header.kid === undefined) return this.legacyRaw ? { key: this.legacyRaw, legacy: true } : null;
    const secret = typeof header.kid === 'string' ? this.legacyShared.get(header.kid) : undefined;
    return secret ? { key: purposeKey(secret, purpose), legacy: true } : null;
  }
}

/** The configuration variables of each purpose's secret and its previous ones. */
export const TOKEN_SECRET_VARIABLES = {
  [TOKEN_PURPOSES.access]: { secret: 'AUTH_SESSION_SECRET', previous: 'AUTH_SESSION_PREVIOUS_SECRETS' },
  [TOKEN_PURPOSES.timesheetApproval]: { secret: 'AUTH_APPROVAL_LINK_SECRET', previous: 'AUTH_APPROVAL_LINK_PREVIOUS_SECRETS' },
  [TOKEN_PURPOSES.setPassword]: { secret: 'AUTH_INVITATION_SECRET', previous: 'AUTH_INVITATION_PREVIOUS_SECRETS' },
} as const satisfies Record<TokenPurpose, { secret: keyof AppConfig; previous: keyof AppConfig }>;

type TokenSecretVariable =
  | (typeof TOKEN_SECRET_VARIABLES)[TokenPurpose]['secret']
  | (typeof TOKEN_SECRET_VARIABLES)[TokenPurpose]['previous']
  | 'AUTH_TOKEN_SECRET'
  | 'AUTH_TOKEN_PREVIOUS_SECRETS';
