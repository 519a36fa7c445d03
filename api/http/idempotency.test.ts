import type { Request } from 'express';
import { describe, expect, it, vi } from 'vitest';
import type { ApiDeps } from '../deps';
import { holdClaim } from './idempotency';

/** A database that refuses the first `failures` statements of a kind, then answers. */
function flakyDatabase(failures: Record<'update' | 'delete', number>) {
  const statements: string[] = [];
  const execute = vi.fn(async (sql: string, _params?: unknown[]) => {
    const kind = sql.trimStart().startsWith('delete') ? 'delete' : 'update';
    statements.push(kind === 'update' && sql.includes('lease_until = now()') ? 'renew' : kind === 'update' ? 'keep' : 'release');
    if (failures[kind] > 0) {
      failures[kind] -= 1;
      throw Object.assign(new Error('connect ECONNREFUSED'), { name: 'ConnectionException' });
    }
    return [];
  });
  const deps = {
    orm: { em: { getConnection: () => ({ execute }) } },
    cipher: { encrypt: (text: string) => `enc:${text}` },
  } as unknown as Pick<ApiDeps, 'orm' | 'cipher'>;
  return { deps, statements, execute };
}
const request = { get: () => 'key-12345678' } as unknown as Request;
const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('a held Idempotency-Key claim', () => {
  it('lets the claim of a failed request go once the database answers again, without holding the answer up', async () => {
    const { deps, statements } = flakyDatabase({ update: 0, delete: 3 });
    const failures: number[] = [];
    const held = holdClaim(deps, request, 'caller-1', 'token-1', { settleRetryMs: () => 5, onSettleFailure: (_what, attempt) => failures.push(attempt) });
    await held.release();
    await until(() => statements.filter((s) => s === 'release').length === 4);
    expect(statements.filter((s) => s === 'release')).toHaveLength(4);
    expect(failures).toEqual([0, 1, 2]);
  });

  it('keeps the answer of a request that succeeded once the database answers again', async () => {
    const { deps, statements, execute } = flakyDatabase({ update: 1, delete: 0 });
    const held = holdClaim(deps, request, 'caller-1', 'token-1', { settleRetryMs: () => 5 });
    await held.keep(201, { id: 'w-1' });
    await until(() => statements.filter((s) => s === 'keep').length === 2);
    expect(statements).toEqual(['keep', 'keep']);
    // Only the run that holds the claim may keep an answer in it.
    expect(execute.mock.calls[1]![1]).toEqual([201, 'enc:{"id":"w-1"}', 'caller-1', 'key-12345678', 'token-1']);
  });

  it('renews its lease, in its own name, while the request runs, and stops once it ended', async () => {
    const { deps, statements, execute } = flakyDatabase({ update: 0, delete: 0 });
    const held = holdClaim(deps, request, 'caller-1', 'token-1', { renewEveryMs: 10 });
    await until(() => statements.filter((s) => s === 'renew').length >= 2);
    expect(execute.mock.calls[0]![1]).toEqual(['caller-1', 'key-12345678', 'token-1']);
    await held.release();
    const renewals = statements.filter((s) => s === 'renew').length;
    await new Promise((r) => setTimeout(r, 50));
    expect(statements.filter((s) => s === 'renew')).toHaveLength(renewals);
  });
});
