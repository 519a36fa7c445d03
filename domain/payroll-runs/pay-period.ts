import type { RuleViolation } from '../rule-violation';
import { FIRST_SUPPORTED_PERIOD, LAST_SUPPORTED_PERIOD } from '../payroll/payslip-input';
import { addDays, addMonths, firstDayOfMonth, isoDayOfWeek, lastDayOfMonth, monthOf, type CalendarDate, type CalendarMonth } from '../time/dates';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A month that can be paid on `today` (Brussels date): well written, ended (the hours of a month
 * are known once it is over), and inside the parameters' coverage.
 */
export function payPeriodViolations(period: string, today: CalendarDate): RuleViolation[] {
  if (typeof period !== 'string' || !PERIOD.test(period)) {
    return [{ field: 'period', code: 'invalid-period', message: 'the period must be a month written YYYY-MM, e.g. 2026-11' }];
  }
  if (period >= monthOf(today)) {
    return [{ field: 'period', code: 'period-not-ended', message: `${period} is not over yet: a month is paid once it has ended` }];
  }
  if (period < FIRST_SUPPORTED_PERIOD || period > LAST_SUPPORTED_PERIOD) {
    return [{ field: 'period', code: 'period-not-covered', message: `payroll parameters cover ${FIRST_SUPPORTED_PERIOD} to ${LAST_SUPPORTED_PERIOD}` }];
  }
  return [];
}

export function previousPeriod(period: CalendarMonth): CalendarMonth {
  return monthOf(addMonths(firstDayOfMonth(period), -1));
}

export function periodBounds(period: CalendarMonth): { first: CalendarDate; last: CalendarDate } {
  return { first: firstDayOfMonth(period), last: lastDayOfMonth(period) };
}

/**
 * The day salaries of `period` are paid: `paymentDay` of the following month; when that day is
 * not after the approval any more, the first working day after the approval (a bank does not
 * execute a transfer in the past), and never on a Saturday or Sunday.
 */
export function salaryPaymentDate(period: CalendarMonth, approvedOn: CalendarDate, paymentDay: number): CalendarDate {
  const planned = addDays(firstDayOfMonth(monthOf(addDays(periodBounds(period).last, 1))), paymentDay - 1);
  let day = planned > approvedOn ? planned : addDays(approvedOn, 1);
  while (isoDayOfWeek(day) > 5) day = addDays(day, 1);
  return day;
}
