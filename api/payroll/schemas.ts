import { z } from 'zod';
import { calendarDate } from '../http/input-guards';
import { FAMILY_SITUATIONS } from '../../domain/payroll-runs/tax-situation';

const cents = z.number().int();
export const periodRequest = z
  .object({ period: z.string().max(20).meta({ example: '2026-11', description: 'The month to pay, YYYY-MM; it must be over' }) })
  .strict()
  .meta({ id: 'PayrollRunRequest' });

export const runIdParams = z.object({ runId: z.uuid() });
export const payslipIdParams = z.object({ payslipId: z.uuid() });

export const totalsView = z
  .object({
    workers: z.number().int(), payslips: z.number().int(), grossCents: cents, personalContributionsCents: cents, withholdingTaxCents: cents,
    specialContributionCents: cents, netCents: cents, employerCostCents: cents,
  })
  .meta({ id: 'PayrollTotals' });

export const payrollRunView = z
  .object({
    id: z.uuid(),
    period: z.string(),
    status: z.enum(['collecting', 'preview', 'approved', 'finalising', 'finalised']),
    round: z.number().int(),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    startedBy: z.string(),
    startedAt: z.string(),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
    paymentDate: z.string().nullable(),
    finalisedAt: z.string().nullable(),
    totals: totalsView.nullable(),
    totalsByEmployer: z.array(z.object({ employerId: z.uuid(), employerName: z.string(), totals: totalsView })),
    change: z
      .object({ previousPeriod: z.string(), previous: totalsView, difference: totalsView })
      .nullable()
      .meta({ description: 'Against the previous month’s finalised run' }),
    exceptions: z.array(z.object({ kind: z.string(), workerId: z.uuid(), workerCode: z.string(), message: z.string() })),
    rejections: z.array(z.object({ by: z.string(), at: z.string(), reason: z.string() })),
    approval: z
      .object({ allowed: z.boolean(), reason: z.string().nullable() })
      .meta({ description: 'Whether the signed-in administrator may approve it now, and why not' }),
    links: z.object({ self: z.string(), payslips: z.string(), sepaCreditTransfer: z.string().nullable() }),
  })
  .meta({ id: 'PayrollRun' });

export const payrollRunList = z.object({ items: z.array(payrollRunView.omit({ exceptions: true, totalsByEmployer: true, change: true })) }).meta({ id: 'PayrollRunList' });

export const decisionRequest = z
  .object({ decision: z.enum(['approve', 'reject']), reason: z.string().trim().max(300).optional() })
  .strict()
  .meta({ id: 'PayrollRunDecision' });

export const runPayslipView = z.object({
  id: z.uuid(), number: z.string().nullable(), workerId: z.uuid(), workerCode: z.string(), kind: z.enum(['regular', 'regularisation']),
  regularisesPeriod: z.string().nullable(), grossCents: cents, netCents: cents, employerCostCents: cents, paymentMethod: z.enum(['transfer', 'other']),
  provisional: z.boolean(), issued: z.boolean(),
});
export const runPayslipList = z.object({ items: z.array(runPayslipView) }).meta({ id: 'PayrollRunPayslips' });

const text = z.object({ fr: z.string(), nl: z.string(), en: z.string() });
export const myPayslipView = z
  .object({
    id: z.uuid(), number: z.string(), period: z.string().meta({ description: 'The month it pays (for a regularisation, the month it corrects)' }),
    kind: z.enum(['regular', 'regularisation']), corrects: z.string().nullable(), netCents: cents, grossCents: cents, paymentDate: z.string(),
    issuedAt: z.string(), documentUrl: z.string(),
  })
  .meta({ id: 'MyPayslip' });
export const myPayslipList = z.object({ items: z.array(myPayslipView) }).meta({ id: 'MyPayslips' });

export const payslipDetailView = myPayslipView
  .extend({
    workerId: z.uuid(),
    hours: z.object({ regular: z.number(), overtime: z.number(), night: z.number(), sunday: z.number(), publicHoliday: z.number() }),
    hourlyWageCents: cents,
    lines: z.array(z.object({ code: z.string(), side: z.enum(['worker', 'employer']), amountCents: cents, label: text, explanation: text })),
    totals: z.record(z.string(), z.number()),
    provisional: z.boolean(),
    paymentMethod: z.enum(['transfer', 'other']),
    ibanLast4: z.string().nullable(),
  })
  .meta({ id: 'Payslip' });

export const taxSituationRequest = z
  .object({
    effectiveFrom: calendarDate.meta({ description: 'The day it applies from' }),
    family: z.enum(FAMILY_SITUATIONS as unknown as ['single', 'couple-two-incomes', 'couple-one-income']),
    dependentChildren: z.number().int().min(0).max(20),
    disabledChildren: z.number().int().min(0).max(20).default(0),
    otherDependantsUnder65: z.number().int().min(0).max(20).default(0),
    dependantsAged65OrMore: z.number().int().min(0).max(20).default(0),
    claimsSingleReductions: z.boolean().default(false).meta({ description: 'The worker asks for the single-person (isolé) / single-parent reductions' }),
  })
  .strict()
  .meta({ id: 'TaxSituationRequest' });

export const taxSituationView = taxSituationRequest
  .extend({
    id: z.uuid(), status: z.enum(['confirmed', 'pending-confirmation']), recordedByRole: z.string(), recordedAt: z.string(), confirmedAt: z.string().nullable(),
  })
  .meta({ id: 'TaxSituation' });
export const taxSituationHistory = z
  .object({ current: taxSituationView.nullable(), history: z.array(taxSituationView) })
  .meta({ id: 'TaxSituationHistory', description: 'current: the confirmed situation in force today (null: the single-person rules apply)' });
export const situationParams = z.object({ workerId: z.uuid(), situationId: z.uuid() });

export const scheduleView = z
  .object({ scheduleId: z.string(), paused: z.boolean(), note: z.string().nullable(), dayOfMonth: z.number().int(), nextRuns: z.array(z.string()) })
  .meta({ id: 'PayrollSchedule' });
export const scheduleRequest = z.object({ paused: z.boolean(), note: z.string().trim().max(200).optional() }).strict().meta({ id: 'PayrollScheduleChange' });
