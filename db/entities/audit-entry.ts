import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * The append-only audit log: every change and every read of a sensitive record. A database
 * trigger (see the migration) refuses UPDATE and DELETE on this table.
 */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  properties: (p) => ({
    id: p.bigint('string').primary().autoincrement(),
    occurredAt: p.datetime().onCreate(() => new Date()),
    actorId: p.string().length(100),
    actorRole: p.string().length(20),
    action: p.string().length(60),
    subjectType: p.string().length(40),
    subjectId: p.string().length(100),
    workerId: p.uuid().nullable().index(),
    reason: p.string().length(300).nullable(),
    requestId: p.string().length(100).nullable(),
    /** Set by activities, so a retried activity never writes its entry twice. */
    idempotencyKey: p.string().length(200).nullable().unique(),
    details: p.json<Record<string, unknown>>().nullable(),
  }),
});
export type IAuditEntry = InferEntity<typeof AuditEntry>;
