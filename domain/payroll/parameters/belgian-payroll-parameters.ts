import { type DatedSeries, isIsoDate } from './dated-series';
import * as employer from './employer-contribution-parameters';
import * as exceptional from './exceptional-payment-parameters';
import * as socialSecurity from './social-security-parameters';
import * as special from './special-contribution-parameters';
import * as withholding from './withholding-tax-parameters';
import * as workingTime from './working-time-parameters';

/**
 * The complete, JSON-compatible set of Belgian payroll parameters the engine reads. A new
 * official value (e.g. the 2026 Annex III) is supplied by passing another set — typically the
 * default one with some series replaced — to computePayslip; no code changes.
 */
/** The last day for which official values have been entered in the default set (see README). */
export const PARAMETERS_ENTERED_THROUGH = '2026-12-31';

function enteredThrough<S extends Record<string, DatedSeries<unknown>>>(day: string, set: S): S {
  return Object.fromEntries(Object.entries(set).map(([name, series]) => [name, { enteredThrough: day, ...series }])) as S;
}

export const belgianPayrollParameters = enteredThrough(PARAMETERS_ENTERED_THROUGH, {
  // Worker social security and work bonus (facts §1, §2)
  personalContributionRate: socialSecurity.personalContributionRate,
  blueCollarContributionBase: socialSecurity.blueCollarContributionBase,
  doubleHolidayPayRate: socialSecurity.doubleHolidayPayRate,
  doubleHolidayPayShareSubjectToSocialSecurity: socialSecurity.doubleHolidayPayShareSubjectToSocialSecurity,
  singlePartWorkBonusEmployee: socialSecurity.singlePartWorkBonusEmployee,
  singlePartWorkBonusBlueCollar: socialSecurity.singlePartWorkBonusBlueCollar,
  twoPartWorkBonusEmployee: socialSecurity.twoPartWorkBonusEmployee,
  twoPartWorkBonusBlueCollar: socialSecurity.twoPartWorkBonusBlueCollar,
  // Withholding tax key formula and family reductions (facts §3.1–§3.3, §2.3)
  taxableBaseRoundingStep: withholding.taxableBaseRoundingStep,
  lumpSumExpensesRate: withholding.lumpSumExpensesRate,
  lumpSumExpensesBound: withholding.lumpSumExpensesBound,
  lumpSumExpensesMaximum: withholding.lumpSumExpensesMaximum,
  withholdingTaxScale: withholding.withholdingTaxScale,
  taxFreeAmountReduction: withholding.taxFreeAmountReduction,
  maritalQuotientRate: withholding.maritalQuotientRate,
  maritalQuotientMaximum: withholding.maritalQuotientMaximum,
  childrenReduction: withholding.childrenReduction,
  singleBeneficiaryReduction: withholding.singleBeneficiaryReduction,
  otherFamilyChargeReduction: withholding.otherFamilyChargeReduction,
  dependantAged65OrMoreReduction: withholding.dependantAged65OrMoreReduction,
  fiscalWorkBonusRateSinglePart: withholding.fiscalWorkBonusRateSinglePart,
  fiscalWorkBonusRatePartA: withholding.fiscalWorkBonusRatePartA,
  fiscalWorkBonusRatePartB: withholding.fiscalWorkBonusRatePartB,
  // Special scales for exceptional payments (facts §3.4)
  holidayPayWithholdingScale: exceptional.holidayPayWithholdingScale,
  exceptionalAllowanceWithholdingScale: exceptional.exceptionalAllowanceWithholdingScale,
  childExonerationLimits: exceptional.childExonerationLimits,
  childRateReductions: exceptional.childRateReductions,
  // Special social security contribution (facts §4)
  specialContributionScaleSingleOrOneIncome: special.specialContributionScaleSingleOrOneIncome,
  specialContributionScaleTwoIncomes: special.specialContributionScaleTwoIncomes,
  specialContributionBlueCollarBase: special.specialContributionBlueCollarBase,
  // Employer contributions and structural reduction (facts §5)
  globalContributionRate: employer.globalContributionRate,
  workAccidentFundContributionRate: employer.workAccidentFundContributionRate,
  asbestosFundContribution: employer.asbestosFundContribution,
  closingFundContributionRate: employer.closingFundContributionRate,
  closingFundSpecialContributionRate: employer.closingFundSpecialContributionRate,
  temporaryUnemploymentContributionRate: employer.temporaryUnemploymentContributionRate,
  sectorFundContributionRate: employer.sectorFundContributionRate,
  tenOrMoreWorkersContributionRate: employer.tenOrMoreWorkersContributionRate,
  blueCollarHolidayPayQuarterlyRate: employer.blueCollarHolidayPayQuarterlyRate,
  blueCollarHolidayPayAnnualRate: employer.blueCollarHolidayPayAnnualRate,
  doubleHolidayPayEmployerContributionRate: employer.doubleHolidayPayEmployerContributionRate,
  structuralReductionCategory1: employer.structuralReductionCategory1,
  structuralReductionWorkingTime: employer.structuralReductionWorkingTime,
  // Working time and premiums
  fullTimeReferenceWeeklyHours: workingTime.fullTimeReferenceWeeklyHours,
  overtimePremiumRate: workingTime.overtimePremiumRate,
  nightWorkPremiumRate: workingTime.nightWorkPremiumRate,
  sundayWorkPremiumRate: workingTime.sundayWorkPremiumRate,
  publicHolidayWorkPremiumRate: workingTime.publicHolidayWorkPremiumRate,
});

