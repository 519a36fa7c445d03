import type { EntityManager } from '@mikro-orm/postgresql';
import { PendingProcessStart } from '../db/entities';
import { startProcess, subjectIdOf, workflowIdOf, type ProcessStart } from '../workflows/process-starts';
import type { ApiDeps } from './deps';

/**
 * Creating a row and starting its process are one act. The route writes the row and, in the same
 * transaction, a pending start (`notePendingStart`); after the commit it starts the process and
 * clears the entry (`startPendingProcess`). When the start fails — Temporal unreachable, the API
 * stopped between the two — the row is still answered as created, since it is: the worker's
 * process repair finds the entry a minute later and starts the process with the same business id.
 * So a client never sees an error for something that was written (its retry with the same
 * Idempotency-Key gets the first answer, not a second row), and no row is left without its process.
 */
export function notePendingStart(tx: EntityManager, start: ProcessStart): void {
  tx.create(PendingProcessStart, { workflowId: workflowIdOf(start), kind: start.kind, subjectId: subjectIdOf(start) });
}

export async function startPendingProcess(deps: ApiDeps, start: ProcessStart): Promise<'started' | 'left-to-repair'> {
  const workflowId = workflowIdOf(start);
  try {
    await startProcess(deps.temporal, deps.config.TEMPORAL_TASK_QUEUE, start);
  } catch (err) {
    deps.logger.warn({ workflowId, err: { name: (err as Error)?.name } }, 'process not started after its row was written; the process repair will start it');
    return 'left-to-repair';
  }
  // Should this fail too, the repair finds the process running and only clears the entry.
  await deps.orm.em
    .fork()
    .nativeDelete(PendingProcessStart, { workflowId })
    .catch((err: unknown) => {
      deps.logger.warn({ workflowId, err: { name: (err as Error)?.name } }, 'pending process start not cleared; the process repair will clear it');
    });
  return 'started';
}
