import type { Request } from 'express';
import { ROLES, type Principal, type Role } from '../../domain/access/roles';
import { TOKEN_PURPOSES } from '../../domain/access/token-purposes';
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

export function issueAccessToken(signer: TokenSigner, principal: Principal, ttlMinutes: number): string {
  return signer.sign(
    { sub: principal.userId, purpose: TOKEN_PURPOSES.access, role: principal.role, name: principal.displayName, emp: principal.employerId, wrk: principal.workerId },
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

/**
 * The principal of a bearer token, else of the portal's session cookie; null when there is
 * neither; 401 when the one given is bad or expired (code `session-expired` for the cookie, so
 * the portal can say so).
 */
export function principalFromRequest(req: Request, signer: TokenSigner): Principal | null {
  const header = req.get('authorization');
  let claims;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw problems.unauthenticated('The Authorization header must be "Bearer <token>".');
    claims = signer.verify(match[1]!, TOKEN_PURPOSES.access);
    if (!claims) throw problems.unauthenticated('The token is invalid or has expired; sign in again.');
  } else {
    const token = cookieToken(req);
    if (!token) return null;
    if (!SAFE_METHODS.has(req.method) && req.get(PORTAL_HEADER) !== '1') {
      throw problems.forbidden(`A change made with the session cookie must carry the ${PORTAL_HEADER} header.`);
    }
    claims = signer.verify(token, TOKEN_PURPOSES.access);
    if (!claims) throw problems.sessionExpired();
  }
  if (!ROLES.includes(claims.role as Role)) throw problems.unauthenticated('The token is invalid or has expired; sign in again.');
  return {
    userId: claims.sub,
    role: claims.role as Role,
    displayName: String(claims.name ?? ''),
    employerId: typeof claims.emp === 'string' ? claims.emp : null,
    workerId: typeof claims.wrk === 'string' ? claims.wrk : null,
  };
}
