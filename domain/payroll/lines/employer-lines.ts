import { type Cents, percentToBasisPoints } from '../../money';
import { contributionBasePercent, percentOfRoundedHalfUp } from '../formulas/personal-social-security';
import { structuralReduction, type StructuralReduction } from '../formulas/structural-reduction';
import type { WorkedTime } from '../formulas/social-work-bonus';
import type { PayrollParameterName } from '../parameters/belgian-payroll-parameters';
import { type ParameterReference, type PeriodParameters, referenceOf, parameterValue } from '../parameters/period-parameters';
import { deduction, type PayslipLine, type PayslipLineCode } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import type { PayrollRuleId } from '../rules';

/**
 * What the payslip costs the employer on top of the gross (facts §5, §5.3): employer social
 * security, the small special contributions, blue-collar holiday-pay financing, minus the
 * structural reduction estimate. Lines are positive for costs and negative for reductions.
 */
export interface EmployerSide {
  lines: PayslipLine[];
  totalCents: Cents;
}

function contributionLine(
  code: PayslipLineCode,
  baseCents: Cents,
  ratePercent: number,
  parameters: ParameterReference[],
  rule: PayrollRuleId = 'employer-contribution-rate',
): PayslipLine {
  const amountCents = percentOfRoundedHalfUp(baseCents, ratePercent);
  return {
    code,
    side: 'employer',
    amountCents,
    facts: { kind: 'employer-contribution', baseCents, ratePercent, amountCents },
    rule,
    parameters,
    inputs: { baseCents, ratePercent },
  };
}

const SMALL_CONTRIBUTIONS: { code: PayslipLineCode; parameter: PayrollParameterName }[] = [
  { code: 'EMPLOYER_WORK_ACCIDENT_FUND', parameter: 'workAccidentFundContributionRate' },
  { code: 'EMPLOYER_CLOSING_FUND', parameter: 'closingFundContributionRate' },
  { code: 'EMPLOYER_CLOSING_FUND_TEMPORARY_UNEMPLOYMENT', parameter: 'closingFundSpecialContributionRate' },
  { code: 'EMPLOYER_TEMPORARY_UNEMPLOYMENT', parameter: 'temporaryUnemploymentContributionRate' },
  { code: 'EMPLOYER_SECTOR_FUND', parameter: 'sectorFundContributionRate' },
  { code: 'EMPLOYER_TEN_OR_MORE_WORKERS', parameter: 'tenOrMoreWorkersContributionRate' },
];

export function employerLines(input: PayslipInput, period: PeriodParameters, grossCents: Cents, time: WorkedTime): EmployerSide {
  if (input.payKind === 'double-holiday-pay') return doubleHolidayPayEmployerSide(period, grossCents);
  const blue = input.workerCategory === 'blue-collar';
  const basePercent = contributionBasePercent(input.workerCategory, parameterValue(period, 'blueCollarContributionBase'));
  const baseCents = basePercent === 100 ? grossCents : percentOfRoundedHalfUp(grossCents, basePercent);
  const baseParameters = blue ? [referenceOf(period, 'blueCollarContributionBase')] : [];
  // The employer basic rate is the global rate minus the worker's share, in whole basis points.
  const employerBasicPercent =
    (percentToBasisPoints(parameterValue(period, 'globalContributionRate')) - percentToBasisPoints(parameterValue(period, 'personalContributionRate'))) / 100;

  const lines: PayslipLine[] = [
    contributionLine(
      'EMPLOYER_SOCIAL_SECURITY',
      baseCents,
      employerBasicPercent,
      [referenceOf(period, 'globalContributionRate'), referenceOf(period, 'personalContributionRate'), ...baseParameters],
      'employer-basic-contribution',
    ),
  ];
  for (const { code, parameter } of SMALL_CONTRIBUTIONS) {
    const rate = parameterValue(period, parameter) as number;
    if (rate === 0) continue;
    lines.push(contributionLine(code, baseCents, rate, [referenceOf(period, parameter), ...baseParameters]));
  }
  const asbestos = parameterValue(period, 'asbestosFundContribution');
  const quarter = Math.ceil(Number(period.date.slice(5, 7)) / 3);
  if (asbestos.quarters.includes(quarter)) {
    lines.push(
      contributionLine('EMPLOYER_ASBESTOS_FUND', baseCents, asbestos.ratePercent, [referenceOf(period, 'asbestosFundContribution'), ...baseParameters]),
    );
  }
  if (blue) {
    lines.push(
      contributionLine('EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_QUARTERLY', baseCents, parameterValue(period, 'blueCollarHolidayPayQuarterlyRate'), [
        referenceOf(period, 'blueCollarHolidayPayQuarterlyRate'),
        ...baseParameters,
      ]),
      contributionLine('EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_ANNUAL', baseCents, parameterValue(period, 'blueCollarHolidayPayAnnualRate'), [
        referenceOf(period, 'blueCollarHolidayPayAnnualRate'),
        ...baseParameters,
      ]),
    );
  }
  if (input.payKind === 'regular') lines.push(structuralReductionLine(period, grossCents, time, employerBasicPercent));
  return { lines, totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0) };
}

function structuralReductionLine(period: PeriodParameters, grossCents: Cents, time: WorkedTime, employerBasicPercent: number): PayslipLine {
  const r: StructuralReduction = structuralReduction(
    { monthlyGrossCents: grossCents, workedHours: time.workedHours, fullTimeHours: time.fullTimeHours, employerBasicRatePercent: employerBasicPercent },
    parameterValue(period, 'structuralReductionCategory1'),
    parameterValue(period, 'structuralReductionWorkingTime'),
  );
  return {
    code: 'EMPLOYER_STRUCTURAL_REDUCTION',
    side: 'employer',
    amountCents: deduction(r.monthlyReductionCents),
    facts: {
      kind: 'structural-reduction',
      quarterlyReferenceWageCents: r.referenceWageCents,
      quarterlyReductionCents: r.quarterlyReductionCents,
      monthlyReductionCents: r.monthlyReductionCents,
    },
    rule: 'structural-reduction',
    parameters: [
      referenceOf(period, 'structuralReductionCategory1'),
      referenceOf(period, 'structuralReductionWorkingTime'),
      referenceOf(period, 'globalContributionRate'),
    ],
    inputs: { grossCents, workedHours: time.workedHours, fullTimeHours: time.fullTimeHours, quarterlyReferenceWageCents: r.referenceWageCents },
  };
}

function doubleHolidayPayEmployerSide(period: PeriodParameters, grossCents: Cents): EmployerSide {
  const rate = parameterValue(period, 'doubleHolidayPayEmployerContributionRate');
  const line = contributionLine('EMPLOYER_DOUBLE_HOLIDAY_PAY_CONTRIBUTIONS', grossCents, rate, [
    referenceOf(period, 'doubleHolidayPayEmployerContributionRate'),
  ]);
  return { lines: [line], totalCents: line.amountCents };
}
