import { divideRoundingHalfUp, type Cents } from '../money';
import { addDays, compareDates, daysBetween, type CalendarDate } from '../time/dates';
import { latePaymentRateOn, lumpSumOn } from './parameters';

export interface InterestPeriod {
  from: CalendarDate;
  /** Inclusive. */
  to: CalendarDate;
  days: number;
  ratePercent: number;
  rateSource: string;
  provisional: boolean;
  interestCents: Cents;
}

export interface LatePaymentClaim {
  principalCents: Cents;
  interestCents: Cents;
  lumpSumCents: Cents;
  lumpSumSource: string;
  periods: InterestPeriod[];
  provisional: boolean;
}

/** Half-year boundaries: the rate is fixed for each half-year. */
function nextHalfYear(date: CalendarDate): CalendarDate {
  const year = Number(date.slice(0, 4));
  return date.slice(5, 7) <= '06' ? `${year}-07-01` : `${year + 1}-01-01`;
}

/**
 * What a late commercial payment owes on `asOf`: simple interest on the unpaid principal from the
 * day after the due date up to `asOf` included, at the legal rate of each half-year (days/365),
 * and the fixed indemnity for recovery costs. Nothing is owed on or before the due date.
 */
export function latePaymentClaim(principalCents: Cents, dueDate: CalendarDate, asOf: CalendarDate): LatePaymentClaim {
  const periods: InterestPeriod[] = [];
  if (principalCents <= 0 || compareDates(asOf, dueDate) <= 0) {
    return { principalCents, interestCents: 0, lumpSumCents: 0, lumpSumSource: lumpSumOn(dueDate).source, periods, provisional: false };
  }
  let from = addDays(dueDate, 1);
  while (compareDates(from, asOf) <= 0) {
    const boundary = nextHalfYear(from);
    const to = compareDates(addDays(boundary, -1), asOf) < 0 ? addDays(boundary, -1) : asOf;
    const rate = latePaymentRateOn(from);
    const days = daysBetween(from, to) + 1;
    // rate in hundredths of a percent: principal × bp × days / (10000 × 365), rounded once per period.
    const interestCents = divideRoundingHalfUp(principalCents * Math.round(rate.value * 100) * days, 10_000 * 365);
    periods.push({ from, to, days, ratePercent: rate.value, rateSource: rate.source, provisional: rate.provisional, interestCents });
    from = addDays(to, 1);
  }
  const lumpSum = lumpSumOn(addDays(dueDate, 1));
  return {
    principalCents,
    interestCents: periods.reduce((s, p) => s + p.interestCents, 0),
    lumpSumCents: lumpSum.value,
    lumpSumSource: lumpSum.source,
    periods,
    provisional: periods.some((p) => p.provisional),
  };
}
