import type { MikroORM } from '@mikro-orm/postgresql';
import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import type { Logger } from 'pino';

export interface SignalRelayDeps {
  orm: MikroORM;
  temporal: Client;
  logger: Logger;
}

interface PendingSignal {
  id: string;
  workflow_id: string;
  signal_name: string;
  payload: unknown;
  attempts: number;
}

/** Waits between attempts of a signal Temporal refused: 1 s, 2 s, 4 s … at most a minute. */
export const signalRetryDelayMs = (attempts: number) => Math.min(1000 * 2 ** Math.max(0, attempts - 1), 60_000);
const AT_ONCE = 16;

/**
 * Delivers the signals of the transactional outbox (`workflow_signal`, see
 * db/entities/workflow-signal.ts) that are due, oldest first, and deletes the delivered ones, in
 * one transaction whose row locks keep two relays from sending one signal together. At least once:
 * a crash between the signal and the commit sends it again, and the process takes it once.
 *
 * With `workflowId`, only that process's signals, waiting for a relay that is sending one of them
 * (`for update`, not `skip locked`): the API calls it before it asks the process anything else,
 * so the process has every decision recorded before the request — a correction right after an
 * approval finds the week approved. A process that is gone (closed, or never started) cannot take
 * its signal: the signal is dropped with a warning (ids only). Any other refusal (Temporal
 * unreachable) is counted and retried later.
 */
export async function deliverWorkflowSignals(
  deps: SignalRelayDeps,
  opts: { workflowId?: string; limit?: number } = {},
): Promise<{ delivered: number; failed: number }> {
  const limit = opts.limit ?? 200;
  const em = deps.orm.em.fork();
  if (opts.workflowId) {
    // The common case for the API: nothing waits for this process; one indexed read, no transaction.
    const waiting = await em.getConnection().execute('select 1 from workflow_signal where workflow_id = ? limit 1', [opts.workflowId]);
    if (waiting.length === 0) return { delivered: 0, failed: 0 };
  }
  return em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    const rows = await conn.execute<PendingSignal[]>(
      opts.workflowId
        ? 'select id, workflow_id, signal_name, payload, attempts from workflow_signal where workflow_id = ? order by created_at for update'
        : `select id, workflow_id, signal_name, payload, attempts from workflow_signal where next_attempt_at is null or next_attempt_at <= now()
           order by created_at limit ? for update skip locked`,
      opts.workflowId ? [opts.workflowId] : [limit],
      'all',
      ctx,
    );
    const done: string[] = [];
    const refused: PendingSignal[] = [];
    // One process's signals in their order; different processes' side by side, a few at a time.
    const byWorkflow = new Map<string, PendingSignal[]>();
    for (const r of rows) byWorkflow.set(r.workflow_id, [...(byWorkflow.get(r.workflow_id) ?? []), r]);
    const queues = [...byWorkflow.values()];
    await Promise.all(
      Array.from({ length: Math.min(AT_ONCE, queues.length) }, async () => {
        for (let queue = queues.pop(); queue; queue = queues.pop()) {
          for (const [i, r] of queue.entries()) {
            try {
              await deps.temporal.workflow.getHandle(r.workflow_id).signal(r.signal_name, r.payload);
              done.push(r.id);
            } catch (err) {
              if (err instanceof WorkflowNotFoundError) {
                deps.logger.warn({ workflowId: r.workflow_id, signal: r.signal_name }, 'signal dropped: its process is gone');
                done.push(r.id);
                continue;
              }
              // The rest of this process's signals wait behind the refused one, to keep their order.
              refused.push(...queue.slice(i));
              break;
            }
          }
        }
      }),
    );
    if (done.length > 0) await conn.execute(`delete from workflow_signal where id in (${done.map(() => '?').join(', ')})`, done, 'run', ctx);
    for (const r of refused) {
      await conn.execute(
        `update workflow_signal set attempts = attempts + 1, last_error_code = 'temporal-refused', next_attempt_at = ? where id = ?`,
        [new Date(Date.now() + signalRetryDelayMs(r.attempts + 1)), r.id],
        'run',
        ctx,
      );
    }
    if (refused.length > 0) deps.logger.warn({ refused: refused.length }, 'signal relay: Temporal refused signals; retrying later');
    return { delivered: done.length, failed: refused.length };
  });
}
