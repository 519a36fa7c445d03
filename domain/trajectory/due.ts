import { addDays, compareDates, type CalendarDate } from '../time/dates';
import { REVIEW_COUNT, scheduledReviewDay, trajectoryEndDay, type TrajectoryStatus } from './trajectory';

/** How far ahead a coach's "what is due" list looks. */
export const DUE_HORIZON_DAYS = 30;

export interface DueItem {
  kind: 'intake' | 'milestone' | 'review' | 'final-evaluation';
  /** The milestone code or the review number, when there is one. */
  ref: string | null;
  label: string;
  dueDate: CalendarDate;
  overdue: boolean;
}

export interface ParticipantProgressFacts {
  status: TrajectoryStatus;
  cohortStart: CalendarDate;
  intakeDue: CalendarDate;
  milestones: Array<{ code: string; title: string; dueDate: CalendarDate; completedOn: CalendarDate | null }>;
  reviewsRecorded: number[];
}

/** What a coach has to do for a participant in the coming weeks, overdue items first. */
export function whatIsDue(p: ParticipantProgressFacts, today: CalendarDate): DueItem[] {
  const horizon = addDays(today, DUE_HORIZON_DAYS);
  const item = (kind: DueItem['kind'], ref: string | null, label: string, dueDate: CalendarDate): DueItem => ({
    kind,
    ref,
    label,
    dueDate,
    overdue: compareDates(dueDate, today) < 0,
  });
  const items: DueItem[] = [];
  if (p.status === 'awaiting-intake') items.push(item('intake', null, 'Intake baseline', p.intakeDue));
  if (p.status === 'awaiting-final-evaluation') items.push(item('final-evaluation', null, 'Final evaluation', trajectoryEndDay(p.cohortStart)));
  if (p.status === 'active') {
    for (const m of p.milestones) if (!m.completedOn) items.push(item('milestone', m.code, m.title, m.dueDate));
    for (let q = 1; q <= REVIEW_COUNT; q++) {
      if (!p.reviewsRecorded.includes(q)) items.push(item('review', String(q), `Quarterly review ${q}`, scheduledReviewDay(p.cohortStart, q)));
    }
  }
  return items.filter((i) => compareDates(i.dueDate, horizon) <= 0).sort((a, b) => Number(b.overdue) - Number(a.overdue) || compareDates(a.dueDate, b.dueDate));
}
