import { describe, expect, it } from 'vitest';
import { LIFE_DOMAINS, type LifeDomainScore } from './life-domains';
import { planMilestones, STANDARD_MILESTONE_PLAN, validateMilestonePlan } from './milestones';
import {
  dueActions,
  initialTrajectoryState,
  nextActionDay,
  phaseOn,
  quartersElapsed,
  validateBaseline,
  validateFinalEvaluation,
  validateMilestoneCompletion,
  validatePause,
  validateResume,
  validateReview,
  withActionDone,
  withBaseline,
  withPause,
  withResume,
  type TrajectoryState,
} from './trajectory';
import { whatIsDue } from './due';

const start = '2026-01-05';
const grid = (score = 3): LifeDomainScore[] => LIFE_DOMAINS.map((domain) => ({ domain, score, note: '' }));
const fresh = () =>
  initialTrajectoryState({ participantId: 'p', cohortStart: start, selectedOn: '2025-12-01', milestones: planMilestones(STANDARD_MILESTONE_PLAN, start) });
const active = (): TrajectoryState => withBaseline(fresh());
const codes = (v: { field: string; code: string }[]) => v.map((e) => `${e.field}:${e.code}`);
const evidence = { summary: 'plan written and reviewed', references: [], obstacles: [] };

describe.shuffle('the trajectory calendar', () => {
  it('dates the standard milestones in months from the cohort start', () => {
    expect(planMilestones(STANDARD_MILESTONE_PLAN, start).map((m) => m.dueDate)).toEqual([
      '2026-07-05',
      '2026-10-05',
      '2027-01-05',
      '2027-04-05',
      '2027-07-05',
      '2027-10-05',
    ]);
  });

  it('refuses a cohort plan with a bad code, a due date outside the two years or a duplicate', () => {
    expect(
      codes(
        validateMilestonePlan([
          { code: 'Bad code', title: 'x', dueAfterMonths: 25 },
          { code: 'a', title: 'x', dueAfterMonths: 3 },
          { code: 'a', title: 'y', dueAfterMonths: 4 },
        ]),
      ),
    ).toEqual(['milestones.0.code:invalid-code', 'milestones.0.dueAfterMonths:outside-trajectory', 'milestones.2.code:duplicate-code']);
  });

  it.each([
    ['2026-01-05', 'intensive-training', 0],
    ['2026-04-04', 'intensive-training', 0],
    ['2026-04-05', 'collective-programme', 1],
    ['2027-01-05', 'individual-coaching', 4],
    ['2028-01-05', 'individual-coaching', 8],
  ])('on %s the participant is in %s, %i quarters in', (day, phase, quarters) => {
    expect(phaseOn(start, day)).toBe(phase);
    expect(quartersElapsed(start, day)).toBe(quarters);
  });

  it('before intake waits only for the intake (alert two weeks after the start) and the end', () => {
    const s = fresh();
    expect(nextActionDay(s, start)).toBe('2026-01-19');
    expect(dueActions(s, '2026-01-19').map((a) => a.kind)).toEqual(['intake-overdue']);
  });

  it('reminds a week before a milestone, alerts the day after, and asks for a review every quarter', () => {
    let s = active();
    const kinds: string[] = [];
    for (let day: string | null = start; day && day < '2026-07-10'; day = nextActionDay(s, day)) {
      for (const a of dueActions(s, day)) {
        kinds.push(`${day} ${a.kind}`);
        s = withActionDone(s, a);
      }
    }
    expect(kinds).toEqual([
      '2026-04-05 review-due',
      '2026-04-19 review-overdue',
      '2026-06-28 milestone-reminder',
      '2026-07-05 review-due',
      '2026-07-06 milestone-overdue',
    ]);
  });

  it('drops a reminder that would come after its milestone is due', () => {
    const due = dueActions(active(), '2026-07-06').filter((a) => a.kind.startsWith('milestone'));
    expect(due.map((a) => [a.kind, a.stale])).toEqual([
      ['milestone-reminder', true],
      ['milestone-overdue', false],
    ]);
  });

  it('holds every reminder during a pause, then moves pending milestones and missed reviews', () => {
    const paused = withPause(active(), '2026-03-20', 'illness');
    expect(dueActions(paused, '2026-06-01')).toEqual([]);
    const { state, moved } = withResume(paused, '2026-04-19');
    expect(moved[0]).toEqual({ code: 'business-plan', dueDate: '2026-08-04' });
    expect(state.reviewDueOverrides).toEqual({ 1: '2026-04-19' });
    expect(dueActions(state, '2026-04-19').map((a) => a.kind)).toEqual(['review-due']);
  });

  it('ends at 24 months whatever the pauses, and then waits for the final evaluation', () => {
    const paused = withPause(active(), '2027-12-01', 'detention');
    const [end] = dueActions(paused, '2028-01-05');
    expect(end!.kind).toBe('final-evaluation-due');
    const ended = withActionDone(paused, end!);
    expect(ended.status).toBe('awaiting-final-evaluation');
    expect(nextActionDay(ended, '2028-01-05')).toBeNull();
    expect(validateFinalEvaluation(ended, grid())).toEqual([]);
  });
});

