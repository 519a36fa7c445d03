import { describe, expect, it } from 'vitest';
import { payslipRecord } from './dmfa.fixtures';
import { taxForm28110, type PaidPayslip } from './tax-form-281-10';

const slip = (period: string, paidPeriod: string, minutes: number, kind: 'regular' | 'regularisation' = 'regular'): PaidPayslip => ({
  ...payslipRecord({
    id: `${period}:${kind}`,
    workerId: 'w1',
    contractId: 'c1',
    period,
    category: 'white-collar',
    weeklyHours: 38,
    hourlyWageCents: 1650,
    regularMinutes: minutes,
    daysWorked: 20,
    kind,
  }),
  paidPeriod,
});

describe.shuffle('the 281.10 of a worker', () => {
  const payslips = [
    slip('2025-11', '2025-11', 9000),
    slip('2025-12', '2025-12', 9600),
    slip('2025-12', '2026-01', 240, 'regularisation'),
    slip('2026-01', '2026-01', 9000),
  ];

  it('sums what was paid in the year, to the cent, a regularisation in the year it was paid', () => {
    const form = taxForm28110({ year: 2025, workerId: 'w1', workerCode: 'W-1', payslips });
    const paid2025 = payslips.filter((p) => p.paidPeriod < '2026');
    expect(form.payslipCount).toBe(2);
    expect(form.months).toEqual(['2025-11', '2025-12']);
    expect(form.grossCents).toBe(paid2025.reduce((s, p) => s + p.grossCents, 0));
    expect(form.withholdingTaxCents).toBe(paid2025.reduce((s, p) => s + p.withholdingTaxCents, 0));
    expect(form.taxableRemunerationCents).toBe(form.grossCents - form.personalContributionsCents);
    expect(form.personalContributionsCents).toBe(paid2025.reduce((s, p) => s + p.personalContributionCents - p.socialWorkBonusCents, 0));
    expect(taxForm28110({ year: 2026, workerId: 'w1', workerCode: 'W-1', payslips }).payslipCount).toBe(2);
  });

  it('is empty for a year without pay and for another worker', () => {
    expect(taxForm28110({ year: 2024, workerId: 'w1', workerCode: 'W-1', payslips }).grossCents).toBe(0);
    expect(taxForm28110({ year: 2025, workerId: 'w2', workerCode: 'W-2', payslips }).payslipCount).toBe(0);
  });
});
