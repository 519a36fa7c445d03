import { describe, expect, it } from 'vitest';
import { at } from '../parameters/dated-series';
import { belgianPayrollParameters as p } from '../parameters/belgian-payroll-parameters';
import { specialSocialSecurityContribution } from './special-social-security-contribution';

const single = (date: string) => at(p.specialContributionScaleSingleOrOneIncome, date).value;
const twoIncomes = (date: string) => at(p.specialContributionScaleTwoIncomes, date).value;

// Worked by hand from facts §4: min(max(basis + (G − from + 0.01) × rate, min), max).
describe.shuffle('special social security contribution', () => {
  it.each([
    ['2022-03-01', 194538, 0, 'up to 1,945.38 nothing'],
    ['2022-03-01', 200000, 415, 'old scale: 7.6 % × 54.62 = 4.151'],
    ['2022-04-01', 200000, 230, 'new scale: 4.22 % × 54.62 = 2.305'],
    ['2021-06-01', 250000, 2201, 'old scale: 18.60 + 1.1 % × 309.82 = 22.008'],
    ['2025-01-01', 300000, 1924, 'worked example #6: 10.33 + 1.1 % × 809.82 = 19.238'],
    ['2025-02-01', 250000, 1374, 'worked example #9, single: 10.33 + 1.1 % × 309.82 = 13.738'],
    ['2025-02-01', 380000, 2948, '27.35 + 3.38 % × 63.00 = 29.479'],
    ['2025-02-01', 700000, 6094, 'ceiling 60.94'],
  ])('single or one income, %s, gross %i → %i (%s)', (date, gross, expected) => {
    expect(specialSocialSecurityContribution(gross, single(date))?.amountCents).toBe(expected);
  });

  it.each([
    ['2022-03-01', 109509, 0, 'up to 1,095.09 nothing'],
    ['2022-03-01', 150000, 930, 'old scale: flat 9.30'],
    ['2022-04-01', 150000, 515, 'new scale: flat 5.15'],
    ['2022-03-01', 200000, 930, 'old scale: 7.6 % × 54.62 = 4.15, at least 9.30'],
    ['2025-02-01', 210000, 912, '5.9 % × 154.62 = 9.123'],
    ['2025-02-01', 250000, 1785, 'worked example #9: 14.44 + 1.1 % × 309.82 = 17.848'],
    ['2025-02-01', 700000, 5164, 'ceiling 51.64'],
  ])('two incomes, %s, gross %i → %i (%s)', (date, gross, expected) => {
    expect(specialSocialSecurityContribution(gross, twoIncomes(date))?.amountCents).toBe(expected);
  });
});
