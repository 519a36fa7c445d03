import { describe, expect, it } from 'vitest';
import { at } from '../parameters/dated-series';
import { belgianPayrollParameters as p } from '../parameters/belgian-payroll-parameters';
import { structuralReduction } from './structural-reduction';

const monthly = (date: string, gross: number, workedHours = 164.67, fullTimeHours = 164.67) =>
  structuralReduction(
    { monthlyGrossCents: gross, workedHours, fullTimeHours, employerBasicRatePercent: 25 },
    at(p.structuralReductionCategory1, date).value,
    at(p.structuralReductionWorkingTime, date).value,
  );

// Worked by hand from facts §5.2.
describe.shuffle('structural reduction, monthly estimate', () => {
  it.each([
    ['2025-01-01', 300000, 28191, 9397, 'facts: 0.14 × (11,013.62 − 9,000) = 281.91 a quarter, ≈ 93.97 a month'],
    ['2025-04-01', 300000, 31274, 10425, 'Q2 2025: 0.14 × (11,233.89 − 9,000) = 312.74'],
    ['2025-07-01', 210000, 114974, 38325, 'Q3 2025: 0.14 × 4,933.89 + 0.15 × (9,360 − 6,300) = 1,149.74'],
    ['2025-01-01', 400000, 0, 0, 'above S0'],
  ])('%s, gross %i → %i a quarter, %i a month (%s)', (date, gross, quarterly, month) => {
    const r = monthly(date, gross);
    expect([r.quarterlyReductionCents, r.monthlyReductionCents]).toEqual([quarterly, month]);
  });

  it('part time at half time: S on a full-time basis, µ = 0.5 and β = 1.18', () => {
    // S = 4,500 × 2.00 = 9,000; R = 281.91; 281.91 × 0.5 × 1.18 = 166.33; / 3 = 55.44
    const r = monthly('2025-01-01', 150000, 76, 152);
    expect([r.referenceWageCents, r.quarterlyReductionCents, r.monthlyReductionCents]).toEqual([900000, 16633, 5544]);
  });

  it('at 90 % of full time the reduction is not cut (β = 1/µ)', () => {
    // factor 152 / 136.8 = 1.11; S = 8,100 × 1.11 = 8,991; R = 0.14 × 2,022.62 = 283.17; / 3 = 94.39
    const r = monthly('2025-01-01', 270000, 136.8, 152);
    expect([r.referenceWageCents, r.quarterlyReductionCents, r.monthlyReductionCents]).toEqual([899100, 28317, 9439]);
  });
});
