import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A worker's declared tax situation (family charges), dated and never edited: a new declaration
 * is a new row. The situation itself is encrypted (family and disability are personal data).
 * A worker's own declaration waits for an administrator's confirmation before payroll uses it.
 */
export const WorkerTaxSituation = defineEntity({
  name: 'WorkerTaxSituation',
  tableName: 'worker_tax_situation',
  properties: (p) => ({
    id: p.uuid().primary(),
    workerId: p.uuid().index(),
    effectiveFrom: p.date(),
    situationCipher: p.text(),
    status: p.string().length(24),
    recordedBy: p.string().length(100),
    recordedByRole: p.string().length(10),
    recordedAt: p.datetime().onCreate(() => new Date()),
    confirmedBy: p.string().length(100).nullable(),
    confirmedAt: p.datetime().nullable(),
    idempotencyKey: p.string().length(200).nullable().unique(),
  }),
});
export type IWorkerTaxSituation = InferEntity<typeof WorkerTaxSituation>;
