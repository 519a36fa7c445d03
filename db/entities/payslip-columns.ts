/**
 * The columns a payslip and its draft share: what was paid, for which contract, on which hours,
 * with every line of the engine. Amounts are integer cents.
 */
import type { defineEntity } from '@mikro-orm/core';

/** MikroORM's property builders (the `p` of `properties: (p) => …`), which it does not export by name. */
type PropertyBuilders = Parameters<Extract<Parameters<typeof defineEntity>[0]['properties'], (...args: never[]) => unknown>>[0];

export function payslipColumns(p: PropertyBuilders) {
  return {
    runId: p.uuid().index(),
    period: p.string().length(7),
    workerId: p.uuid().index(),
    contractId: p.uuid().index(),
    workerCode: p.string().length(12),
    kind: p.string().length(16),
    /** For a regularisation: the payslip whose month it corrects, and that month. */
    correctsPayslipId: p.uuid().nullable(),
    regularisesPeriod: p.string().length(7).nullable(),
    sequence: p.integer(),
    workerCategory: p.string().length(12),
    jointCommittee: p.string().length(10),
    jobTitle: p.string().length(120),
    weeklyHours: p.decimal('number').precision(5).scale(2),
    fullTimeWeeklyHours: p.decimal('number').precision(5).scale(2),
    hourlyWageCents: p.integer(),
    minutesByKind: p.json<Record<string, number>>(),
    daysWorked: p.integer(),
    /** Where the hours were worked: [{ employerId, employerName, minutes }]. */
    minutesByEmployer: p.json<{ employerId: string; employerName: string; minutes: number }[]>(),
    grossCents: p.integer(),
    personalContributionCents: p.integer(),
    socialWorkBonusCents: p.integer(),
    withholdingTaxCents: p.integer(),
    specialContributionCents: p.integer(),
    netCents: p.integer(),
    employerContributionsCents: p.integer(),
    structuralReductionCents: p.integer(),
    employerCostCents: p.integer(),
    /** The engine's PayslipTotals and PayslipLine[], as computed. */
    totals: p.json<Record<string, number>>(),
    lines: p.json<unknown[]>(),
    provisional: p.boolean(),
    provisionalParameters: p.json<string[]>(),
    /** The tax situation used (encrypted: family charges are personal), and whether it was declared. */
    taxSituationCipher: p.text(),
    taxSituationRecorded: p.boolean(),
    paymentMethod: p.string().length(10),
    /** The account paid, encrypted, and its last four characters for display. */
    ibanCipher: p.text().nullable(),
    ibanLast4: p.string().length(4).nullable(),
    /** The approved timesheet versions this payslip pays. */
    timesheetIds: p.json<string[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  };
}
