import { compareDates, type CalendarDate } from '../time/dates';
import { LIFE_DOMAINS, type LifeDomain, type MeasureKind } from './life-domains';
import { milestoneTitle, type MilestoneLanguage } from './milestones';
import { GROUP_PHASES, OUTCOMES, TRAJECTORY_STATUSES, type TrajectoryOutcome, type TrajectoryStatus } from './trajectory';

/**
 * The cohort report for funders and the public: aggregates only, no name, no note. Any figure
 * that describes fewer than MIN_GROUP_SIZE participants is suppressed (null, `suppressed`), and
 * a category count of 1 to 4 is suppressed together with the next smallest count, so it cannot
 * be recovered by subtraction from the total. A suppressed figure does not give the size of its
 * group either (`n` is null): "2 people, hidden" already tells who they are in a small cohort.
 */
export const MIN_GROUP_SIZE = 5;

export interface CohortFacts {
  cohort: { id: string; name: string; startDate: CalendarDate };
  participants: Array<{ id: string; status: TrajectoryStatus; outcome: TrajectoryOutcome | null; consentTestimony: boolean }>;
  groupSessions: Array<{ phase: string }>;
  attendance: Array<{ participantId: string; phase: string; status: 'present' | 'excused' | 'absent' }>;
  coachingSessions: Array<{ participantId: string; durationMinutes: number }>;
  milestones: Array<{ participantId: string; code: string; title: string; dueDate: CalendarDate; completedOn: CalendarDate | null }>;
  scores: Array<{ participantId: string; kind: MeasureKind; quarter: number; domain: LifeDomain; score: number }>;
  testimonies: Array<{ participantId: string; text: string; language: string }>;
}

/** A figure over a group of `n` participants; value and `n` null, and suppressed, when the group is too small. */
export type Figure = { n: number; value: number; suppressed: false } | { n: null; value: null; suppressed: true };
export interface CategoryCount {
  category: string;
  count: number | null;
  suppressed: boolean;
}

