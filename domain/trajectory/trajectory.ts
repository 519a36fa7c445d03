import type { RuleViolation } from '../rule-violation';
import { addDays, addMonths, compareDates, daysBetween, type CalendarDate } from '../time/dates';
import { validateLifeDomainScores, type LifeDomainScore } from './life-domains';
import { TRAJECTORY_MONTHS, validateEvidence, type MilestoneEvidence, type PlannedMilestone } from './milestones';

/**
 * The two-year trajectory of one entrepreneur, from intake to the 24-month evaluation.
 *   awaiting-intake → (baseline) active ⇄ paused
 *   24 months after the cohort start → awaiting-final-evaluation → (endline) completed
 *   any open status → dropped-out
 * Pure rules: the workflow keeps the state and the timers, these functions say what may happen.
 */
export const TRAJECTORY_STATUSES = ['awaiting-intake', 'active', 'paused', 'awaiting-final-evaluation', 'completed', 'dropped-out'] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];
export const OPEN_STATUSES: readonly TrajectoryStatus[] = ['awaiting-intake', 'active', 'paused', 'awaiting-final-evaluation'];

export const PAUSE_REASONS = ['illness', 'detention', 'moving', 'family', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];
export const DROP_OUT_REASONS = ['found-employment', 'health', 'detention', 'moved-away', 'lost-contact', 'project-abandoned', 'other'] as const;
export type DropOutReason = (typeof DROP_OUT_REASONS)[number];
export const OUTCOMES = ['activity-launched', 'activity-in-preparation', 'employment', 'further-training', 'no-outcome'] as const;
export type TrajectoryOutcome = (typeof OUTCOMES)[number];

/**
 * The phases and the months (from the cohort start) they cover. Individual coaching sessions may
 * be logged in any phase; the phase says what the programme is mainly about at that time.
 */
export const PHASES = [
  { phase: 'intensive-training', fromMonth: 0, toMonth: 3 },
  { phase: 'collective-programme', fromMonth: 3, toMonth: 12 },
  { phase: 'individual-coaching', fromMonth: 12, toMonth: TRAJECTORY_MONTHS },
] as const;
export type TrajectoryPhase = (typeof PHASES)[number]['phase'];
export const GROUP_PHASES = ['intensive-training', 'collective-programme'] as const;

export const MILESTONE_REMINDER_DAYS = 7;
export const REVIEW_INTERVAL_MONTHS = 3;
/** Reviews at 3, 6, … 21 months; the 24-month measure is the final evaluation. */
export const REVIEW_COUNT = TRAJECTORY_MONTHS / REVIEW_INTERVAL_MONTHS - 1;
/** A review may be held up to two weeks early, and is overdue two weeks after its day. */
export const REVIEW_EARLY_DAYS = 14;
export const REVIEW_GRACE_DAYS = 14;
/** The baseline is overdue two weeks after the later of the cohort start and the selection. */
export const INTAKE_GRACE_DAYS = 14;

export interface MilestoneProgress extends PlannedMilestone {
  completedOn: CalendarDate | null;
}

export interface TrajectoryState {
  participantId: string;
  cohortStart: CalendarDate;
  intakeDue: CalendarDate;
  status: TrajectoryStatus;
  milestones: MilestoneProgress[];
  reviewsRecorded: number[];
  /** A review whose day fell during a pause is due again on the day the participant came back. */
  reviewDueOverrides: Record<string, CalendarDate>;
  pause: { since: CalendarDate; reason: PauseReason } | null;
  /** Keys of the reminders and alerts already raised, so none is raised twice across runs. */
  done: string[];
  /** Counts recorded events: the business key of each event's audit entry. */
  eventCount: number;
}

