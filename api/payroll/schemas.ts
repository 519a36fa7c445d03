import { z } from 'zod';
import { EXAMPLE_IDS } from '../http/examples';
import { calendarDate } from '../http/input-guards';
import { FAMILY_SITUATIONS } from '../../domain/payroll-runs/tax-situation';

const cents = z.number().int();
/** A payslip's first line as the examples show it (the payslip and the simulation documented alike). */
export const regularHoursLineExample = {
  code: 'REGULAR_HOURS',
  side: 'worker',
  amountCents: 214500,
  label: { fr: 'Heures normales', nl: 'Gewone uren', en: 'Regular hours' },
  explanation: {
    fr: '130 heures à 16,50 € de l’heure : 2 145,00 €.',
    nl: '130 uren tegen € 16,50 per uur: € 2.145,00.',
    en: '130 hours at €16.50 an hour: €2,145.00.',
  },
};

export const periodRequest = z
  .object({ period: z.string().max(20).meta({ example: '2026-11', description: 'The month to pay, YYYY-MM; it must be over' }) })
  .strict()
  .meta({ id: 'PayrollRunRequest', example: { period: '2026-11' } });

export const runIdParams = z.object({ runId: z.uuid() });
export const payslipIdParams = z.object({ payslipId: z.uuid() });

/** One worker's November 2026: 130 hours at €16.50 (the engine's own figures for that input). */
const totalsExample = {
  workers: 1,
  payslips: 1,
  grossCents: 214500,
  personalContributionsCents: 28035,
  withholdingTaxCents: 13337,
  specialContributionCents: 842,
  netCents: 183100,
  employerCostCents: 249823,
};
const runSummaryExample = {
  id: EXAMPLE_IDS.payrollRun,
  period: '2026-11',
  status: 'preview',
  round: 1,
  progress: { done: 1, total: 1 },
  startedBy: 'Nadia Peeters',
  startedAt: '2026-12-03T06:00:00.000Z',
  approvedBy: null,
  approvedAt: null,
  paymentDate: null,
  finalisedAt: null,
  totals: totalsExample,
  rejections: [],
  approval: { allowed: false, reason: 'You started this run: another administrator approves it (four eyes).' },
  links: {
    self: `/api/v1/payroll-runs/${EXAMPLE_IDS.payrollRun}`,
    payslips: `/api/v1/payroll-runs/${EXAMPLE_IDS.payrollRun}/payslips`,
    sepaCreditTransfer: null,
  },
};

