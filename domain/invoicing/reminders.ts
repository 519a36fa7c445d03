import { addDays, type CalendarDate } from '../time/dates';

export type ReminderKind = 'friendly-reminder' | 'second-reminder' | 'formal-notice';

export interface ReminderStep {
  kind: ReminderKind;
  /** Days after the due date. */
  afterDueDays: number;
  /** The formal notice claims the legal interest and the lump-sum indemnity. */
  claimsLatePayment: boolean;
}

/** The ladder an unpaid invoice climbs after its due date; every step is skipped once it is paid. */
export const REMINDER_LADDER: readonly ReminderStep[] = [
  { kind: 'friendly-reminder', afterDueDays: 7, claimsLatePayment: false },
  { kind: 'second-reminder', afterDueDays: 14, claimsLatePayment: false },
  { kind: 'formal-notice', afterDueDays: 30, claimsLatePayment: true },
];

export function reminderDate(dueDate: CalendarDate, step: ReminderStep): CalendarDate {
  return addDays(dueDate, step.afterDueDays);
}

/** The steps still ahead on `today` (a workflow that resumes late sends only the latest one due). */
export function remainingSteps(dueDate: CalendarDate, today: CalendarDate, ladder: readonly ReminderStep[] = REMINDER_LADDER): ReminderStep[] {
  const due = ladder.filter((s) => reminderDate(dueDate, s) <= today);
  const ahead = ladder.filter((s) => reminderDate(dueDate, s) > today);
  return [...(due.length ? [due[due.length - 1]!] : []), ...ahead];
}
