import { z } from 'zod';
import { ROLES } from '../../domain/access/roles';
import { computePayslip, explainComputedLine, validatePayslipInput } from '../../domain/payroll';
import { problems } from '../http/problem';
import { defineRoute } from '../http/route';
import { regularHoursLineExample } from '../payroll/schemas';

const hours = z.number().min(0).max(744);

/** A job offer of 130 hours in a month at €16.50, for a single worker without children. */
const simulationExampleInput = {
  period: '2026-11',
  payKind: 'regular',
  workerCategory: 'white-collar',
  hours: { regular: 130 },
  hourlyWageCents: 1650,
  workedHours: 130,
  fullTimeHours: 164.67,
  family: 'single',
  dependentChildren: 0,
  claimsSingleReductions: false,
};
/**
 * The engine's answer to the example request, cut to its first line (written out rather than
 * computed, so that entering new parameter values does not change the documentation).
 */
const simulationExampleOutput = {
  lines: [
    {
      ...regularHoursLineExample,
      rule: 'Pay for hours: hours × hourly wage × (100 % + premium), rounded half up to the cent per line',
      parameters: [],
      inputs: { hours: 130, hourlyWageCents: 1650, premiumPercent: 0 },
      facts: { kind: 'hours', hours: 130, hourlyWageCents: 1650, premiumPercent: 0, amountCents: 214500 },
    },
  ],
  totals: {
    grossCents: 214500,
    personalSocialSecurityCents: 28035,
    socialWorkBonusCents: 10814,
    taxableCents: 197279,
    withholdingTaxBeforeWorkBonusCents: 17172,
    fiscalWorkBonusCents: 3835,
    withholdingTaxCents: 13337,
    specialSocialSecurityContributionCents: 842,
    netCents: 183100,
    employerCostCents: 249823,
  },
  provisional: false,
  provisionalParameters: [],
};
/** The shape, for the documentation; the payroll domain validates the rules (the CLI uses the same validator). */
const simulationRequest = z
  .object({
    period: z.string().meta({
      example: '2025-01',
      description: 'Pay period YYYY-MM, from 2021-01; official parameters through 2026-12, carried forward (provisional) through 2027-12',
    }),
    payKind: z.enum(['regular', 'thirteenth-month', 'double-holiday-pay']),
    workerCategory: z.enum(['white-collar', 'blue-collar']),
    grossCents: z.number().int().optional().meta({ description: "The month's gross at 100 %, or the monthly reference wage for the two exceptional kinds" }),
    hours: z.object({ regular: hours, overtime: hours, night: hours, sunday: hours, publicHoliday: hours }).partial().optional(),
    hourlyWageCents: z.number().int().optional(),
    workedHours: z.number().optional(),
    fullTimeHours: z.number().optional(),
    family: z.enum(['single', 'couple-two-incomes', 'couple-one-income']),
    dependentChildren: z.number().int(),
    otherDependantsUnder65: z.number().int().optional(),
    dependantsAged65OrMore: z.number().int().optional(),
    claimsSingleReductions: z
      .boolean()
      .optional()
      .meta({ description: 'Whether the worker asked for the single-person / single-parent reductions (default true)' }),
  })
  .meta({ id: 'PayslipSimulationRequest', example: simulationExampleInput });

const text = z.object({ fr: z.string(), nl: z.string(), en: z.string() });
const simulationResponse = z
  .object({
    lines: z.array(
      z.object({
        code: z.string(),
        side: z.enum(['worker', 'employer']),
        amountCents: z.number().int(),
        label: text,
        explanation: text,
        rule: z.string(),
        facts: z.record(z.string(), z.unknown()).meta({
          description:
            'What the line was computed from: its kind (hours, withholding-key-formula, …), amounts in cents, rates in percent, bases; the explanation words these facts',
        }),
        parameters: z.array(z.record(z.string(), z.unknown())),
        inputs: z.record(z.string(), z.unknown()),
      }),
    ),
    totals: z.object({
      grossCents: z.number().int(),
      personalSocialSecurityCents: z.number().int(),
      socialWorkBonusCents: z.number().int(),
      taxableCents: z.number().int(),
      withholdingTaxBeforeWorkBonusCents: z.number().int(),
      fiscalWorkBonusCents: z.number().int(),
      withholdingTaxCents: z.number().int(),
      specialSocialSecurityContributionCents: z.number().int(),
      netCents: z.number().int(),
      employerCostCents: z.number().int(),
    }),
    provisional: z.boolean(),
    provisionalParameters: z.array(z.string()),
  })
  .meta({ id: 'PayslipSimulation', example: simulationExampleOutput });

export const simulatePayslipRoute = defineRoute({
  method: 'post',
  path: '/payroll/simulations',
  summary: 'Simulate a payslip',
  description: 'Net pay and employer cost of a job offer, every line explained in fr, nl and en, with the rule and the parameters behind it.',
  operationId: 'simulatePayslip',
  tags: ['Payroll'],
  changes: 'Changes nothing: nothing is stored.',
  roles: ROLES,
  request: { body: simulationRequest },
  responses: { 200: { description: 'The simulated payslip', schema: simulationResponse } },
  handler: async ({ req }) => {
    const checked = validatePayslipInput(req.body);
    if (!checked.ok) throw problems.validation(checked.errors);
    const payslip = computePayslip(checked.value);
    return { status: 200, body: { ...payslip, lines: payslip.lines.map(explainComputedLine) } };
  },
});
