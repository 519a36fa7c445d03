import { describe, expect, it } from 'vitest';
import { at } from '../parameters/dated-series';
import { belgianPayrollParameters as p } from '../parameters/belgian-payroll-parameters';
import { annualReferencePay, specialScaleRate, specialScaleWithholding } from './exceptional-payment-withholding';

function rate(date: string, scale: 'holiday' | 'exceptional', referencePay: number, children: number) {
  return specialScaleRate(
    referencePay,
    children,
    at(scale === 'holiday' ? p.holidayPayWithholdingScale : p.exceptionalAllowanceWithholdingScale, date).value,
    at(p.childExonerationLimits, date).value,
    at(p.childRateReductions, date).value,
  );
}

// Scales of facts §3.4 (2025) and ODOO19-PARAM (2021, 2022, 2024).
describe.shuffle('special withholding scales for exceptional payments', () => {
  it('normal annual pay is the monthly gross minus its contribution, times twelve', () => {
    expect(annualReferencePay(250000, 32675)).toBe(2607900);
  });

  it.each([
    ['2025-06-01', 'exceptional', 2607900, 40.38, '25,710.01–31,070'],
    ['2025-06-01', 'holiday', 3129480, 39.37, '31,070.01–33,810'],
    ['2024-06-01', 'holiday', 3050000, 39.37, '2024: 30,150.01–32,800'],
    ['2025-06-01', 'holiday', 3050000, 36.34, '2025: 25,710.01–31,070'],
    ['2021-06-01', 'exceptional', 2150000, 40.38, '2021: 21,350.01–25,800'],
    ['2022-06-01', 'exceptional', 2150000, 38.36, '2022: 19,550.01–21,830'],
    ['2025-06-01', 'exceptional', 1041500, 0, 'at or below 10,415: 0 %'],
    ['2025-06-01', 'exceptional', 9000000, 53.5, 'above 58,460'],
  ] as const)('%s %s scale, reference pay %i → %s %% (%s)', (date, scale, reference, expected, _bracket) => {
    expect(rate(date, scale, reference, 0).scaleRatePercent).toBe(expected);
  });

  it('children: exoneration lowers a reference pay under the limit, then the rate is reduced', () => {
    // 1 child, 2025: limit 18,400; 15,647.40 → 15,647.40 − 2,752.60 = 12,894.80 → 23.22 %, − 7.5 % (≤ 28,245)
    const r = rate('2025-06-01', 'exceptional', 1564740, 1);
    expect(r.adjustedReferencePayCents).toBe(1289480);
    expect(r.scaleRatePercent).toBe(23.22);
    expect(r.childRateReductionPercent).toBe(7.5);
    // 1,303.95 × 23.22 % × 92.5 % = 280.0689
    expect(specialScaleWithholding(130395, r)).toBe(28007);
  });

  it('three children above the exoneration limit still get the 35 % rate reduction under 31,070', () => {
    const r = rate('2025-06-01', 'exceptional', 3000000, 3);
    expect(r.adjustedReferencePayCents).toBe(3000000);
    expect([r.scaleRatePercent, r.childRateReductionPercent]).toEqual([40.38, 35]);
  });

  it('six children use the five-or-more reduction and the six-children limit', () => {
    const r = rate('2025-06-01', 'exceptional', 2000000, 6);
    expect(r.adjustedReferencePayCents).toBe(0); // 20,000 − (49,450 − 20,000) < 0
    expect(r.scaleRatePercent).toBe(0);
  });

  it('applies the rate to the taxable payment, rounded half up (13th month of 2,500 in 2025)', () => {
    // 2,173.25 × 40.38 % = 877.558
    expect(specialScaleWithholding(217325, rate('2025-06-01', 'exceptional', 2607900, 0))).toBe(87756);
  });
});
