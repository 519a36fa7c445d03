import type { Request } from 'express';
import { ROLES, type Principal, type Role } from '../../domain/access/roles';
import { TOKEN_PURPOSES } from '../../domain/access/token-purposes';
import { problems } from './problem';
import type { TokenSigner } from '../../platform/crypto/tokens';


export function issueAccessToken(signer: TokenSigner, principal: Principal, ttlMinutes: number): string {
  return signer.sign(
    { sub: principal.userId, purpose: TOKEN_PURPOSES.access, role: principal.role, name: principal.displayName, emp: principal.employerId, wrk: principal.workerId },
    ttlMinutes * 60,
  );
}

/** The principal of a bearer token; null when there is no Authorization header; 401 when it is bad. */
export function principalFromRequest(req: Request, signer: TokenSigner): Principal | null {
  const header = req.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw problems.unauthenticated('The Authorization header must be "Bearer <token>".');
  const claims = signer.verify(match[1]!, TOKEN_PURPOSES.access);
  if (!claims || !ROLES.includes(claims.role as Role)) throw problems.unauthenticated('The token is invalid or has expired; sign in again.');
  return {
    userId: claims.sub,
    role: claims.role as Role,
    displayName: String(claims.name ?? ''),
    employerId: typeof claims.emp === 'string' ? claims.emp : null,
    workerId: typeof claims.wrk === 'string' ? claims.wrk : null,
  };
}
