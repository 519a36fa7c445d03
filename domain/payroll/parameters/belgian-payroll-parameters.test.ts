import { describe, expect, it } from 'vitest';
import { at, firstEffectiveDate, type DatedSeries } from './dated-series';
import { belgianPayrollParameters as p, PAYROLL_PARAMETER_NAMES, parsePayrollParameterSet, type PayrollParameterName } from './belgian-payroll-parameters';

const months: string[] = [];
for (let year = 2021; year <= 2026; year++) {
  for (let month = 1; month <= 12; month++) months.push(`${year}-${String(month).padStart(2, '0')}-01`);
}

/** Series that only exist from the day the law introduced them. */
const STARTS_LATER: Partial<Record<PayrollParameterName, string>> = {
  twoPartWorkBonusEmployee: '2024-04-01',
  twoPartWorkBonusBlueCollar: '2024-04-01',
  fiscalWorkBonusRatePartA: '2024-04-01',
  fiscalWorkBonusRatePartB: '2024-04-01',
};

/** Structural rules the facts reference states as ongoing, not as a yearly figure. */
const ONGOING: PayrollParameterName[] = [
  'blueCollarContributionBase',
  'doubleHolidayPayRate',
  'doubleHolidayPayShareSubjectToSocialSecurity',
  'singlePartWorkBonusEmployee',
  'singlePartWorkBonusBlueCollar',
  'taxableBaseRoundingStep',
  'fiscalWorkBonusRateSinglePart',
  'specialContributionBlueCollarBase',
  'workAccidentFundContributionRate',
  'asbestosFundContribution',
  'temporaryUnemploymentContributionRate',
  'sectorFundContributionRate',
  'tenOrMoreWorkersContributionRate',
  'blueCollarHolidayPayQuarterlyRate',
  'blueCollarHolidayPayAnnualRate',
  'doubleHolidayPayEmployerContributionRate',
  'structuralReductionWorkingTime',
  'fullTimeReferenceWeeklyHours',
  'overtimePremiumRate',
  'nightWorkPremiumRate',
  'sundayWorkPremiumRate',
  'publicHolidayWorkPremiumRate',
];

function series(name: PayrollParameterName): DatedSeries<unknown> {
  return p[name] as DatedSeries<unknown>;
}

describe.shuffle('the Belgian payroll parameter set', () => {
  it.each(PAYROLL_PARAMETER_NAMES)('%s has a value for every month it applies to, 2021-01 to 2026-12', (name) => {
    const start = STARTS_LATER[name] ?? '2021-01-01';
    expect(firstEffectiveDate(series(name))! <= start).toBe(true);
    for (const month of months.filter((m) => m >= start)) expect(() => at(series(name), month)).not.toThrow();
  });

  it.each(PAYROLL_PARAMETER_NAMES)('%s is described and cites a source for every value', (name) => {
    const s = series(name);
    expect(s.description.length).toBeGreaterThan(10);
    for (const date of Object.keys(s.values)) expect(at(s, date).source.length).toBeGreaterThan(2);
  });

  it.each(PAYROLL_PARAMETER_NAMES.filter((name) => !ONGOING.includes(name)))('%s in 2026 is either official or explicitly provisional', (name) => {
    const in2026 = at(series(name), '2026-06-01');
    expect(in2026.provisional, `${name} carries a 2026 value without marking it provisional`).toBe(true);
  });

  it('marks unverified what the facts reference calls unverified', () => {
    const unverified: PayrollParameterName[] = [
      'singleBeneficiaryReduction',
      'closingFundContributionRate',
      'closingFundSpecialContributionRate',
      'sectorFundContributionRate',
      'structuralReductionCategory1',
      'specialContributionBlueCollarBase',
      'overtimePremiumRate',
      'nightWorkPremiumRate',
      'sundayWorkPremiumRate',
      'publicHolidayWorkPremiumRate',
    ];
    for (const name of unverified) expect(series(name).verified, name).toBe(false);
    expect(series('personalContributionRate').verified).not.toBe(false);
  });

  // Data entry checked against the tables of the facts reference (§3.2, §3.3, §2.1).
  it.each([
    ['lumpSumExpensesBound', '2021-06-01', 1640000],
    ['lumpSumExpensesBound', '2025-06-01', 1976667],
    ['lumpSumExpensesMaximum', '2023-06-01', 551000],
    ['lumpSumExpensesMaximum', '2024-06-01', 575000],
    ['taxFreeAmountReduction', '2021-06-01', 211325],
    ['taxFreeAmountReduction', '2023-06-01', 257335],
    ['taxFreeAmountReduction', '2024-06-01', 283015],
    ['taxFreeAmountReduction', '2025-06-01', 291575],
    ['maritalQuotientMaximum', '2024-06-01', 1306000],
    ['singleBeneficiaryReduction', '2022-12-01', 2600],
    ['singleBeneficiaryReduction', '2023-01-01', 1200],
    ['otherFamilyChargeReduction', '2024-06-01', 4900],
    ['dependantAged65OrMoreReduction', '2025-06-01', 16200],
    ['personalContributionRate', '2025-06-01', 13.07],
  ] as const)('%s on %s is %s', (name, date, expected) => {
    expect(at(series(name), date).value).toBe(expected);
  });

  it('holds the 2024 and 2025 children reductions of the facts reference', () => {
    expect(at(p.childrenReduction, '2024-06-01').value).toEqual({
      byNumberOfChildrenCents: [4900, 13100, 34700, 60100, 87600, 115100, 142900, 173400],
      eachChildBeyondEightCents: 30500,
    });
    expect(at(p.childrenReduction, '2025-06-01').value.byNumberOfChildrenCents).toEqual([5100, 13400, 35800, 61900, 90300, 118600, 147300, 178700]);
  });

  it('holds the 2025 blue-collar work bonus of Easypay and the employee one of the facts reference', () => {
    expect(at(p.twoPartWorkBonusBlueCollar, '2025-02-01').value).toMatchObject({
      partAMaximumCents: 13024,
      partAReductionPerEuroPercent: 26.38,
      partBMaximumCents: 17563,
      partBReductionPerEuroPercent: 29.15,
    });
    expect(at(p.twoPartWorkBonusEmployee, '2024-05-01').value).toEqual({
      lowReferenceWageCents: 213259,
      middleReferenceWageCents: 272336,
      highReferenceWageCents: 320740,
      partAMaximumCents: 11822,
      partAReductionPerEuroPercent: 24.42,
      partBMaximumCents: 15943,
      partBReductionPerEuroPercent: 26.99,
    });
  });
});

describe.shuffle('parsePayrollParameterSet', () => {
  it('accepts the default set after a JSON round trip, so sets can be stored and exchanged as data', () => {
    const parsed = parsePayrollParameterSet(JSON.parse(JSON.stringify(p)));
    expect(parsed.ok).toBe(true);
  });

  it('reports a missing series, a bad date and a value of the wrong shape', () => {
    const data = JSON.parse(JSON.stringify(p));
    delete data.withholdingTaxScale;
    data.childrenReduction.values['2027-13-01'] = data.childrenReduction.values['2025-01-01'];
    data.taxFreeAmountReduction.values['2027-01-01'] = '3000';
    const parsed = parsePayrollParameterSet(data);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const messages = parsed.problems.map((problem) => `${problem.parameter}: ${problem.message}`);
    expect(messages).toContain('withholdingTaxScale: missing');
    expect(messages).toContain('childrenReduction: "2027-13-01" is not an ISO date');
    expect(messages.some((m) => m.startsWith('taxFreeAmountReduction: value of 2027-01-01'))).toBe(true);
  });
});
