import { describe, expect, it } from 'vitest';
import { computePayslip } from '../compute-payslip';
import { belgianPayrollParameters, PAYROLL_PARAMETER_NAMES } from './belgian-payroll-parameters';
import { coverageWarnings, parameterCoverage } from './coverage';
import { at } from './dated-series';

describe.shuffle('parameters that never run out', () => {
  it('covers the year after the last official values, carried forward', () => {
    expect(parameterCoverage(belgianPayrollParameters)).toMatchObject({ enteredThrough: '2026-12-31', coveredThrough: '2027-12-31' });
  });

  it.each(PAYROLL_PARAMETER_NAMES)('%s has a value in 2027, marked provisional with the reason', (name) => {
    const resolved = at(belgianPayrollParameters[name] as Parameters<typeof at>[0], '2027-01-01');
    expect(resolved.provisional).toBe(true);
    expect(resolved.provisionalReason).toMatch(/carried forward|provisional|not|no /i);
  });

  it('computes a January 2027 payslip, provisional in every parameter the December 2026 one takes as provisional and more', () => {
    const input = { payKind: 'regular', workerCategory: 'white-collar', grossCents: 280_000, family: 'single', dependentChildren: 1 } as const;
    const jan2027 = computePayslip({ ...input, period: '2027-01' });
    const dec2026 = computePayslip({ ...input, period: '2026-12' });
    expect(jan2027.provisional).toBe(true);
    expect(jan2027.provisionalParameters.length).toBeGreaterThanOrEqual(dec2026.provisionalParameters.length);
    expect(jan2027.provisionalParameters).toEqual(expect.arrayContaining(dec2026.provisionalParameters));
    expect(jan2027.totals.netCents).toBeGreaterThan(0);
  });

  it('keeps an official value official before the entered date', () => {
    expect(at(belgianPayrollParameters.personalContributionRate, '2025-06-01').provisional).toBe(false);
  });

  it.each([
    ['2026-10-01', []],
    ['2026-11-01', ['official-parameters-ending']],
    ['2027-06-01', ['official-parameters-ending']],
    ['2027-11-01', ['official-parameters-ending', 'parameters-ending']],
  ])('on %s warns %j', (today, codes) => {
    expect(coverageWarnings(belgianPayrollParameters, today).map((w) => w.code)).toEqual(codes);
  });
});
