import { describe, expect, it } from 'vitest';
import { divideRoundingHalfUp, divideTruncating, formatEurosInAllLanguages, formatEurosPlain, percentToBasisPoints } from '../../money';

// The money helpers the payroll engine added to domain/money.ts.
describe.shuffle('exact roundings named after their rule', () => {
  it.each([
    [15, 10, 2],
    [14, 10, 1],
    [25, 10, 3],
    [-15, 10, -2],
    [-14, 10, -1],
    [19_605_000, 10_000, 1961], // €150.00 × 13.07 % = 19.605 → 19.61, where bankers' rounding gives 19.60
  ])('half up: %i / %i = %i', (n, d, q) => expect(divideRoundingHalfUp(n, d)).toBe(q));

  it.each([
    [6_699_384, 12, 558_282], // 66,993.84 / 12 = 5,582.82
    [260_706, 12, 21_725], // 2,607.06 / 12 = 217.255 → 217.25 (FGTB 2021)
    [-19, 10, -1],
  ])('truncating: %i / %i = %i', (n, d, q) => expect(divideTruncating(n, d)).toBe(q));

  it('refuses to divide fractions or by zero', () => {
    expect(() => divideRoundingHalfUp(1.5, 2)).toThrow();
    expect(() => divideTruncating(1, 0)).toThrow();
  });

  it('reads percentages with at most two decimals as basis points', () => {
    expect(percentToBasisPoints(13.07)).toBe(1307);
    expect(percentToBasisPoints(0.02)).toBe(2);
    expect(percentToBasisPoints(7.5)).toBe(750);
    expect(() => percentToBasisPoints(3.571)).toThrow();
  });
});

describe.shuffle('euro formatting for payslip explanations', () => {
  it.each([
    [300000, '3\u202f000,00\u00a0€', '€\u00a03.000,00', '€3,000.00'],
    [5, '0,05\u00a0€', '€\u00a00,05', '€0.05'],
    [123456789, '1\u202f234\u202f567,89\u00a0€', '€\u00a01.234.567,89', '€1,234,567.89'],
    [-39210, '-392,10\u00a0€', '€\u00a0-392,10', '-€392.10'],
    [100000, '1\u202f000,00\u00a0€', '€\u00a01.000,00', '€1,000.00'],
  ])('%i cents', (cents, fr, nl, en) => {
    expect(formatEurosInAllLanguages(cents)).toEqual({ fr, nl, en });
    expect([formatEurosPlain(cents, 'fr'), formatEurosPlain(cents, 'nl'), formatEurosPlain(cents, 'en')]).toEqual([fr, nl, en]);
  });
});
