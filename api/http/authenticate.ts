import type { Request } from 'express';
import { ROLES, type Principal, type Role } from '../../domain/access/roles';
import { TOKEN_PURPOSES } from '../../domain/access/token-purposes';
import type { ApiDeps } from '../deps';
import { problems } from './problem';
import type { TokenSigner } from '../../platform/crypto/tokens';

/** A bearer token for an account: who, and which session version of the account it belongs to. */
export function issueAccessToken(signer: TokenSigner, principal: Principal, ttlMinutes: number, sessionVersion: number): string {
  return signer.sign(
    { sub: principal.userId, purpose: TOKEN_PURPOSES.access, role: principal.role, name: principal.displayName, emp: principal.employerId, wrk: principal.workerId, sv: sessionVersion },
    ttlMinutes * 60,
  );
}

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
 * The principal of a bearer token; null when there is no Authorization header; 401 when it is
 * bad. The signature and expiry are not enough: the account is read (one query by primary key)
 * so a disabled account, a signed-out session (the session version moved on) or a deleted
 * account stops at once, and the role and the records the account is tied to come from the
 * database, not from the token.
 */
export async function principalFromRequest(req: Request, deps: Pick<ApiDeps, 'tokens' | 'orm'>): Promise<Principal | null> {
  const header = req.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw problems.unauthenticated('The Authorization header must be "Bearer <token>".');
  const claims = deps.tokens.verify(match[1]!, TOKEN_PURPOSES.access);
  if (!claims || typeof claims.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.sub)) throw problems.unauthenticated(INVALID);
  const rows: AccountRow[] = await deps.orm.em
    .getConnection()
    .execute('select role, display_name, employer_id, worker_id, disabled_at, session_version from user_account where id = ?', [claims.sub]);
  const account = rows[0];
  const sessionVersion = typeof claims.sv === 'number' ? claims.sv : 0;
  if (!account || account.disabled_at || account.session_version !== sessionVersion || !ROLES.includes(account.role as Role)) {
    throw problems.unauthenticated(INVALID);
  }
  return {
    userId: claims.sub,
    role: account.role as Role,
    displayName: account.display_name,
    employerId: account.employer_id,
    workerId: account.worker_id,
  };
}
