import type { RuleViolation } from '../rule-violation';
import { compareDates, type CalendarDate } from '../time/dates';
import { minimumWageViolations } from '../contracts/minimum-wage';

/** What an employer asks for: people for a shortage occupation, for a period. */
export interface JobRequestTerms {
  occupation: string;
  sector: 'care' | 'horeca' | 'construction' | 'other';
  headcount: number;
  hoursPerWeek: number;
  startDate: CalendarDate;
  endDate: CalendarDate;
  requiredSkills: string[];
  requiredLanguages: string[];
  offeredHourlyWageCents: number;
  /** What the employer pays its own staff in the same job: equal pay is the floor. */
  comparableStaffHourlyWageCents: number;
}

export function validateJobRequest(t: JobRequestTerms, today: CalendarDate): RuleViolation[] {
  const errors: RuleViolation[] = [];
  if (compareDates(t.startDate, today) < 0) errors.push({ field: 'startDate', code: 'start-in-past', message: `cannot start before today (${today})` });
  if (compareDates(t.endDate, t.startDate) < 0) errors.push({ field: 'endDate', code: 'ends-before-start', message: 'cannot end before it starts' });
  if (t.offeredHourlyWageCents < t.comparableStaffHourlyWageCents) {
    errors.push({
      field: 'offeredHourlyWageCents',
      code: 'below-equal-pay',
      message: 'the offered wage must be at least what the employer pays its own staff for this job (equal pay)',
    });
  }
  errors.push(...minimumWageViolations('offeredHourlyWageCents', t.offeredHourlyWageCents, t.startDate, 'startDate'));
  return errors;
}
