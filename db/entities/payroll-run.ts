import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * One month's payroll run (`payroll-run:<period>`). The workflow owns the process; this row is
 * what anyone reads: status, progress, the preview's totals, who started and who approved.
 */
export const PayrollRun = defineEntity({
  name: 'PayrollRun',
  tableName: 'payroll_run',
  properties: (p) => ({
    id: p.uuid().primary(),
    period: p.string().length(7).unique(),
    status: p.string().length(20),
    startedBy: p.string().length(100),
    startedAt: p.datetime().onCreate(() => new Date()),
    /** What the collect step counts: contracts to compute, and how many are done. */
    progressDone: p.integer().default(0),
    progressTotal: p.integer().default(0),
    /** The preview: totals overall, per employer, and the change against the previous run. */
    totals: p.json<Record<string, number>>().nullable(),
    totalsByEmployer: p.json<unknown[]>().nullable(),
    change: p.json<Record<string, unknown>>().nullable(),
    /** How many times it was computed (a rejection sends it back to collect). */
    round: p.integer().default(1),
    rejections: p.json<{ by: string; at: string; reason: string }[]>(),
    approvedBy: p.string().length(100).nullable(),
    approvedAt: p.datetime().nullable(),
    paymentDate: p.date().nullable(),
    finalisedAt: p.datetime().nullable(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
});
export type IPayrollRun = InferEntity<typeof PayrollRun>;
