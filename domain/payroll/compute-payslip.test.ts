import { describe, expect, it } from 'vitest';
import { computePayslip, InvalidPayslipInputError, type PayslipTotals } from './compute-payslip';
import { belgianPayrollParameters, type PayrollParameterSet } from './parameters/belgian-payroll-parameters';
import type { PayslipInput } from './payslip-input';
import { explainLine } from './explain';

const employee = (period: string, grossCents: number, family: PayslipInput['family'] = 'single', dependentChildren = 0): PayslipInput => ({
  period,
  payKind: 'regular',
  workerCategory: 'white-collar',
  grossCents,
  family,
  dependentChildren,
});

const totalsOf = (input: PayslipInput, parameters?: PayrollParameterSet) => computePayslip(input, parameters).totals;

/** The parameter set Odoo effectively uses: no "isolé" reduction (facts §3.3). */
const withoutSingleBeneficiaryReduction: PayrollParameterSet = {
  ...belgianPayrollParameters,
  singleBeneficiaryReduction: {
    ...belgianPayrollParameters.singleBeneficiaryReduction,
    values: { '2019-01-01': 0 },
    provisional: undefined,
  },
};

describe.shuffle('worked example #6 (facts §14): January 2025, employee, 3,000.00, single', () => {
  it('with the "isolé" reduction applied: withholding 436.44, net 2,202.88', () => {
    expect(totalsOf(employee('2025-01', 300000))).toEqual<PayslipTotals>({
      grossCents: 300000,
      personalSocialSecurityCents: 39210,
      socialWorkBonusCents: 5066,
      taxableCents: 265856,
      withholdingTaxBeforeWorkBonusCents: 46523 - 1200,
      fiscalWorkBonusCents: 1679,
      withholdingTaxCents: 43644,
      specialSocialSecurityContributionCents: 1924,
      netCents: 220288,
      // Gross + employer lines at our FFE rates (0.23 % and 0.17 %, not the Odoo test's 0.34 % and 0.10 %,
      // see the employer side below) with the structural reduction of the published formula (−93.97).
      employerCostCents: 300000 + 75000 + 60 + 30 + 690 + 510 + 690 + 300 - 9397,
    });
  });

  it('without it, as Odoo computes: withholding 465.23 − 16.79 = 448.44, net 2,190.88', () => {
    const totals = totalsOf(employee('2025-01', 300000), withoutSingleBeneficiaryReduction);
    expect(totals.withholdingTaxBeforeWorkBonusCents).toBe(46523);
    expect(totals.fiscalWorkBonusCents).toBe(1679);
    expect(totals.withholdingTaxCents).toBe(44844);
    expect(totals.netCents).toBe(219088);
  });

  it('employer side: the Odoo contribution lines, given the FFE rates the Odoo test used', () => {
    const odooRates: PayrollParameterSet = {
      ...belgianPayrollParameters,
      closingFundContributionRate: { ...belgianPayrollParameters.closingFundContributionRate, values: { '2016-01-01': 0.34 } },
      closingFundSpecialContributionRate: { ...belgianPayrollParameters.closingFundSpecialContributionRate, values: { '2016-01-01': 0.1 } },
    };
    const lines = computePayslip(employee('2025-01', 300000), odooRates).lines.filter((line) => line.side === 'employer');
    const amounts = Object.fromEntries(lines.map((line) => [line.code, line.amountCents]));
    expect(amounts).toEqual({
      EMPLOYER_SOCIAL_SECURITY: 75000,
      EMPLOYER_WORK_ACCIDENT_FUND: 60,
      EMPLOYER_ASBESTOS_FUND: 30,
      EMPLOYER_CLOSING_FUND: 1020,
      EMPLOYER_CLOSING_FUND_TEMPORARY_UNEMPLOYMENT: 300,
      EMPLOYER_SECTOR_FUND: 690,
      EMPLOYER_TEMPORARY_UNEMPLOYMENT: 300,
      // Odoo shows −145.92; the published formula gives 281.91 a quarter, 93.97 a month (facts §5.2).
      EMPLOYER_STRUCTURAL_REDUCTION: -9397,
    });
    expect(computePayslip(employee('2025-01', 300000), odooRates).totals.employerCostCents).toBe(300000 + 77400 - 9397);
  });
});

