import type { RuleViolation } from '../rule-violation';
import { entryMinutes, type TimesheetEntry } from './timesheet-entry';

/**
 * A correction of an approved week changes nobody's hours behind their back. It is proposed as
 * the next version (`correction-proposed`) while the approved version stays in force — payroll and
 * invoicing keep reading it — until:
 *   - the worker confirms it: the new version is approved and supersedes the old one;
 *   - the worker disputes it (with a reason): `correction-disputed`, an alert for the cooperative,
 *     which settles it by confirming or withdrawing it;
 *   - nobody answers for CORRECTION_CONFIRMATION_DAYS: the cooperative is alerted and may then
 *     confirm it on the worker's behalf (with a reason, the worker told), or withdraw it.
 * It never confirms itself: silence is not consent when the correction usually takes hours away,
 * and the worker loses nothing by waiting, since the approved hours are paid meanwhile.
 */
export const CORRECTION_CONFIRMATION_DAYS = 7;
export const CORRECTION_STATUSES = ['correction-proposed', 'correction-disputed', 'withdrawn'] as const;
/** The code of an answer to a correction when none awaits one: the API answers 409. */
export const NO_PENDING_CORRECTION = 'no-pending-correction';

export interface PendingCorrection {
  version: number;
  timesheetId: string;
  entries: TimesheetEntry[];
  totalMinutes: number;
  reason: string;
  proposedAt: string;
  /** From this moment the cooperative may confirm it on the worker's behalf. */
  cooperativeMayConfirmFrom: string;
  disputed: boolean;
  workerReason: string | null;
}

export type CorrectionAnswer = 'confirm' | 'dispute' | 'withdraw';
export interface CorrectionAnswerRequest {
  answer: CorrectionAnswer;
  /** The version of the correction the person saw. */
  version: number;
  role: 'worker' | 'admin' | 'employer' | 'system' | 'coach';
  reason?: string | null;
}

const hasReason = (r: string | null | undefined) => Boolean(r && r.trim().length >= 3);

/** Who may answer a pending correction, how, and when. `now` is an input (workflow time). */
export function validateCorrectionAnswer(pending: PendingCorrection | null, req: CorrectionAnswerRequest, now: number): RuleViolation[] {
  if (!pending) return [{ field: 'correction', code: NO_PENDING_CORRECTION, message: 'no correction of this week awaits an answer' }];
  if (req.version !== pending.version) return [{ field: 'version', code: 'stale-version', message: 'this screen shows another correction of the week' }];
  if (req.role === 'worker') {
    if (req.answer === 'withdraw') return [{ field: 'answer', code: 'not-allowed', message: 'only the cooperative withdraws a correction' }];
    if (req.answer === 'dispute' && pending.disputed)
      return [{ field: 'answer', code: 'already-disputed', message: 'you have disputed this correction already: the cooperative settles it' }];
    if (req.answer === 'dispute' && !hasReason(req.reason))
      return [{ field: 'reason', code: 'reason-required', message: 'say what is wrong with the corrected hours' }];
    return [];
  }
  if (req.role !== 'admin') return [{ field: 'answer', code: 'not-allowed', message: 'the worker or the cooperative answers a correction' }];
  if (req.answer === 'dispute')
    return [{ field: 'answer', code: 'not-allowed', message: 'the worker disputes a correction; the cooperative confirms or withdraws it' }];
  if (!hasReason(req.reason))
    return [{ field: 'reason', code: 'reason-required', message: 'say why the cooperative settles the correction (e.g. who was called, when)' }];
  if (req.answer === 'confirm' && !pending.disputed && now < Date.parse(pending.cooperativeMayConfirmFrom)) {
    return [
      {
        field: 'correction',
        code: 'awaiting-worker',
        message: `the worker has until ${pending.cooperativeMayConfirmFrom} to answer; the cooperative confirms on their behalf only after that, or once they dispute it`,
        params: { from: pending.cooperativeMayConfirmFrom },
      },
    ];
  }
  return [];
}

/** Minutes per day before and after a correction, for the worker to compare, day by day in date order. */
export function correctionByDay(
  before: readonly TimesheetEntry[],
  after: readonly TimesheetEntry[],
): { date: string; beforeMinutes: number; afterMinutes: number }[] {
  const days = new Map<string, { beforeMinutes: number; afterMinutes: number }>();
  const add = (entries: readonly TimesheetEntry[], side: 'beforeMinutes' | 'afterMinutes') => {
    for (const e of entries) {
      const day = days.get(e.date) ?? { beforeMinutes: 0, afterMinutes: 0 };
      day[side] += entryMinutes(e);
      days.set(e.date, day);
    }
  };
  add(before, 'beforeMinutes');
  add(after, 'afterMinutes');
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, d]) => ({ date, ...d }));
}
