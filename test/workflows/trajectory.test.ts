import { randomUUID } from 'node:crypto';
import { startOfBrusselsDay } from '../../domain/time/brussels';
import { addDays, addMonths, type CalendarDate } from '../../domain/time/dates';
import { LIFE_DOMAINS } from '../../domain/trajectory/life-domains';
import {
  completeMilestoneUpdate,
  dropOutUpdate,
  pauseTrajectoryUpdate,
  recordBaselineUpdate,
  recordFinalEvaluationUpdate,
  recordReviewUpdate,
  resumeTrajectoryUpdate,
  trajectoryStateQuery,
  trajectoryWorkflow,
} from '../../workflows/trajectory';
import { insertParticipant } from '../support/trajectory-fixtures';
import { workflowSuite } from '../support/workflow-suite';
import { describe, expect, it } from 'vitest';
import { cohortReport } from '../../domain/trajectory/cohort-report';
import { loadCohortFacts } from '../../db/trajectory-facts';

const suite = workflowSuite();
const today = suite.today;
/** Lets workflow time run to 10:00 in Brussels on `day`. */
async function until(day: CalendarDate) {
  const ms = startOfBrusselsDay(day) + 10 * 3600_000 - (await suite.env.currentTimeMs());
  if (ms > 0) await suite.env.sleep(ms);
}
const grid = (score: number) => LIFE_DOMAINS.map((domain) => ({ domain, score, note: domain === 'legal-situation' ? 'derogation request filed' : '' }));

const withTrajectoryWorker = (fn: (taskQueue: string) => Promise<void>, workflowId: () => string) => suite.withWorker({ leftovers: () => [workflowId()] }, fn);

