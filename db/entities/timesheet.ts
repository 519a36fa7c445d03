import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Placement } from './placement';

/**
 * One version of one ISO week of hours for a placement. Once approved (or deemed approved) a
 * version is immutable — a database trigger refuses any change but its move to `superseded`
 * and the one-time links to the invoice and payslip that use it. A correction is a new version.
 */
export const Timesheet = defineEntity({
  name: 'Timesheet',
  tableName: 'timesheet',
  uniques: [{ properties: ['placement', 'isoWeek', 'version'] }],
  properties: (p) => ({
    id: p.uuid().primary(),
    placement: p.manyToOne(Placement).mapToPk().index(),
    isoWeek: p.string().length(8),
    version: p.integer(),
    status: p.string().length(20),
    entries: p.json<unknown[]>(),
    totalsByKind: p.json<Record<string, number>>(),
    totalMinutes: p.integer(),
    submittedAt: p.datetime().nullable(),
    submittedBy: p.string().length(100).nullable(),
    decidedAt: p.datetime().nullable(),
    decidedBy: p.string().length(120).nullable(),
    decisionVia: p.string().length(12).nullable(),
    disputeReason: p.string().length(500).nullable(),
    approvalEvidence: p.json<Record<string, unknown>>().nullable(),
    workerConfirmedAt: p.datetime().nullable(),
    supersedes: p.uuid().nullable(),
    correctionReason: p.string().length(300).nullable(),
    invoiceId: p.uuid().nullable(),
    payslipId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type ITimesheet = InferEntity<typeof Timesheet>;
