import { createHash } from 'node:crypto';
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
 */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY = /^[A-Za-z0-9._:-]{8,200}$/;
const KEEP = "interval '24 hours'";

export type Claim = { kind: 'run' } | { kind: 'replay'; status: number; body: unknown };

const keyProblem = (code: string, status: number, title: string, message: string) =>
  new ProblemError(status, code, title, message, [{ field: 'Idempotency-Key', code, message }]);

/** Claims the key for this request, or answers what to do instead. Null: no key was sent. */
export async function claimIdempotencyKey(deps: Pick<ApiDeps, 'orm' | 'cipher'>, req: Request, caller: string): Promise<Claim | null> {
  const key = req.get(IDEMPOTENCY_HEADER);
  if (key === undefined) return null;
  if (!KEY.test(key)) throw keyProblem('invalid-idempotency-key', 400, 'Invalid request', 'must be 8 to 200 letters, digits or . _ : -');
  const hash = createHash('sha256')
    .update(`${req.method} ${req.originalUrl}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
  const conn = deps.orm.em.getConnection();
  // Answers are kept a day; a claim whose request never finished (a process killed mid-way) is let go after ten minutes.
  await conn.execute(`delete from idempotent_request where created_at < now() - ${KEEP} or (status is null and created_at < now() - interval '10 minutes')`);
  const inserted = await conn.execute(
    'insert into idempotent_request (caller, key, request_hash, status, answer_cipher, created_at) values (?, ?, ?, null, null, now()) on conflict do nothing returning key',
    [caller, key, hash],
  );
  if (inserted.length > 0) return { kind: 'run' };
  const [row] = await conn.execute<{ request_hash: string; status: number | null; answer_cipher: string | null }[]>(
    'select request_hash, status, answer_cipher from idempotent_request where caller = ? and key = ?',
    [caller, key],
  );
  if (!row) return claimIdempotencyKey(deps, req, caller);
  if (row.request_hash !== hash)
    throw keyProblem('idempotency-key-reused', 422, 'Business rule not met', 'was already used for another request: use a new key for a new request');
  if (row.status === null) throw keyProblem('request-in-progress', 409, 'Conflict', 'names a request that is still running: ask again in a moment');
  return {
    kind: 'replay',
    status: row.status,
    body: row.answer_cipher ? JSON.parse(deps.cipher.decrypt(row.answer_cipher, answerField(caller, key))) : undefined,
  };
}

const answerField = (caller: string, key: string): FieldBinding => ({
  table: 'idempotent_request',
  column: 'answer_cipher',
  id: idempotentRequestId(caller, key),
});

/** Keeps the answer of a request that ran with a key. */
export async function keepIdempotentAnswer(deps: Pick<ApiDeps, 'orm' | 'cipher'>, req: Request, caller: string, status: number, body: unknown): Promise<void> {
  await deps.orm.em
    .getConnection()
    .execute('update idempotent_request set status = ?, answer_cipher = ? where caller = ? and key = ?', [
      status,
      body === undefined ? null : deps.cipher.encrypt(JSON.stringify(body), answerField(caller, req.get(IDEMPOTENCY_HEADER)!)),
      caller,
      req.get(IDEMPOTENCY_HEADER)!,
    ]);
}

/** Forgets the key of a request that failed (or answered a file), so that a retry runs for real. */
export async function releaseIdempotencyKey(deps: Pick<ApiDeps, 'orm'>, req: Request, caller: string): Promise<void> {
  await deps.orm.em
    .getConnection()
    .execute('delete from idempotent_request where caller = ? and key = ? and status is null', [caller, req.get(IDEMPOTENCY_HEADER)!]);
}