describe('trajectory workflow', () => {
  it('follows an entrepreneur for 24 months: reminders, an overdue alert, quarterly reviews, a pause, the final evaluation', async () => {
    const cohortStart = addDays(await today(), 1);
    const { participantId, coachId, milestones } = await insertParticipant(suite.db, { cohortStart });
    const workflowId = `trajectory:${participantId}`;
    const coach = { userId: coachId, role: 'coach' as const };
    const dueOf = (code: string) => milestones.find((m) => m.code === code)!.dueDate;

    await withTrajectoryWorker(
      async (taskQueue) => {
        const handle = await suite.env.client.workflow.start(trajectoryWorkflow, {
          taskQueue,
          workflowId,
          args: [{ participantId, cohortStart, selectedOn: cohortStart, milestones }],
        });
        const firstRunId = handle.firstExecutionRunId;
        const at = async () => ({ actor: coach, today: await today() });
        await handle.executeUpdate(recordBaselineUpdate, { args: [{ ...(await at()), scores: grid(2) }] });

        // Month 3: the first quarterly review is asked of the coach, and recorded.
        await until(addMonths(cohortStart, 3));
        await handle.executeUpdate(recordReviewUpdate, { args: [{ ...(await at()), quarter: 1, scores: grid(2) }] });
        expect((await suite.env.client.workflow.getHandle(workflowId, firstRunId).describe()).status.name).toBe('CONTINUED_AS_NEW');

        // The business plan is reached early; the market test is missed: reminder a week ahead, alert the day after.
        await until(addDays(dueOf('business-plan'), -10));
        await handle.executeUpdate(completeMilestoneUpdate, {
          args: [
            {
              ...(await at()),
              code: 'business-plan',
              completedOn: await today(),
              evidence: { summary: 'plan reviewed by the coach', references: ['plan-v2.pdf'], obstacles: [] },
            },
          ],
        });
        await until(addMonths(cohortStart, 6));
        await handle.executeUpdate(recordReviewUpdate, { args: [{ ...(await at()), quarter: 2, scores: grid(3) }] });
        await until(addDays(dueOf('market-test'), 1));
        await handle.query(trajectoryStateQuery);

        // Month 9 review, then a month in hospital: reminders hold, the next milestone moves by the pause.
        await until(addMonths(cohortStart, 9));
        await handle.executeUpdate(recordReviewUpdate, { args: [{ ...(await at()), quarter: 3, scores: grid(3) }] });
        const pausedOn = await today();
        await handle.executeUpdate(pauseTrajectoryUpdate, { args: [{ ...(await at()), since: pausedOn, reason: 'illness' }] });
        await until(addDays(pausedOn, 30));
        const resumed = await handle.executeUpdate(resumeTrajectoryUpdate, { args: [{ ...(await at()), resumedOn: await today() }] });
        expect(resumed.milestones.find((m) => m.code === 'first-customer')!.dueDate).toBe(addDays(dueOf('first-customer'), 30));

        for (let quarter = 4; quarter <= 7; quarter++) {
          await until(addMonths(cohortStart, quarter * 3));
          await handle.executeUpdate(recordReviewUpdate, { args: [{ ...(await at()), quarter, scores: grid(3) }] });
        }
        await until(addMonths(cohortStart, 24));
        expect((await handle.query(trajectoryStateQuery)).status).toBe('awaiting-final-evaluation');
        await handle.executeUpdate(recordFinalEvaluationUpdate, {
          args: [{ ...(await at()), scores: grid(4), outcome: 'activity-launched', exitReason: 'completed the programme' }],
        });
        expect(await handle.result()).toBe('completed');
      },
      () => workflowId,
    );

    const reminders = await suite.db.query('select kind, due_date from coach_reminder where participant_id = $1 order by raised_at', [participantId]);
    expect(reminders.map((r) => r.kind).slice(0, 5)).toEqual(['review-due', 'review-due', 'milestone-due-soon', 'review-due', 'milestone-overdue']);
    // The patched step (milestone-overdue-reminds-coach): new runs tell the coach too.
    expect(reminders).toContainEqual({ kind: 'milestone-overdue', due_date: dueOf('market-test') });
    expect(reminders.filter((r) => r.kind === 'review-due')).toHaveLength(7);
    expect(reminders.filter((r) => r.kind === 'final-evaluation-due')).toHaveLength(1);
    expect(reminders).toContainEqual({ kind: 'milestone-due-soon', due_date: dueOf('market-test') });
    expect(reminders).not.toContainEqual({ kind: 'milestone-due-soon', due_date: dueOf('business-plan') });

    const alerts = await suite.db.query('select kind, message from alert where subject_id = $1 order by raised_at', [participantId]);
    expect(alerts[0]).toEqual({ kind: 'milestone-overdue', message: `Milestone "Market test" was due on ${dueOf('market-test')} and is not reached.` });
    expect(alerts.map((a) => a.kind)).not.toContain('review-overdue');

    const [participant] = await suite.db.query('select status, outcome, exit_reason from participant where id = $1', [participantId]);
    expect(participant).toEqual({ status: 'completed', outcome: 'activity-launched', exit_reason: 'completed the programme' });
    const scores = await suite.db.query('select kind, count(*)::int as n from life_domain_score where participant_id = $1 group by kind order by kind', [
      participantId,
    ]);
    expect(scores).toEqual([
      { kind: 'baseline', n: 7 },
      { kind: 'endline', n: 7 },
      { kind: 'midline', n: 49 },
    ]);
    const [note] = await suite.db.query(
      "select id, note_cipher from life_domain_score where participant_id = $1 and domain = 'legal-situation' and quarter = 0",
      [participantId],
    );
    expect(note!.note_cipher).not.toContain('derogation');
    expect(suite.cipher.decrypt(note!.note_cipher as string, { table: 'life_domain_score', column: 'note_cipher', id: note!.id as string })).toBe(
      'derogation request filed',
    );
    const events = await suite.db.query('select kind from trajectory_event where participant_id = $1 order by recorded_at', [participantId]);
    expect(events.map((e) => e.kind)).toEqual(['paused', 'resumed']);
    const audit = await suite.db.query("select action from audit_entry where subject_id = $1 and action like 'trajectory.%' order by id", [participantId]);
    expect(audit.map((a) => a.action)).toEqual([
      'trajectory.baseline',
      'trajectory.review',
      'trajectory.milestone-completed',
      'trajectory.review',
      'trajectory.review',
      'trajectory.paused',
      'trajectory.resumed',
      'trajectory.review',
      'trajectory.review',
      'trajectory.review',
      'trajectory.review',
      'trajectory.ended',
      'trajectory.final-evaluation',
    ]);
  });

  it('alerts an admin when the intake baseline is not recorded within two weeks, and refuses a second baseline', async () => {
    const cohortStart = await today();
    const { participantId, milestones, coachId } = await insertParticipant(suite.db, { cohortStart });
    const workflowId = `trajectory:${participantId}`;
    await withTrajectoryWorker(
      async (taskQueue) => {
        const handle = await suite.env.client.workflow.start(trajectoryWorkflow, {
          taskQueue,
          workflowId,
          args: [{ participantId, cohortStart, selectedOn: cohortStart, milestones }],
        });
        await until(addDays(cohortStart, 15));
        await handle.query(trajectoryStateQuery);
        expect((await suite.db.query('select kind from alert where subject_id = $1', [participantId])).map((a) => a.kind)).toEqual([
          'trajectory-intake-overdue',
        ]);
        const actor = { userId: coachId, role: 'coach' as const };
        await handle.executeUpdate(recordBaselineUpdate, { args: [{ actor, today: await today(), scores: grid(2) }] });
        await expect(handle.executeUpdate(recordBaselineUpdate, { args: [{ actor, today: await today(), scores: grid(2) }] })).rejects.toMatchObject({
          cause: { message: expect.stringMatching(/baseline was recorded/) },
        });
      },
      () => workflowId,
    );
  });

  it('gives a cohort of six a report with baseline-to-endline change and attendance, and hides the one who left', async () => {
    const cohortStart = addDays(await today(), 1);
    const first = await insertParticipant(suite.db, { cohortStart });
    const others = [];
    for (let i = 0; i < 5; i++) others.push(await insertParticipant(suite.db, { cohortStart, joining: { cohortId: first.cohortId, coachId: first.coachId } }));
    const everyone = [first, ...others];
    const sessionId = randomUUID();
    await suite.db.query(
      "insert into group_session (id, cohort_id, phase, title, held_on, duration_minutes, created_at) values ($1, $2, 'intensive-training', 'Module 1', $3, 180, now())",
      [sessionId, first.cohortId, cohortStart],
    );
    for (const [i, p] of everyone.entries()) {
      await suite.db.query('insert into attendance (id, session_id, participant_id, status, recorded_by) values ($1, $2, $3, $4, $5)', [
        randomUUID(),
        sessionId,
        p.participantId,
        i < 5 ? 'present' : 'absent',
        first.coachId,
      ]);
    }
    const actor = { userId: first.coachId, role: 'coach' as const };
    await withTrajectoryWorker(
      async (taskQueue) => {
        const handles = await Promise.all(
          everyone.map((p) =>
            suite.env.client.workflow.start(trajectoryWorkflow, {
              taskQueue,
              workflowId: `trajectory:${p.participantId}`,
              args: [{ participantId: p.participantId, cohortStart, selectedOn: cohortStart, milestones: p.milestones }],
            }),
          ),
        );
        for (const h of handles) await h.executeUpdate(recordBaselineUpdate, { args: [{ actor, today: await today(), scores: grid(2) }] });
        await until(addMonths(cohortStart, 6));
        await handles[5]!.executeUpdate(dropOutUpdate, { args: [{ actor, today: await today(), leftOn: await today(), reason: 'found-employment' }] });
        await until(addMonths(cohortStart, 24));
        for (const h of handles.slice(0, 5)) {
          await h.executeUpdate(recordFinalEvaluationUpdate, {
            args: [{ actor, today: await today(), scores: grid(4), outcome: 'activity-launched', exitReason: 'completed the programme' }],
          });
        }
        // One at a time: the test server's time-skipping lock does not take concurrent result() calls.
        const outcomes = [];
        for (const h of handles) outcomes.push(await h.result());
        expect(outcomes).toEqual([...Array(5).fill('completed'), 'dropped-out']);
      },
      () => `trajectory:${everyone[5]!.participantId}`,
    );

    const report = cohortReport((await loadCohortFacts(suite.db.orm.em.fork(), first.cohortId))!);
    expect(report.participants.value).toBe(6);
    expect(report.lifeDomains.find((d) => d.domain === 'housing')).toMatchObject({
      baseline: { n: 6, value: 2 },
      endline: { n: 5, value: 4 },
      change: { n: 5, value: 2, suppressed: false },
    });
    expect(report.attendance[0]!.rate).toEqual({ n: 6, value: 0.83, suppressed: false });
    expect(report.outcomes.find((o) => o.category === 'activity-launched')).toEqual({ category: 'activity-launched', count: 5, suppressed: false });
    // One person left: that count is hidden, and so is the next smallest, so it cannot be worked out.
    expect(report.statuses.filter((s) => s.suppressed).map((s) => s.category)).toEqual(['completed', 'dropped-out']);
  });
});