describe.shuffle('the steps a coach records', () => {
  it('takes one complete baseline, then no other', () => {
    expect(codes(validateBaseline(fresh(), grid().slice(1)))).toEqual(['scores:life-domain-missing']);
    expect(codes(validateBaseline(fresh(), [...grid(), { domain: 'income', score: 6, note: '' }]))).toEqual([
      'scores.7.score:score-out-of-range',
      'scores:duplicate-life-domain',
    ]);
    expect(validateBaseline(fresh(), grid())).toEqual([]);
    expect(codes(validateBaseline(active(), grid()))).toEqual(['participant:intake-already-recorded']);
  });

  it('takes a review from two weeks before its day, once', () => {
    expect(codes(validateReview(active(), 1, grid(), '2026-03-21'))).toEqual(['quarter:review-not-due']);
    expect(validateReview(active(), 1, grid(), '2026-03-22')).toEqual([]);
    expect(codes(validateReview(active(), 8, grid(), '2028-01-05'))).toEqual(['quarter:unknown-quarter']);
    expect(codes(validateReview(fresh(), 1, grid(), '2026-04-05'))).toEqual(['participant:not-active']);
  });

  it('completes a milestone once, with evidence, and the obstacles milestone names each obstacle and its solution', () => {
    expect(validateMilestoneCompletion(active(), 'business-plan', evidence, '2026-05-01', '2026-05-02')).toEqual([]);
    expect(codes(validateMilestoneCompletion(active(), 'business-plan', evidence, '2026-05-03', '2026-05-02'))).toEqual(['completedOn:in-the-future']);
    expect(codes(validateMilestoneCompletion(active(), 'unicorn', evidence, '2026-05-01', '2026-05-02'))).toEqual(['code:unknown-milestone']);
    expect(codes(validateMilestoneCompletion(active(), 'obstacles-resolved', evidence, '2026-05-01', '2026-05-02'))).toEqual([
      'evidence.obstacles:obstacles-missing',
    ]);
    expect(
      validateMilestoneCompletion(
        active(),
        'obstacles-resolved',
        { ...evidence, obstacles: [{ obstacle: 'no bank account', solution: 'account at a cooperative bank' }] },
        '2026-05-01',
        '2026-05-02',
      ),
    ).toEqual([]);
  });

  it('pauses an active trajectory and resumes a paused one, not the other way round', () => {
    expect(codes(validatePause(fresh(), start, start))).toEqual(['participant:not-active']);
    expect(codes(validateResume(active(), start, start))).toEqual(['participant:not-paused']);
    const paused = withPause(active(), '2026-02-01', 'moving');
    expect(codes(validateResume(paused, '2026-01-31', '2026-03-01'))).toEqual(['resumedOn:before-pause']);
    expect(codes(validateFinalEvaluation(active(), grid()))).toEqual(['participant:not-awaiting-final-evaluation']);
  });
});

describe.shuffle("a coach's list of what is due", () => {
  it('shows overdue items first, then what falls within 30 days', () => {
    const due = whatIsDue(
      {
        status: 'active',
        cohortStart: start,
        intakeDue: '2026-01-19',
        milestones: [
          { code: 'business-plan', title: 'Business plan', dueDate: '2026-07-05', completedOn: null },
          { code: 'market-test', title: 'Market test', dueDate: '2026-10-05', completedOn: null },
        ],
        reviewsRecorded: [],
      },
      '2026-06-20',
    );
    expect(due.map((d) => `${d.kind}:${d.ref}:${d.overdue}`)).toEqual(['review:1:true', 'milestone:business-plan:false', 'review:2:false']);
  });
});