export function initialTrajectoryState(input: {
  participantId: string;
  cohortStart: CalendarDate;
  selectedOn: CalendarDate;
  milestones: readonly PlannedMilestone[];
}): TrajectoryState {
  const from = compareDates(input.selectedOn, input.cohortStart) > 0 ? input.selectedOn : input.cohortStart;
  return {
    participantId: input.participantId,
    cohortStart: input.cohortStart,
    intakeDue: addDays(from, INTAKE_GRACE_DAYS),
    status: 'awaiting-intake',
    milestones: input.milestones.map((m) => ({ ...m, completedOn: null })),
    reviewsRecorded: [],
    reviewDueOverrides: {},
    pause: null,
    done: [],
    eventCount: 0,
  };
}

export const trajectoryEndDay = (cohortStart: CalendarDate) => addMonths(cohortStart, TRAJECTORY_MONTHS);
export const scheduledReviewDay = (cohortStart: CalendarDate, quarter: number) => addMonths(cohortStart, quarter * REVIEW_INTERVAL_MONTHS);
export const reviewDueDay = (s: TrajectoryState, quarter: number) => s.reviewDueOverrides[String(quarter)] ?? scheduledReviewDay(s.cohortStart, quarter);

export function phaseOn(cohortStart: CalendarDate, day: CalendarDate): TrajectoryPhase {
  for (const p of [...PHASES].reverse()) if (compareDates(day, addMonths(cohortStart, p.fromMonth)) >= 0) return p.phase;
  return 'intensive-training';
}

/** How many quarters of the trajectory have begun by `day` (0 in the first three months, 8 at the end). */
export function quartersElapsed(cohortStart: CalendarDate, day: CalendarDate): number {
  let q = 0;
  while (q < REVIEW_COUNT + 1 && compareDates(day, scheduledReviewDay(cohortStart, q + 1)) >= 0) q++;
  return q;
}

/** A step the workflow takes on its own when its day comes. */
export type TrajectoryAction =
  | { kind: 'intake-overdue'; key: string; day: CalendarDate }
  | { kind: 'milestone-reminder' | 'milestone-overdue'; key: string; day: CalendarDate; code: string; title: string; dueDate: CalendarDate }
  | { kind: 'review-due' | 'review-overdue'; key: string; day: CalendarDate; quarter: number; dueDate: CalendarDate }
  | { kind: 'final-evaluation-due'; key: string; day: CalendarDate };

/** Every reminder and alert still to come, whatever its day. A pause holds them all but the end. */
export function pendingActions(s: TrajectoryState): TrajectoryAction[] {
  if (s.status === 'completed' || s.status === 'dropped-out' || s.status === 'awaiting-final-evaluation') return [];
  const actions: TrajectoryAction[] = [{ kind: 'final-evaluation-due', key: 'final-evaluation-due', day: trajectoryEndDay(s.cohortStart) }];
  if (s.status === 'awaiting-intake') actions.push({ kind: 'intake-overdue', key: `intake-overdue:${s.intakeDue}`, day: s.intakeDue });
  if (s.status === 'active') {
    for (const m of s.milestones.filter((x) => x.completedOn === null)) {
      // Keyed by due date: a milestone moved by a pause is reminded again for its new date.
      const base = { code: m.code, title: m.title, dueDate: m.dueDate };
      actions.push({
        kind: 'milestone-reminder',
        key: `milestone-reminder:${m.code}:${m.dueDate}`,
        day: addDays(m.dueDate, -MILESTONE_REMINDER_DAYS),
        ...base,
      });
      actions.push({ kind: 'milestone-overdue', key: `milestone-overdue:${m.code}:${m.dueDate}`, day: addDays(m.dueDate, 1), ...base });
    }
    for (let q = 1; q <= REVIEW_COUNT; q++) {
      if (s.reviewsRecorded.includes(q)) continue;
      const dueDate = reviewDueDay(s, q);
      actions.push({ kind: 'review-due', key: `review-due:${q}:${dueDate}`, day: dueDate, quarter: q, dueDate });
      actions.push({ kind: 'review-overdue', key: `review-overdue:${q}:${dueDate}`, day: addDays(dueDate, REVIEW_GRACE_DAYS), quarter: q, dueDate });
    }
  }
  return actions.filter((a) => !s.done.includes(a.key)).sort((a, b) => compareDates(a.day, b.day));
}