export const totalsView = z
  .object({
    workers: z.number().int(),
    payslips: z.number().int(),
    grossCents: cents,
    personalContributionsCents: cents,
    withholdingTaxCents: cents,
    specialContributionCents: cents,
    netCents: cents,
    employerCostCents: cents,
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
  .meta({
    id: 'PayrollRun',
    example: {
      ...runSummaryExample,
      totalsByEmployer: [{ employerId: EXAMPLE_IDS.employer, employerName: 'Zorghuis De Linde (fictitious)', totals: totalsExample }],
      change: null,
      exceptions: [
        {
          kind: 'provisional-parameters',
          workerId: EXAMPLE_IDS.worker,
          workerCode: 'W-7QK2MD',
          message: 'Computed with parameters carried forward (provisional).',
        },
      ],
    },
  });

export const payrollRunList = z
  .object({ items: z.array(payrollRunView.omit({ exceptions: true, totalsByEmployer: true, change: true })) })
  .meta({ id: 'PayrollRunList', example: { items: [runSummaryExample] } });

export const decisionRequest = z
  .object({ decision: z.enum(['approve', 'reject']), reason: z.string().trim().max(300).optional() })
  .strict()
  .meta({ id: 'PayrollRunDecision', example: { decision: 'approve' } });

export const runPayslipView = z.object({
  id: z.uuid(),
  number: z.string().nullable(),
  workerId: z.uuid(),
  workerCode: z.string(),
  kind: z.enum(['regular', 'regularisation']),
  regularisesPeriod: z.string().nullable(),
  grossCents: cents,
  netCents: cents,
  employerCostCents: cents,
  paymentMethod: z.enum(['transfer', 'other']),
  provisional: z.boolean(),
  issued: z.boolean(),
});
export const runPayslipList = z.object({ items: z.array(runPayslipView) }).meta({
  id: 'PayrollRunPayslips',
  example: {
    items: [
      {
        id: EXAMPLE_IDS.payslip,
        number: null,
        workerId: EXAMPLE_IDS.worker,
        workerCode: 'W-7QK2MD',
        kind: 'regular',
        regularisesPeriod: null,
        grossCents: 214500,
        netCents: 183100,
        employerCostCents: 249823,
        paymentMethod: 'transfer',
        provisional: true,
        issued: false,
      },
    ],
  },
});

const text = z.object({ fr: z.string(), nl: z.string(), en: z.string() });
const myPayslipExample = {
  id: EXAMPLE_IDS.payslip,
  number: '2026-11-00042',
  period: '2026-11',
  kind: 'regular',
  corrects: null,
  netCents: 183100,
  grossCents: 214500,
  paymentDate: '2026-12-04',
  issuedAt: '2026-12-03T10:20:00.000Z',
  documentUrl: `/api/v1/payslips/${EXAMPLE_IDS.payslip}/document`,
};
export const myPayslipView = z
  .object({
    id: z.uuid(),
    number: z.string(),
    period: z.string().meta({ description: 'The month it pays (for a regularisation, the month it corrects)' }),
    kind: z.enum(['regular', 'regularisation']),
    corrects: z.string().nullable(),
    netCents: cents,
    grossCents: cents,
    paymentDate: z.string(),
    issuedAt: z.string(),
    documentUrl: z.string(),
  })
  .meta({ id: 'MyPayslip', example: myPayslipExample });
export const myPayslipList = z.object({ items: z.array(myPayslipView) }).meta({ id: 'MyPayslips', example: { items: [myPayslipExample] } });

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
  .meta({
    id: 'Payslip',
    example: {
      ...myPayslipExample,
      workerId: EXAMPLE_IDS.worker,
      hours: { regular: 130, overtime: 0, night: 0, sunday: 0, publicHoliday: 0 },
      hourlyWageCents: 1650,
      lines: [regularHoursLineExample],
      totals: {
        grossCents: 214500,
        personalSocialSecurityCents: 28035,
        withholdingTaxCents: 13337,
        specialSocialSecurityContributionCents: 842,
        netCents: 183100,
      },
      provisional: true,
      paymentMethod: 'transfer',
      ibanLast4: '7034',
    },
  });

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
  .meta({
    id: 'TaxSituationRequest',
    example: {
      effectiveFrom: '2026-12-01',
      family: 'single',
      dependentChildren: 2,
      disabledChildren: 0,
      otherDependantsUnder65: 0,
      dependantsAged65OrMore: 0,
      claimsSingleReductions: true,
    },
  });

const taxSituationExample = {
  id: EXAMPLE_IDS.taxSituation,
  effectiveFrom: '2026-12-01',
  family: 'single',
  dependentChildren: 2,
  disabledChildren: 0,
  otherDependantsUnder65: 0,
  dependantsAged65OrMore: 0,
  claimsSingleReductions: true,
  status: 'confirmed',
  recordedByRole: 'worker',
  recordedAt: '2026-11-28T19:02:00.000Z',
  confirmedAt: '2026-11-30T08:30:00.000Z',
};
export const taxSituationView = taxSituationRequest
  .extend({
    id: z.uuid(),
    status: z.enum(['confirmed', 'pending-confirmation']),
    recordedByRole: z.string(),
    recordedAt: z.string(),
    confirmedAt: z.string().nullable(),
  })
  .meta({ id: 'TaxSituation', example: taxSituationExample });
export const taxSituationHistory = z.object({ current: taxSituationView.nullable(), history: z.array(taxSituationView) }).meta({
  id: 'TaxSituationHistory',
  description: 'current: the confirmed situation in force today (null: the single-person rules apply)',
  example: { current: taxSituationExample, history: [taxSituationExample] },
});
export const situationParams = z.object({ workerId: z.uuid(), situationId: z.uuid() });

export const scheduleView = z
  .object({ scheduleId: z.string(), paused: z.boolean(), note: z.string().nullable(), dayOfMonth: z.number().int(), nextRuns: z.array(z.string()) })
  .meta({
    id: 'PayrollSchedule',
    example: {
      scheduleId: 'payroll-run-monthly:talentcoop',
      paused: false,
      note: null,
      dayOfMonth: 3,
      nextRuns: ['2027-01-03T05:00:00.000Z', '2027-02-03T05:00:00.000Z'],
    },
  });
export const scheduleRequest = z
  .object({ paused: z.boolean(), note: z.string().trim().max(200).optional() })
  .strict()
  .meta({ id: 'PayrollScheduleChange', example: { paused: true, note: 'Holding January while the 2027 parameters are entered.' } });
