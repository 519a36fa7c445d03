import { type Cents, divideRoundingHalfUp, percentToBasisPoints } from '../../money';

/** The kinds of hours a timesheet distinguishes; each kind but regular may carry a premium. */
export type HourKind = 'regular' | 'overtime' | 'night' | 'sunday' | 'publicHoliday';

export const HOUR_KINDS: readonly HourKind[] = ['regular', 'overtime', 'night', 'sunday', 'publicHoliday'];

/** Hours are recorded to the hundredth of an hour (36 seconds); finer input is rejected upstream. */
export function hoursInHundredths(hours: number): number {
  return Math.round(hours * 100);
}

/**
 * Pay for a number of hours of one kind: hours × hourly wage × (100 % + premium), rounded half up
 * to the cent once, on the line, as a payslip line shows it.
 */
export function payForHours(hours: number, hourlyWageCents: Cents, premiumPercent: number): Cents {
  const premiumBasisPoints = percentToBasisPoints(premiumPercent);
  return divideRoundingHalfUp(hoursInHundredths(hours) * hourlyWageCents * (10000 + premiumBasisPoints), 1_000_000);
}
