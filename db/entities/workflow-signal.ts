import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A signal a process must receive because of a fact just written in PostgreSQL (a transactional
 * outbox): written in the same transaction as the fact, deleted once Temporal has the signal. The
 * timesheet decision is the first user: the API records the employer's decision in one transaction
 * and answers at once; the week's process learns of it by this signal (`decisionRecorded`) and
 * does what follows (notices, corrections, closing). Delivered by the worker's signal relay
 * (platform/workflow-signals.ts), and by the API itself before it asks the same process anything
 * else, so a process never answers a later request without the facts recorded before it. Holds
 * ids and codes only, never personal data.
 */
export const WorkflowSignal = defineEntity({
  name: 'WorkflowSignal',
  tableName: 'workflow_signal',
  properties: (p) => ({
    id: p.uuid().primary(),
    workflowId: p.string().length(200).index(),
    signalName: p.string().length(100),
    payload: p.json<Record<string, unknown>>(),
    attempts: p.integer().default(0),
    nextAttemptAt: p.datetime().nullable(),
    lastErrorCode: p.string().length(100).nullable(),
    createdAt: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
  }),
});
export type IWorkflowSignal = InferEntity<typeof WorkflowSignal>;
