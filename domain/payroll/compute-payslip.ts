import type { Cents } from '../money';
import { personalSocialSecurityContribution, contributionBasePercent } from './formulas/personal-social-security';
import type { WorkedTime } from './formulas/social-work-bonus';
import { earnings } from './lines/earnings-lines';
import { employerLines } from './lines/employer-lines';
import { exceptionalWithholdingLine } from './lines/exceptional-withholding-line';
import { personalContributionLine, socialWorkBonusLines } from './lines/social-security-lines';
import { specialContributionLine } from './lines/special-contribution-line';
import { familyReductionLines, fiscalWorkBonusLine, keyFormulaWithholdingLine } from './lines/withholding-lines';
import { belgianPayrollParameters, type PayrollParameterName, type PayrollParameterSet } from './parameters/belgian-payroll-parameters';
import { parametersForDate, type PeriodParameters, parameterValue } from './parameters/period-parameters';
import type { PayslipLine } from './payslip-line';
import { type FieldError, MAXIMUM_MONTHLY_GROSS_CENTS, type PayslipInput, validatePayslipInput } from './payslip-input';

export interface PayslipTotals {
  grossCents: Cents;
  /** Personal social security contribution before the social work bonus. */
  personalSocialSecurityCents: Cents;
  socialWorkBonusCents: Cents;
  /** Gross − (personal contribution − social work bonus). */
  taxableCents: Cents;
  /** Withholding after the family reductions, before the fiscal work bonus. */
  withholdingTaxBeforeWorkBonusCents: Cents;
  fiscalWorkBonusCents: Cents;
  withholdingTaxCents: Cents;
  specialSocialSecurityContributionCents: Cents;
  netCents: Cents;
  employerCostCents: Cents;
}

export interface Payslip {
  lines: PayslipLine[];
  totals: PayslipTotals;
  /** True when any parameter used is a carried-forward value without an official source. */
  provisional: boolean;
  /** Names of the provisional parameters used. */
  provisionalParameters: PayrollParameterName[];
}

export class InvalidPayslipInputError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(`invalid payslip input: ${errors.map((e) => `${e.field} (${e.code})`).join(', ')}`);
    this.name = 'InvalidPayslipInputError';
  }
}

/** The number of hours in a full-time month: weekly hours × 13 weeks a quarter ÷ 3 months. */
function defaultFullTimeHours(period: PeriodParameters): number {
  return (parameterValue(period, 'fullTimeReferenceWeeklyHours') * 13) / 3;
}

/**
 * Computes one Belgian payslip. Pure: the same input and parameter set always give the same
 * payslip. Pass another parameter set to apply newly published official values.
 */
export function computePayslip(input: PayslipInput, parameters: PayrollParameterSet = belgianPayrollParameters): Payslip {
  const validation = validatePayslipInput(input);
  if (!validation.ok) throw new InvalidPayslipInputError(validation.errors);
  const period = parametersForDate(parameters, `${input.period}-01`);
  const fullTimeHours = input.fullTimeHours ?? defaultFullTimeHours(period);
  const time: WorkedTime = { workedHours: input.workedHours ?? fullTimeHours, fullTimeHours };

  const pay = earnings(input, period);
  if (pay.grossCents > 5 * MAXIMUM_MONTHLY_GROSS_CENTS) throw new RangeError('gross pay beyond what the engine computes exactly');
  const lines: PayslipLine[] = [...pay.lines];

  const contribution = personalContributionLine(input, period, pay.contributionBaseGrossCents);
  lines.push(contribution.line);

  let socialWorkBonusCents = 0;
  let withholdingBeforeBonus: Cents;
  let fiscalWorkBonusCents = 0;
  let specialCents = 0;
  let taxableCents: Cents;

  if (input.payKind === 'regular') {
    const bonus = socialWorkBonusLines(input, period, pay.grossCents, time, contribution.cents);
    socialWorkBonusCents = bonus.totalCents;
    lines.push(...bonus.lines);
    taxableCents = pay.grossCents - (contribution.cents - socialWorkBonusCents);
    const keyFormula = keyFormulaWithholdingLine(input, period, taxableCents);
    lines.push(keyFormula.line);
    const family = familyReductionLines(input, period, keyFormula.cents);
    lines.push(...family.lines);
    withholdingBeforeBonus = family.taxAfterReductionsCents;
    const fiscal = fiscalWorkBonusLine(period, bonus.parts, withholdingBeforeBonus);
    fiscalWorkBonusCents = fiscal.cents;
    if (fiscal.line) lines.push(fiscal.line);
    const special = specialContributionLine(input, period, pay.grossCents);
    specialCents = special.cents;
    lines.push(special.line);
  } else {
    taxableCents = pay.grossCents - contribution.cents;
    // The rate of the special scales is chosen from the normal month's pay after its contribution.
    const normalContribution = personalSocialSecurityContribution(
      pay.normalMonthlyGrossCents,
      parameterValue(period, 'personalContributionRate'),
      contributionBasePercent(input.workerCategory, parameterValue(period, 'blueCollarContributionBase')),
    );
    const withholding = exceptionalWithholdingLine(input, period, taxableCents, pay.normalMonthlyGrossCents, normalContribution);
    lines.push(withholding.line);
    withholdingBeforeBonus = withholding.cents;
  }

  const withholdingTaxCents = withholdingBeforeBonus - fiscalWorkBonusCents;
  const employer = employerLines(input, period, pay.grossCents, time);
  lines.push(...employer.lines);

  const totals: PayslipTotals = {
    grossCents: pay.grossCents,
    personalSocialSecurityCents: contribution.cents,
    socialWorkBonusCents,
    taxableCents,
    withholdingTaxBeforeWorkBonusCents: withholdingBeforeBonus,
    fiscalWorkBonusCents,
    withholdingTaxCents,
    specialSocialSecurityContributionCents: specialCents,
    netCents: pay.grossCents - contribution.cents + socialWorkBonusCents - withholdingTaxCents - specialCents,
    employerCostCents: pay.grossCents + employer.totalCents,
  };
  const provisionalParameters = provisionalParametersUsed(lines);
  return { lines, totals, provisional: provisionalParameters.length > 0, provisionalParameters };
}

function provisionalParametersUsed(lines: readonly PayslipLine[]): PayrollParameterName[] {
  const names = new Set<PayrollParameterName>();
  for (const line of lines) for (const parameter of line.parameters) if (parameter.provisional) names.add(parameter.name);
  return [...names].sort();
}
