import type { Request } from 'express';
import { ROLES, type Principal, type Role } from '../../domain/access/roles';
import { TOKEN_PURPOSES } from '../../domain/access/token-purposes';
import type { ApiDeps } from '../deps';
import { problems } from './problem';
import type { TokenSigner } from '../../platform/crypto/tokens';

/**
 * The web portal's session: the same signed access token, kept in an HttpOnly, SameSite=Strict
 * cookie scoped to the API, so no script of the page can read it (no localStorage) and no other
 * site can send it. Requests that change something with the cookie must also carry
 * PORTAL_HEADER, which a cross-site form cannot set: defence in depth beside SameSite.
 */
export const SESSION_COOKIE = 'tc_session';
export const PORTAL_HEADER = 'x-talentcoop-portal';

/** A bearer token for an account: who, and which session version of the account it belongs to. */
export function issueAccessToken(signer: TokenSigner, principal: Principal, ttlMinutes: number, sessionVersion: number): Promise<string> {
  return signer.sign(
    {
      sub: principal.userId,
      purpose: TOKEN_PURPOSES.access,
      role: principal.role,
      name: principal.displayName,
      emp: principal.employerId,
      wrk: principal.workerId,
      sv: sessionVersion,
    },
    ttlMinutes * 60,
  );
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean, apiBase: string): string {
  return `${SESSION_COOKIE}=${token}; Path=${apiBase}; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

function cookieToken(req: Request): string | null {
  const header = req.get('cookie');
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const INVALID = 'The token is invalid or has expired; sign in again.';

interface AccountRow {
  role: string;
  display_name: string;
  employer_id: string | null;
  worker_id: string | null;
  disabled_at: Date | null;
  session_version: number;
}

/**
 * The principal of a bearer token, else of the portal's session cookie; null when there is
 * neither; 401 when the one given is bad (code `session-expired` for the cookie, so the portal
 * can say so). The signature and expiry are not enough: the account is read (one query by
 * primary key) so a disabled account, a signed-out session (the session version moved on) or a
 * deleted account stops at once, and the role and the records the account is tied to come from
 * the database, not from the token.
 */
export async function principalFromRequest(req: Request, deps: Pick<ApiDeps, 'tokens' | 'orm'>): Promise<Principal | null> {
  const header = req.get('authorization');
  const fromCookie = !header;
  let token: string;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw problems.unauthenticated('The Authorization header must be "Bearer <token>".');
    token = match[1]!;
  } else {
    const cookie = cookieToken(req);
    if (!cookie) return null;
    if (!SAFE_METHODS.has(req.method) && req.get(PORTAL_HEADER) !== '1') {
      throw problems.forbidden(`A change made with the session cookie must carry the ${PORTAL_HEADER} header.`);
    }
    token = cookie;
  }
  const principal = await principalOfAccessToken(token, deps);
  if (!principal) throw fromCookie ? problems.sessionExpired() : problems.unauthenticated(INVALID);
  return principal;
}

/**
 * The principal of an access token, or null when its signature, expiry or purpose fails, or its
 * account is gone, disabled or signed out since (the session version moved on). Shared with the
 * Temporal codec server, which admits administrators only.
 */
export async function principalOfAccessToken(token: string, deps: Pick<ApiDeps, 'tokens' | 'orm'>): Promise<Principal | null> {
  const claims = await deps.tokens.verify(token, TOKEN_PURPOSES.access);
  if (!claims || typeof claims.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.sub)) return null;
  const rows: AccountRow[] = await deps.orm.em
    .getConnection()
    .execute('select role, display_name, employer_id, worker_id, disabled_at, session_version from user_account where id = ?', [claims.sub]);
  const account = rows[0];
  const sessionVersion = typeof claims.sv === 'number' ? claims.sv : 0;
  if (!account || account.disabled_at || account.session_version !== sessionVersion || !ROLES.includes(account.role as Role)) return null;
  return {
    userId: claims.sub,
    role: account.role as Role,
    displayName: account.display_name,
    employerId: account.employer_id,
    workerId: account.worker_id,
  };
}