export type PayrollParameterSet = typeof belgianPayrollParameters;
export type PayrollParameterName = keyof PayrollParameterSet;
/** The value type of one parameter, e.g. number for a rate, TaxBracket[] for a scale. */
export type ParameterValue<N extends PayrollParameterName> = PayrollParameterSet[N] extends DatedSeries<infer T> ? T : never;

export const PAYROLL_PARAMETER_NAMES = Object.keys(belgianPayrollParameters) as PayrollParameterName[];

export interface ParameterSetProblem {
  parameter: string;
  message: string;
}

/**
 * Checks that data read from JSON has the shape of a parameter set: every series present,
 * described, sourced and dated, each value of the same JSON shape as the default set's.
 * Returns the typed set, or the list of problems.
 */
export function parsePayrollParameterSet(data: unknown): { ok: true; value: PayrollParameterSet } | { ok: false; problems: ParameterSetProblem[] } {
  const problems: ParameterSetProblem[] = [];
  if (typeof data !== 'object' || data === null) {
    return { ok: false, problems: [{ parameter: '(root)', message: 'a parameter set must be an object' }] };
  }
  const record = data as Record<string, unknown>;
  for (const name of PAYROLL_PARAMETER_NAMES) {
    const series = record[name];
    const reference = belgianPayrollParameters[name] as DatedSeries<unknown>;
    const report = (message: string) => problems.push({ parameter: name, message });
    if (typeof series !== 'object' || series === null) {
      report('missing');
      continue;
    }
    const s = series as Record<string, unknown>;
    for (const field of ['description', 'unit', 'source'] as const) {
      if (typeof s[field] !== 'string' || (s[field] as string).length === 0) report(`"${field}" must be a text`);
    }
    if (typeof s.values !== 'object' || s.values === null) {
      report('"values" must map effective dates to values');
      continue;
    }
    const entries = Object.entries(s.values as Record<string, unknown>);
    if (entries.length === 0) report('"values" is empty');
    const expectedShape = shapeOf(Object.values(reference.values)[0]);
    for (const [date, value] of entries) {
      if (!isIsoDate(date)) report(`"${date}" is not an ISO date`);
      if (shapeOf(value) !== expectedShape) report(`value of ${date} does not have the expected shape ${expectedShape}`);
    }
    for (const mapName of ['provisional', 'sources'] as const) {
      const map = s[mapName];
      if (map === undefined) continue;
      if (typeof map !== 'object' || map === null) report(`"${mapName}" must map effective dates to texts`);
      else {
        for (const [date, text] of Object.entries(map)) {
          if (!(date in (s.values as object))) report(`"${mapName}" names ${date}, which has no value`);
          if (typeof text !== 'string') report(`"${mapName}" of ${date} must be a text`);
        }
      }
    }
    if (s.verified !== undefined && typeof s.verified !== 'boolean') report('"verified" must be true or false');
    if (s.enteredThrough !== undefined && (typeof s.enteredThrough !== 'string' || !isIsoDate(s.enteredThrough)))
      report('"enteredThrough" must be an ISO date');
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: data as PayrollParameterSet };
}

/** A structural signature of a JSON value: the type of numbers/texts and the keys of objects. */
function shapeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.length > 0 ? shapeOf(value[0]) : ''}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value as object).sort();
    return `{${keys.map((k) => `${k}:${shapeOf((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return typeof value;
}
