import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A process that must start for a row that was just written (a registered worker's onboarding, a
 * drafted contract, a proposed placement, a selected participant's trajectory): written in the
 * same transaction as the row, deleted once Temporal has the workflow. An entry still here a
 * minute later means the start failed after the commit (Temporal unreachable, the API stopped);
 * the worker's process repair (worker/process-repair.ts) starts it then. Holds ids only.
 */
export const PendingProcessStart = defineEntity({
  name: 'PendingProcessStart',
  tableName: 'pending_process_start',
  properties: (p) => ({
    workflowId: p.string().length(200).primary(),
    kind: p.string().length(40),
    subjectId: p.uuid(),
    attempts: p.integer().default(0),
    lastAttemptAt: p.datetime().nullable(),
    createdAt: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
  }),
});
export type IPendingProcessStart = InferEntity<typeof PendingProcessStart>;
