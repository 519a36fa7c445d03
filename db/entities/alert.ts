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
    idempotencyKey: p.string().length(200).unique(),
  }),
});
export type IAlert = InferEntity<typeof Alert>;