/**
 * The actions whose day has come. A reminder that comes too late to be useful (its milestone is
 * already due) is `stale`: the workflow marks it done without sending it.
 */
export function dueActions(s: TrajectoryState, today: CalendarDate): Array<TrajectoryAction & { stale: boolean }> {
  return pendingActions(s)
    .filter((a) => compareDates(a.day, today) <= 0)
    .map((a) => ({ ...a, stale: a.kind === 'milestone-reminder' && compareDates(today, a.dueDate) >= 0 }));
}

/** The next day something is due after `today`, or null when nothing is scheduled. */
export function nextActionDay(s: TrajectoryState, today: CalendarDate): CalendarDate | null {
  return pendingActions(s).find((a) => compareDates(a.day, today) > 0)?.day ?? null;
}

export const withActionDone = (s: TrajectoryState, action: TrajectoryAction): TrajectoryState => {
  const next = { ...s, done: [...s.done, action.key] };
  return action.kind === 'final-evaluation-due' ? { ...next, status: 'awaiting-final-evaluation', pause: null } : next;
};

// ── Rules for the steps people record ─────────────────────────────────────────────────────────

const violation = (field: string, code: string, message: string): RuleViolation[] => [{ field, code, message }];
const notAfterToday = (field: string, day: CalendarDate, today: CalendarDate) =>
  compareDates(day, today) > 0 ? violation(field, 'in-the-future', `cannot be after today (${today})`) : [];

export function validateBaseline(s: TrajectoryState, scores: readonly LifeDomainScore[]): RuleViolation[] {
  if (s.status !== 'awaiting-intake') return violation('participant', 'intake-already-recorded', `the trajectory is ${s.status}: the baseline was recorded`);
  return validateLifeDomainScores(scores);
}

export function validateReview(s: TrajectoryState, quarter: number, scores: readonly LifeDomainScore[], today: CalendarDate): RuleViolation[] {
  if (s.status !== 'active') return violation('participant', 'not-active', `the trajectory is ${s.status}: reviews are held while it is active`);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > REVIEW_COUNT) {
    return violation('quarter', 'unknown-quarter', `reviews are numbered 1 to ${REVIEW_COUNT}; the 24-month measure is the final evaluation`);
  }
  if (s.reviewsRecorded.includes(quarter)) return violation('quarter', 'review-already-recorded', `review ${quarter} is already recorded`);
  const earliest = addDays(reviewDueDay(s, quarter), -REVIEW_EARLY_DAYS);
  if (compareDates(today, earliest) < 0) return violation('quarter', 'review-not-due', `review ${quarter} may be recorded from ${earliest}`);
  return validateLifeDomainScores(scores);
}

const MILESTONE_STATUSES: readonly TrajectoryStatus[] = ['active', 'paused', 'awaiting-final-evaluation'];

export function validateMilestoneCompletion(
  s: TrajectoryState,
  code: string,
  evidence: MilestoneEvidence,
  completedOn: CalendarDate,
  today: CalendarDate,
): RuleViolation[] {
  if (!MILESTONE_STATUSES.includes(s.status)) return violation('participant', 'not-active', `the trajectory is ${s.status}`);
  const milestone = s.milestones.find((m) => m.code === code);
  if (!milestone) return violation('code', 'unknown-milestone', `no milestone ${code} in this trajectory`);
  if (milestone.completedOn) return violation('code', 'milestone-already-completed', `${code} was completed on ${milestone.completedOn}`);
  const errors = [...notAfterToday('completedOn', completedOn, today), ...validateEvidence(milestone, evidence)];
  if (compareDates(completedOn, s.cohortStart) < 0) errors.push(...violation('completedOn', 'before-trajectory', `the trajectory started on ${s.cohortStart}`));
  return errors;
}