export interface CohortReport {
  cohort: { id: string; name: string; startDate: CalendarDate };
  minGroupSize: number;
  participants: Figure;
  statuses: CategoryCount[];
  outcomes: CategoryCount[];
  /** Per phase, shares of the attendance recorded: present, excused, absent without excuse (they add up to 1). */
  attendance: Array<{ phase: string; sessions: number; rate: Figure; excusedRate: Figure; absentRate: Figure }>;
  coaching: { hoursPerParticipant: Figure; sessionsPerParticipant: Figure };
  milestones: Array<{ code: string; title: string; reachedRate: Figure; onTimeRate: Figure }>;
  lifeDomains: Array<{ domain: LifeDomain; baseline: Figure; midline: Figure; endline: Figure; change: Figure }>;
  /** Only from participants who consented to testimonies in public documentation; never named. */
  testimonies: Array<{ text: string; language: string }>;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
export function figure(n: number, value: () => number): Figure {
  return n < MIN_GROUP_SIZE ? { n: null, value: null, suppressed: true } : { n, value: round2(value()), suppressed: false };
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Category counts with primary (1–4) and complementary suppression. Zero reveals nobody. */
export function categoryCounts(categories: readonly string[], values: readonly string[]): CategoryCount[] {
  const counts = categories.map((category) => ({ category, count: values.filter((v) => v === category).length }));
  const hidden = new Set(counts.filter((c) => c.count > 0 && c.count < MIN_GROUP_SIZE).map((c) => c.category));
  if (hidden.size === 1) {
    const next = counts.filter((c) => c.count > 0 && !hidden.has(c.category)).sort((a, b) => a.count - b.count)[0];
    if (next) hidden.add(next.category);
  }
  return counts.map((c) => (hidden.has(c.category) ? { category: c.category, count: null, suppressed: true } : { ...c, suppressed: false }));
}

/** The report; the titles of standard milestones read in `language` (a cohort's own keep theirs). */
export function cohortReport(f: CohortFacts, language: MilestoneLanguage = 'en'): CohortReport {
  const ids = f.participants.map((p) => p.id);
  const closed = f.participants.filter((p) => p.outcome !== null);

  const attendance = GROUP_PHASES.map((phase) => {
    const rows = f.attendance.filter((a) => a.phase === phase);
    const n = new Set(rows.map((r) => r.participantId)).size;
    const share = (status: 'present' | 'excused' | 'absent') => figure(n, () => rows.filter((r) => r.status === status).length / rows.length);
    return {
      phase,
      sessions: f.groupSessions.filter((s) => s.phase === phase).length,
      rate: share('present'),
      excusedRate: share('excused'),
      absentRate: share('absent'),
    };
  });

  const coached = ids.map((id) => f.coachingSessions.filter((s) => s.participantId === id));
  const coaching = {
    hoursPerParticipant: figure(ids.length, () => mean(coached.map((ss) => ss.reduce((t, s) => t + s.durationMinutes, 0) / 60))),
    sessionsPerParticipant: figure(ids.length, () => mean(coached.map((ss) => ss.length))),
  };

  // In date order: each milestone at its earliest due date, the code breaking ties.
  const firstDue = new Map<string, { title: string; dueDate: CalendarDate }>();
  for (const m of f.milestones) {
    const seen = firstDue.get(m.code);
    if (!seen || compareDates(m.dueDate, seen.dueDate) < 0) firstDue.set(m.code, { title: m.title, dueDate: m.dueDate });
  }
  const codes = [...firstDue.entries()]
    .sort(([a, x], [b, y]) => compareDates(x.dueDate, y.dueDate) || a.localeCompare(b))
    .map(([code, m]) => [code, milestoneTitle({ code, title: m.title }, language)] as const);
  const milestones = codes.map(([code, title]) => {
    const rows = f.milestones.filter((m) => m.code === code);
    const reached = rows.filter((m) => m.completedOn !== null);
    return {
      code,
      title,
      reachedRate: figure(rows.length, () => reached.length / rows.length),
      onTimeRate: figure(rows.length, () => reached.filter((m) => compareDates(m.completedOn!, m.dueDate) <= 0).length / rows.length),
    };
  });

  const lifeDomains = LIFE_DOMAINS.map((domain) => {
    const of = (kind: MeasureKind) => {
      const byParticipant = new Map<string, { quarter: number; score: number }>();
      for (const s of f.scores.filter((x) => x.domain === domain && x.kind === kind)) {
        const seen = byParticipant.get(s.participantId);
        // The latest midline stands for the middle of the trajectory.
        if (!seen || s.quarter > seen.quarter) byParticipant.set(s.participantId, { quarter: s.quarter, score: s.score });
      }
      return byParticipant;
    };
    const [baseline, midline, endline] = [of('baseline'), of('midline'), of('endline')];
    const measure = (m: Map<string, { score: number }>) => figure(m.size, () => mean([...m.values()].map((v) => v.score)));
    const both = [...endline.keys()].filter((id) => baseline.has(id));
    return {
      domain,
      baseline: measure(baseline),
      midline: measure(midline),
      endline: measure(endline),
      change: figure(both.length, () => mean(both.map((id) => endline.get(id)!.score - baseline.get(id)!.score))),
    };
  });

  const consenting = new Set(f.participants.filter((p) => p.consentTestimony).map((p) => p.id));
  return {
    cohort: f.cohort,
    minGroupSize: MIN_GROUP_SIZE,
    participants: figure(ids.length, () => ids.length),
    statuses: categoryCounts(
      TRAJECTORY_STATUSES,
      f.participants.map((p) => p.status),
    ),
    outcomes: categoryCounts(
      OUTCOMES,
      closed.map((p) => p.outcome!),
    ),
    attendance,
    coaching,
    milestones,
    lifeDomains,
    // Testimonies of a cohort under the group size could still be traced back: none then.
    testimonies:
      ids.length < MIN_GROUP_SIZE ? [] : f.testimonies.filter((t) => consenting.has(t.participantId)).map(({ text, language }) => ({ text, language })),
  };
}
