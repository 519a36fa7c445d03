import type { RuleViolation } from '../rule-violation';
import { checkWorkingTime, type WorkingTimeLimits } from './working-time';
import type { TimesheetEntry, WorkKind } from './timesheet-entry';
import type { CalendarDate } from '../time/dates';
import { mondayOfIsoWeek, type IsoWeekId } from '../time/iso-week';

/**
 * One week of hours for one placement. Each version goes
 *   draft → submitted → approved | deemed-approved   (immutable from then on)
 *   submitted → disputed → (edited) → submitted again
 * A correction after approval is a new version that supersedes the old one once the worker
 * confirms it: correction-proposed → approved | correction-disputed | withdrawn (see correction.ts;
 * workflows started before that rule took the old road: draft → … → approved again).
 */
export const TIMESHEET_STATUSES = [
  'draft',
  'submitted',
  'disputed',
  'approved',
  'deemed-approved',
  'superseded',
  'correction-proposed',
  'correction-disputed',
  'withdrawn',
] as const;
export type TimesheetStatus = (typeof TIMESHEET_STATUSES)[number];
export const APPROVED: readonly TimesheetStatus[] = ['approved', 'deemed-approved'];

/** The approval calendar after submission, in hours, and the deemed-approval policy in days. */
export interface ApprovalPolicy {
  firstReminderHours: number;
  secondReminderHours: number;
  escalationHours: number;
  /** After this many days without answer the week is deemed approved, with the evidence kept. */
  deemedApprovalDays: number;
}
export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = { firstReminderHours: 24, secondReminderHours: 48, escalationHours: 72, deemedApprovalDays: 7 };

export interface TimesheetPeriod {
  isoWeek: IsoWeekId;
  placementStart: CalendarDate;
  placementEnd: CalendarDate;
  limits?: Partial<WorkingTimeLimits>;
}

/** Working-time violations of a set of entries, as field problems (`entries.3.start`). */
export function entryViolations(period: TimesheetPeriod, entries: readonly TimesheetEntry[]): RuleViolation[] {
  const report = checkWorkingTime({
    isoWeek: period.isoWeek,
    placementStart: period.placementStart,
    placementEnd: period.placementEnd,
    entries,
    limits: period.limits,
  });
  return report.violations.map((v) => ({
    field: `entries.${v.entryIndex}.${v.field}`,
    code: v.code,
    message: v.message,
    ...(v.params ? { params: v.params } : {}),
  }));
}

export function totalsOf(period: TimesheetPeriod, entries: readonly TimesheetEntry[]): { totalsByKind: Record<WorkKind, number>; totalMinutes: number } {
  const report = checkWorkingTime({
    isoWeek: period.isoWeek,
    placementStart: period.placementStart,
    placementEnd: period.placementEnd,
    entries,
    limits: period.limits,
  });
  return { totalsByKind: { ...report.totalsByKind }, totalMinutes: report.totalMinutes };
}

export function validateEdit(status: TimesheetStatus, period: TimesheetPeriod, entries: readonly TimesheetEntry[]): RuleViolation[] {
  if (status !== 'draft' && status !== 'disputed') {
    return [
      {
        field: 'entries',
        code: 'not-editable',
        message: `the week is ${status}: ${status === 'submitted' ? 'wait for the employer’s answer' : 'ask for a correction'}`,
      },
    ];
  }
  return entryViolations(period, entries);
}

export function validateSubmit(status: TimesheetStatus, period: TimesheetPeriod, entries: readonly TimesheetEntry[]): RuleViolation[] {
  if (status !== 'draft' && status !== 'disputed') return [{ field: 'timesheet', code: 'not-submittable', message: `the week is ${status}` }];
  if (entries.length === 0) return [{ field: 'entries', code: 'no-hours', message: 'record at least one day before submitting' }];
  return entryViolations(period, entries);
}

/** A dispute says what is wrong with the hours; an approval needs no reason. */
export function validateDecisionReason(decision: 'approve' | 'dispute', reason: string | undefined): RuleViolation[] {
  if (decision === 'dispute' && !(reason && reason.trim().length >= 3))
    return [{ field: 'reason', code: 'reason-required', message: 'say what is wrong with the hours' }];
  return [];
}

export function validateDecision(status: TimesheetStatus, version: number, decidedVersion: number): RuleViolation[] {
  if (status !== 'submitted') return [{ field: 'timesheet', code: 'not-awaiting-approval', message: `the week is ${status}, not awaiting approval` }];
  if (version !== decidedVersion) return [{ field: 'version', code: 'stale-version', message: 'this link or screen shows an older version of the week' }];
  return [];
}

export function validateCorrectionRequest(status: TimesheetStatus, reason: string): RuleViolation[] {
  if (!APPROVED.includes(status))
    return [{ field: 'timesheet', code: 'not-approved', message: 'only an approved week is corrected by a new version; edit it instead' }];
  if (reason.trim().length < 3) return [{ field: 'reason', code: 'reason-required', message: 'say why the approved week is corrected' }];
  return [];
}

/**
 * Hours are recorded once worked: a week that has not begun has nothing to record yet, and no day
 * after `today` (Brussels) can be entered. `today` is an input.
 */
export function validateDaysWorked(isoWeek: IsoWeekId, entries: readonly Pick<TimesheetEntry, 'date'>[], today: CalendarDate): RuleViolation[] {
  const monday = mondayOfIsoWeek(isoWeek);
  if (monday > today) {
    return [
      {
        field: 'isoWeek',
        code: 'week-not-started',
        message: `week ${isoWeek} has not started yet: its hours can be recorded from ${monday}, once worked`,
        params: { isoWeek, monday },
      },
    ];
  }
  return entries.flatMap((e, i) =>
    e.date > today
      ? [
          {
            field: `entries.${i}.date`,
            code: 'day-in-future',
            message: `${e.date} has not happened yet: record the hours of a day once it is worked`,
            params: { date: e.date },
          },
        ]
      : [],
  );
}