describe.shuffle('worked example #9 (facts §14): 2025, employee, 2,500.00', () => {
  it('two-income couple: work bonus 195.56, withholding 261.87, special 17.85, net 2,089.09', () => {
    const totals = totalsOf(employee('2025-02', 250000, 'couple-two-incomes'));
    expect(totals).toMatchObject({
      personalSocialSecurityCents: 32675,
      socialWorkBonusCents: 19556,
      taxableCents: 236881,
      withholdingTaxBeforeWorkBonusCents: 34122,
      fiscalWorkBonusCents: 7935,
      withholdingTaxCents: 26187,
      specialSocialSecurityContributionCents: 1785,
      netCents: 208909,
    });
  });

  it('single with the 12 € "isolé" reduction: withholding 249.87, special 13.74, net 2,105.20', () => {
    expect(totalsOf(employee('2025-06', 250000))).toMatchObject({
      withholdingTaxCents: 24987,
      specialSocialSecurityContributionCents: 1374,
      netCents: 210520,
    });
  });

  it('one-income couple (Scale II): key formula 15.50, wiped out by the fiscal work bonus; net 2,355.07', () => {
    expect(totalsOf(employee('2025-06', 250000, 'couple-one-income'))).toMatchObject({
      withholdingTaxBeforeWorkBonusCents: 1550,
      fiscalWorkBonusCents: 1550,
      withholdingTaxCents: 0,
      specialSocialSecurityContributionCents: 1374,
      netCents: 235507,
    });
  });
});

// Whole payslips on both sides of each date the rules changed, worked by hand from the facts.
describe.shuffle('payslips across the dates the law changed', () => {
  it.each([
    [
      '2022-03',
      employee('2022-03', 200000),
      { socialWorkBonusCents: 15739, withholdingTaxCents: 18073, specialSocialSecurityContributionCents: 415, netCents: 171111 },
    ],
    [
      '2022-04',
      employee('2022-04', 200000),
      { socialWorkBonusCents: 19618, withholdingTaxCents: 18072, specialSocialSecurityContributionCents: 230, netCents: 175176 },
    ],
    [
      '2022-12',
      employee('2022-12', 250000),
      { socialWorkBonusCents: 13481, withholdingTaxCents: 37038, specialSocialSecurityContributionCents: 1374, netCents: 192394 },
    ],
    [
      '2023-01',
      employee('2023-01', 250000),
      { socialWorkBonusCents: 13481, withholdingTaxCents: 31730, specialSocialSecurityContributionCents: 1374, netCents: 197702 },
    ],
    [
      '2024-03',
      employee('2024-03', 220000, 'couple-two-incomes', 1),
      {
        socialWorkBonusCents: 22977,
        withholdingTaxBeforeWorkBonusCents: 21521,
        fiscalWorkBonusCents: 7615,
        withholdingTaxCents: 13906,
        specialSocialSecurityContributionCents: 1455,
        netCents: 198862,
      },
    ],
    [
      '2024-04',
      employee('2024-04', 220000, 'couple-two-incomes', 1),
      {
        socialWorkBonusCents: 24273,
        withholdingTaxBeforeWorkBonusCents: 22076,
        fiscalWorkBonusCents: 10504,
        withholdingTaxCents: 11572,
        specialSocialSecurityContributionCents: 1455,
        netCents: 202492,
      },
    ],
  ] as const)('%s', (_, input, expected) => {
    expect(totalsOf(input)).toMatchObject(expected);
  });

  it.each([
    ['2025-01', { personalSocialSecurityCents: 35289, socialWorkBonusCents: 19276, withholdingTaxCents: 24033, netCents: 208580 }],
    ['2025-02', { personalSocialSecurityCents: 35289, socialWorkBonusCents: 21121, withholdingTaxCents: 23903, netCents: 210555 }],
  ] as const)('blue-collar, 2,500.00, single, %s', (period, expected) => {
    expect(totalsOf({ ...employee(period, 250000), workerCategory: 'blue-collar' })).toMatchObject(expected);
  });

  it('blue-collar employer cost: contributions on 108 %, holiday-pay financing, structural reduction', () => {
    const payslip = computePayslip({ ...employee('2025-02', 250000), workerCategory: 'blue-collar' });
    const amounts = Object.fromEntries(payslip.lines.filter((l) => l.side === 'employer').map((l) => [l.code, l.amountCents]));
    expect(amounts).toMatchObject({
      EMPLOYER_SOCIAL_SECURITY: 67500,
      EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_QUARTERLY: 15039,
      EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_ANNUAL: 27729,
      EMPLOYER_STRUCTURAL_REDUCTION: -16397,
    });
    expect(payslip.totals.employerCostCents).toBe(250000 + 95923);
  });

  it('part time with a capped work bonus: parts shared in proportion, nothing left to tax', () => {
    const totals = totalsOf({ ...employee('2025-02', 100000), workedHours: 76, fullTimeHours: 152 });
    expect(totals).toMatchObject({ personalSocialSecurityCents: 13070, socialWorkBonusCents: 13070, withholdingTaxCents: 0, netCents: 100000 });
  });
});

