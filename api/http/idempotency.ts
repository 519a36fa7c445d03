import { createHash, randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { ApiDeps } from '../deps';
import { ProblemError } from './problem';
import type { FieldBinding } from '../../platform/crypto/field-cipher';
import { idempotentRequestId } from '../../platform/crypto/encrypted-columns';

/**
 * `Idempotency-Key` on every change an account makes (POST, PUT, PATCH, DELETE): the first request
 * with a key runs and its answer is kept (encrypted, a day); the same key again from the same
 * account gets that answer back, without running anything, marked `Idempotent-Replayed: true`.
 * The same key with another request is a 422; while the first is still running, a 409. A request
 * that fails leaves no trace, so its retry runs for real: our errors mean nothing was written.
 *
 * Why here and not per route: a client that retries after a timeout ("did my worker get
 * registered?") must be safe on every route that creates or changes something, and the routes
 * stay thin. The row is claimed before the handler runs (insert … on conflict do nothing), so two
 * identical requests racing each other cannot both run.
 *
 * A claim is a lease (`lease_until`, PostgreSQL's clock), held by one run (`claim_token`): the run
 * renews it while its handler works, and lets it go (its answer kept, or the row deleted) when it
 * ends. A claim whose lease has lapsed belongs to a run that can no longer be going on — its
 * process died, or it ended and could not say so because the database was down — and the next
 * request with the key takes it over at once, instead of waiting ten minutes. Every later
 * statement of a run names its token, so a run that lost its claim can neither renew, keep nor
 * release the claim of the run that took it over. A run that ended while the database was down
 * keeps trying to let its claim go, and does so within a second or two of the database's return.
 */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY = /^[A-Za-z0-9._:-]{8,200}$/;
/** Answers are kept a day. */
const KEEP = "interval '24 hours'";
/**
 * How long a claim holds without being renewed. A run renews it every RENEW_EVERY_MS while its
 * handler works, so only a run that is gone — or cut off from the database for a whole lease while
 * its handler still waits on something else — lets it lapse.
 */
export const CLAIM_LEASE_SECONDS = 60;
const LEASE = `interval '${CLAIM_LEASE_SECONDS} seconds'`;
const RENEW_EVERY_MS = 15_000;
/** Claims written before leases existed lapse as they did then: ten minutes after they were made. */
const LAPSED = `(status is null and coalesce(lease_until, created_at + interval '10 minutes') < now())`;

export type Claim = { kind: 'run'; token: string } | { kind: 'replay'; status: number; body: unknown };
type Db = Pick<ApiDeps, 'orm' | 'cipher'>;

const keyProblem = (code: string, status: number, title: string, message: string) =>
  new ProblemError(status, code, title, message, [{ field: 'Idempotency-Key', code, message }]);

/** What identifies "the same request": method, path with its query, and the JSON body. */
export function requestHashOf(method: string, originalUrl: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${originalUrl}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
}

/** Claims the key for this request, or answers what to do instead. Null: no key was sent. */
export async function claimIdempotencyKey(deps: Db, req: Request, caller: string): Promise<Claim | null> {
  const key = req.get(IDEMPOTENCY_HEADER);
  if (key === undefined) return null;
  if (!KEY.test(key)) throw keyProblem('invalid-idempotency-key', 400, 'Invalid request', 'must be 8 to 200 letters, digits or . _ : -');
  const hash = requestHashOf(req.method, req.originalUrl, req.body);
  const conn = deps.orm.em.getConnection();
  const token = randomUUID();
  for (;;) {
    const inserted = await conn.execute(
      `insert into idempotent_request (caller, key, request_hash, status, answer_cipher, created_at, claim_token, lease_until)
       values (?, ?, ?, null, null, now(), ?, now() + ${LEASE}) on conflict do nothing returning key`,
      [caller, key, hash, token],
    );
    if (inserted.length > 0) return { kind: 'run', token };
    // Taken over: a claim of this same request whose lease lapsed (its run is over), or an answer older than a day (forgotten).
    // Old rows are purged away from the request path (the worker's house-keeping), so these are rare.
    const taken = await conn.execute(
      `update idempotent_request set request_hash = ?, status = null, answer_cipher = null, created_at = now(), claim_token = ?, lease_until = now() + ${LEASE}
       where caller = ? and key = ? and ((${LAPSED} and request_hash = ?) or (status is not null and created_at < now() - ${KEEP})) returning key`,
      [hash, token, caller, key, hash],
    );
    if (taken.length > 0) return { kind: 'run', token };
    const [row] = await conn.execute<{ request_hash: string; status: number | null; answer_cipher: string | null }[]>(
      'select request_hash, status, answer_cipher from idempotent_request where caller = ? and key = ?',
      [caller, key],
    );
    // Gone between the statements (its run failed and let it go): claim it again.
    if (!row) continue;
    if (row.request_hash !== hash)
      throw keyProblem('idempotency-key-reused', 422, 'Business rule not met', 'was already used for another request: use a new key for a new request');
    if (row.status === null) throw keyProblem('request-in-progress', 409, 'Conflict', 'names a request that is still running: ask again in a moment');
    return {
      kind: 'replay',
      status: row.status,
      body: row.answer_cipher ? JSON.parse(deps.cipher.decrypt(row.answer_cipher, answerField(caller, key))) : undefined,
    };
  }
}

const answerField = (caller: string, key: string): FieldBinding => ({
  table: 'idempotent_request',
  column: 'answer_cipher',
  id: idempotentRequestId(caller, key),
});

/** The run of a request that holds its key's claim: renews the lease while it works, then keeps its answer or lets the claim go. */
export interface HeldClaim {
  /** Keeps the answer of the request (status and body) for its retries. */
  keep(status: number, body: unknown): Promise<void>;
  /** Lets the claim go (the request failed, or answered something not kept, a file), so that a retry runs for real. */
  release(): Promise<void>;
}

export interface ClaimOptions {
  renewEveryMs?: number;
  /** Waits between attempts to settle a claim while the database does not answer (tests shorten them). */
  settleRetryMs?: (attempt: number) => number;
  /** Called when a settling attempt failed (the logger; never the key or the answer). */
  onSettleFailure?: (what: 'keep' | 'release', attempt: number, err: unknown) => void;
}

const defaultSettleRetryMs = (attempt: number) => Math.min(500 * 2 ** attempt, 5_000);

export function holdClaim(deps: Db, req: Request, caller: string, token: string, opts: ClaimOptions = {}): HeldClaim {
  const key = req.get(IDEMPOTENCY_HEADER)!;
  const conn = () => deps.orm.em.getConnection();
  const renewal = setInterval(() => {
    conn()
      .execute(`update idempotent_request set lease_until = now() + ${LEASE} where caller = ? and key = ? and claim_token = ? and status is null`, [
        caller,
        key,
        token,
      ])
      // A renewal that fails is tried again at the next tick; if none lands for a whole lease, the claim lapses.
      .catch(() => undefined);
  }, opts.renewEveryMs ?? RENEW_EVERY_MS);
  renewal.unref();

  /**
   * Settles the claim now, or — the database not answering — again and again in the background
   * until it does: the request is over either way, and its claim must not outlive it. Resolves
   * once the first attempt is done, whatever it gave, so the answer is never held up.
   */
  const settle = async (what: 'keep' | 'release', statement: () => Promise<unknown>) => {
    clearInterval(renewal);
    const attempt = async (n: number): Promise<void> => {
      try {
        await statement();
      } catch (err) {
        opts.onSettleFailure?.(what, n, err);
        const lapsesAt = Date.now() + CLAIM_LEASE_SECONDS * 1000;
        const retry = (m: number) => {
          // Once the lease has lapsed the claim is let go anyway (or taken over): nothing left to settle.
          if (Date.now() > lapsesAt && what === 'release') return;
          setTimeout(
            () => {
              statement().catch((e: unknown) => {
                opts.onSettleFailure?.(what, m, e);
                retry(m + 1);
              });
            },
            (opts.settleRetryMs ?? defaultSettleRetryMs)(m),
          ).unref();
        };
        retry(n + 1);
      }
    };
    await attempt(0);
  };

  return {
    keep: (status, body) =>
      settle('keep', () =>
        conn().execute('update idempotent_request set status = ?, answer_cipher = ?, lease_until = null where caller = ? and key = ? and claim_token = ?', [
          status,
          body === undefined ? null : deps.cipher.encrypt(JSON.stringify(body), answerField(caller, key)),
          caller,
          key,
          token,
        ]),
      ),
    release: () =>
      settle('release', () =>
        conn().execute('delete from idempotent_request where caller = ? and key = ? and claim_token = ? and status is null', [caller, key, token]),
      ),
  };
}