export function validatePause(s: TrajectoryState, since: CalendarDate, today: CalendarDate): RuleViolation[] {
  if (s.status !== 'active') return violation('participant', 'not-active', `the trajectory is ${s.status}: only an active trajectory is paused`);
  if (compareDates(since, s.cohortStart) < 0) return violation('since', 'before-trajectory', `the trajectory started on ${s.cohortStart}`);
  return notAfterToday('since', since, today);
}

export function validateResume(s: TrajectoryState, resumedOn: CalendarDate, today: CalendarDate): RuleViolation[] {
  if (s.status !== 'paused' || !s.pause) return violation('participant', 'not-paused', `the trajectory is ${s.status}`);
  if (compareDates(resumedOn, s.pause.since) < 0) return violation('resumedOn', 'before-pause', `the pause began on ${s.pause.since}`);
  return notAfterToday('resumedOn', resumedOn, today);
}

export function validateDropOut(s: TrajectoryState, on: CalendarDate, today: CalendarDate): RuleViolation[] {
  if (!OPEN_STATUSES.includes(s.status)) return violation('participant', 'trajectory-closed', `the trajectory is ${s.status}`);
  return notAfterToday('leftOn', on, today);
}

export function validateFinalEvaluation(s: TrajectoryState, scores: readonly LifeDomainScore[]): RuleViolation[] {
  if (s.status !== 'awaiting-final-evaluation') {
    const when = trajectoryEndDay(s.cohortStart);
    return violation('participant', 'not-awaiting-final-evaluation', `the trajectory is ${s.status}; the final evaluation is due from ${when}`);
  }
  return validateLifeDomainScores(scores);
}

// ── Transitions ───────────────────────────────────────────────────────────────────────────────

const counted = (s: TrajectoryState): TrajectoryState => ({ ...s, eventCount: s.eventCount + 1 });

export const withBaseline = (s: TrajectoryState): TrajectoryState => counted({ ...s, status: 'active' });
export const withReview = (s: TrajectoryState, quarter: number): TrajectoryState =>
  counted({ ...s, reviewsRecorded: [...s.reviewsRecorded, quarter].sort((a, b) => a - b) });
export const withMilestoneCompleted = (s: TrajectoryState, code: string, completedOn: CalendarDate): TrajectoryState =>
  counted({ ...s, milestones: s.milestones.map((m) => (m.code === code ? { ...m, completedOn } : m)) });
export const withPause = (s: TrajectoryState, since: CalendarDate, reason: PauseReason): TrajectoryState =>
  counted({ ...s, status: 'paused', pause: { since, reason } });
export const withDropOut = (s: TrajectoryState): TrajectoryState => counted({ ...s, status: 'dropped-out', pause: null });
export const withFinalEvaluation = (s: TrajectoryState): TrajectoryState => counted({ ...s, status: 'completed' });

/**
 * Back from a pause: the pending milestones due from the pause onwards move by the length of the
 * pause (a month in hospital is not a month late), and reviews that fell in the pause are due on
 * the day of return. The 24-month end does not move: the programme's funding period is fixed.
 */
export function withResume(s: TrajectoryState, resumedOn: CalendarDate): { state: TrajectoryState; moved: Array<{ code: string; dueDate: CalendarDate }> } {
  const since = s.pause!.since;
  const days = daysBetween(since, resumedOn);
  const moved: Array<{ code: string; dueDate: CalendarDate }> = [];
  const milestones = s.milestones.map((m) => {
    if (m.completedOn || days === 0 || compareDates(m.dueDate, since) < 0) return m;
    const dueDate = addDays(m.dueDate, days);
    moved.push({ code: m.code, dueDate });
    return { ...m, dueDate };
  });
  const reviewDueOverrides = { ...s.reviewDueOverrides };
  for (let q = 1; q <= REVIEW_COUNT; q++) {
    const due = reviewDueDay(s, q);
    if (!s.reviewsRecorded.includes(q) && compareDates(due, since) >= 0 && compareDates(due, resumedOn) < 0) reviewDueOverrides[String(q)] = resumedOn;
  }
  return { state: counted({ ...s, status: 'active', pause: null, milestones, reviewDueOverrides }), moved };
}