describe.shuffle('pay from hours', () => {
  it('adds one line per kind of hours, premiums included', () => {
    const payslip = computePayslip({
      period: '2025-03',
      payKind: 'regular',
      workerCategory: 'white-collar',
      hours: { regular: 150, overtime: 10, sunday: 8 },
      hourlyWageCents: 1550,
      family: 'single',
      dependentChildren: 0,
    });
    const earnings = payslip.lines.filter((line) => line.code.endsWith('_HOURS'));
    expect(earnings.map((line) => [line.code, line.amountCents])).toEqual([
      ['REGULAR_HOURS', 232500],
      ['OVERTIME_HOURS', 23250],
      ['SUNDAY_HOURS', 24800],
    ]);
    expect(payslip.totals.grossCents).toBe(280550);
  });
});

describe.shuffle('exceptional payments (facts §3.4)', () => {
  it('13th month of 2,500.00 in 2025: 40.38 % on 2,173.25; no work bonus, no special contribution', () => {
    const payslip = computePayslip({ ...employee('2025-12', 250000), payKind: 'thirteenth-month' });
    expect(payslip.totals).toEqual({
      grossCents: 250000,
      personalSocialSecurityCents: 32675,
      socialWorkBonusCents: 0,
      taxableCents: 217325,
      withholdingTaxBeforeWorkBonusCents: 87756,
      fiscalWorkBonusCents: 0,
      withholdingTaxCents: 87756,
      specialSocialSecurityContributionCents: 0,
      netCents: 129569,
      employerCostCents: 250000 + 62500 + 50 + 575 + 425 + 250 + 575,
    });
  });

  it('double holiday pay of a 3,000.00 employee with two children in 2025', () => {
    // 92 % = 2,760.00; ONSS on 85 % (2,550.00) = 333.29; reference (3,000 − 392.10) × 12 = 31,294.80 → 39.37 %
    const totals = totalsOf({ ...employee('2025-06', 300000, 'couple-two-incomes', 2), payKind: 'double-holiday-pay' });
    expect(totals).toMatchObject({
      grossCents: 276000,
      personalSocialSecurityCents: 33329,
      taxableCents: 242671,
      withholdingTaxCents: 95540,
      netCents: 147131,
      employerCostCents: 276000,
    });
  });

  it('refuses blue-collar double holiday pay: the holiday fund pays it', () => {
    expect(() => computePayslip({ ...employee('2025-06', 250000), workerCategory: 'blue-collar', payKind: 'double-holiday-pay' })).toThrow(
      InvalidPayslipInputError,
    );
  });
});

describe.shuffle('provisional parameters', () => {
  it('a 2025 payslip uses only official values', () => {
    const payslip = computePayslip(employee('2025-06', 250000));
    expect(payslip.provisional).toBe(false);
    expect(payslip.provisionalParameters).toEqual([]);
  });

  it('a 2026 payslip says which carried-forward values it used', () => {
    const payslip = computePayslip(employee('2026-03', 250000));
    expect(payslip.provisional).toBe(true);
    expect(payslip.provisionalParameters).toEqual(
      expect.arrayContaining([
        'withholdingTaxScale',
        'taxFreeAmountReduction',
        'twoPartWorkBonusEmployee',
        'personalContributionRate',
        'singleBeneficiaryReduction',
      ]),
    );
    expect(payslip.provisionalParameters).not.toContain('maritalQuotientMaximum'); // Scale II not used
    for (const line of payslip.lines) {
      for (const parameter of line.parameters) {
        if (parameter.provisional) expect(payslip.provisionalParameters).toContain(parameter.name);
      }
    }
  });

  it('a 2023 13th month is provisional: no 2023 special scale was found', () => {
    const payslip = computePayslip({ ...employee('2023-12', 250000), payKind: 'thirteenth-month' });
    expect(payslip.provisionalParameters).toEqual(['exceptionalAllowanceWithholdingScale']);
  });
});

describe.shuffle('explanations', () => {
  it('speak plain words with the actual figures, in three languages', () => {
    const line = computePayslip(employee('2025-01', 300000)).lines.find((l) => l.code === 'PERSONAL_SOCIAL_SECURITY')!;
    expect(explainLine(line).en).toBe(
      '13.07\u00a0% of your gross pay (€3,000.00) goes to social security: pensions, health care, unemployment. That is €392.10.',
    );
    expect(explainLine(line).fr).toContain('13,07\u00a0% de votre salaire brut (3\u202f000,00\u00a0€)');
    expect(explainLine(line).nl).toContain('€\u00a0392,10');
    expect(line.parameters[0]).toMatchObject({ name: 'personalContributionRate', value: 13.07, effectiveFrom: '2021-01-01', provisional: false });
  });
});
