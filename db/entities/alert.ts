import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * Something an administrator must look at: a permit about to expire, a contract blocked by a
 * missing Dimona, an overdue timesheet. Messages name worker codes, never personal data.
 */
export const Alert = defineEntity({
  name: 'Alert',
  tableName: 'alert',
  properties: (p) => ({
    id: p.uuid().primary(),
    kind: p.string().length(60),
    severity: p.string().length(10),
    subjectType: p.string().length(40),
    subjectId: p.string().length(100),
    workerId: p.uuid().nullable().index(),
    message: p.string().length(500),
    raisedAt: p.datetime().onCreate(() => new Date()),
    resolvedAt: p.datetime().nullable(),
    /** Why it ended on its own: the condition that raised it cleared (the permit was renewed, …). */
    resolution: p.string().length(300).nullable(),
    /** An administrator saw it and said what is being done (it leaves the open list, stays on record). */
    acknowledgedAt: p.datetime().nullable(),
    acknowledgedBy: p.string().length(36).nullable(),
    acknowledgementNote: p.string().length(500).nullable(),
    idempotencyKey: p.string().length(200).unique(),
  }),
});
export type IAlert = InferEntity<typeof Alert>;
