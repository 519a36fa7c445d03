import { describe, expect, it } from 'vitest';
import { latePaymentClaim } from './late-payment';
import { REMINDER_LADDER, remainingSteps, reminderDate } from './reminders';

describe.shuffle('late payment (Law of 2 August 2002)', () => {
  it('owes nothing up to the due date', () => {
    expect(latePaymentClaim(100_000, '2026-03-31', '2026-03-31')).toMatchObject({ interestCents: 0, lumpSumCents: 0 });
  });

  it('30 days late on 1,000 € at 10.5 %: 8.63 € interest and the 40 € indemnity', () => {
    const claim = latePaymentClaim(100_000, '2026-03-01', '2026-03-31');
    // 100000 × 10.5 % × 30 / 365 = 863.01
    expect(claim).toMatchObject({ interestCents: 863, lumpSumCents: 4000, provisional: false });
    expect(claim.periods).toEqual([expect.objectContaining({ from: '2026-03-02', to: '2026-03-31', days: 30, ratePercent: 10.5 })]);
  });

  it('splits the interest at the half-year, each at its own rate', () => {
    const claim = latePaymentClaim(100_000, '2024-12-21', '2025-01-10');
    expect(claim.periods.map((p) => [p.from, p.to, p.days, p.ratePercent])).toEqual([
      ['2024-12-22', '2024-12-31', 10, 12.5],
      ['2025-01-01', '2025-01-10', 10, 11.5],
    ]);
    expect(claim.interestCents).toBe(342 + 315); // 342.47 + 315.07
  });

  it('a rate carried forward makes the claim provisional', () => {
    expect(latePaymentClaim(100_000, '2026-07-01', '2026-08-01').provisional).toBe(true);
  });
});

describe.shuffle('reminder ladder', () => {
  it('friendly at +7, second at +14, formal notice with the late-payment claim at +30', () => {
    expect(REMINDER_LADDER.map((s) => [s.kind, reminderDate('2026-12-31', s), s.claimsLatePayment])).toEqual([
      ['friendly-reminder', '2027-01-07', false],
      ['second-reminder', '2027-01-14', false],
      ['formal-notice', '2027-01-30', true],
    ]);
  });

  it('a late start sends only the latest step due, then what is ahead', () => {
    expect(remainingSteps('2026-12-31', '2027-01-20').map((s) => s.kind)).toEqual(['second-reminder', 'formal-notice']);
    expect(remainingSteps('2026-12-31', '2026-12-31').map((s) => s.kind)).toEqual(['friendly-reminder', 'second-reminder', 'formal-notice']);
  });
});
