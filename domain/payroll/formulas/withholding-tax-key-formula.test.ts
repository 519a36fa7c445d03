import { describe, expect, it } from 'vitest';
import { at } from '../parameters/dated-series';
import { belgianPayrollParameters as p } from '../parameters/belgian-payroll-parameters';
import { type KeyFormulaParameters, type WithholdingScale, withholdingTaxKeyFormula } from './withholding-tax-key-formula';

function keyFormulaParameters(date: string): KeyFormulaParameters {
  return {
    roundingStepCents: at(p.taxableBaseRoundingStep, date).value,
    lumpSumExpensesRatePercent: at(p.lumpSumExpensesRate, date).value,
    lumpSumExpensesBoundCents: at(p.lumpSumExpensesBound, date).value,
    lumpSumExpensesMaximumCents: at(p.lumpSumExpensesMaximum, date).value,
    scale: at(p.withholdingTaxScale, date).value,
    taxFreeAmountReductionCents: at(p.taxFreeAmountReduction, date).value,
    maritalQuotientRatePercent: at(p.maritalQuotientRate, date).value,
    maritalQuotientMaximumCents: at(p.maritalQuotientMaximum, date).value,
  };
}

// Expected figures worked by hand from facts §3.1–§3.2 (2022 scale from ODOO19-PARAM).
describe.shuffle('withholding tax key formula (Annex III)', () => {
  it.each([
    // date, scale, monthly taxable, expected monthly tax, how
    ['2025-01-01', 'scale-I', 265856, 46523, 'worked example #6: 8,498.57 − 2,915.75 = 5,582.82 / 12'],
    ['2025-02-01', 'scale-I', 236881, 34122, 'worked example #9: 7,010.41 − 2,915.75 = 4,094.66 / 12'],
    ['2021-03-01', 'scale-I', 174285, 21725, 'FGTB 2021, 1,800 single: T rounded to 1,740; 217.255 truncated'],
    ['2025-06-01', 'scale-II', 236881, 1550, 'Q = 6,748.716; 1,805.28 + 4,212.32 − 2 × 2,915.75 = 186.10 / 12'],
    ['2025-06-01', 'scale-I', 150000, 3789, 'below the bound: net 12,600; 3,370.50 − 2,915.75 = 454.75 / 12'],
    ['2025-06-01', 'scale-I', 100000, 0, 'tax below the tax-free amount'],
    ['2025-06-01', 'non-resident', 265856, 70821, 'no tax-free amount: 8,498.57 / 12'],
    ['2022-12-01', 'scale-I', 200799, 30383, '€15 rounding: T 1,995; net 18,910; 5,868.95 − 2,222.93 = 3,646.02 / 12'],
    ['2023-01-01', 'scale-I', 200799, 24555, 'no rounding since 2023: net 18,585.88; 5,519.97 − 2,573.35 = 2,946.62 / 12'],
    ['2024-06-01', 'scale-I', 200000, 20334, 'basic tax 5,270.285 rounds half up to 5,270.29; − 2,830.15 = 2,440.14 / 12'],
  ] as const)('%s %s, taxable %i → %i (%s)', (date, scale, taxable, expected, _how) => {
    expect(withholdingTaxKeyFormula(taxable, scale as WithholdingScale, keyFormulaParameters(date)).monthlyTaxCents).toBe(expected);
  });

  it('shows its intermediate figures as the facts reference states them for example #6', () => {
    const r = withholdingTaxKeyFormula(265856, 'scale-I', keyFormulaParameters('2025-01-01'));
    expect(r.annualGrossCents).toBe(3190272);
    expect(r.annualNetTaxableMilliCents).toBe(2597272 * 1000);
    expect(r.basicTaxCents).toBe(849857);
    expect(r.annualTaxCents).toBe(558282);
  });
});
