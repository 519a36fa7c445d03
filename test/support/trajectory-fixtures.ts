import { randomUUID } from 'node:crypto';
import { Application, Cohort, CohortCoach, Milestone, Participant, UserAccount } from '../../db/entities';
import type { CalendarDate } from '../../domain/time/dates';
import { planMilestones, STANDARD_MILESTONE_PLAN, type MilestoneDefinition, type PlannedMilestone } from '../../domain/trajectory/milestones';
import { initialTrajectoryState } from '../../domain/trajectory/trajectory';
import type { TestDatabase } from './database';

/** A coach account, a cohort and one selected participant with their milestone rows, as selection leaves them. */
export async function insertParticipant(
  db: TestDatabase,
  opts: { cohortStart: CalendarDate; selectedOn?: CalendarDate; plan?: MilestoneDefinition[]; joining?: { cohortId: string; coachId: string } },
) {
  const em = db.orm.em.fork();
  const coachId = opts.joining?.coachId ?? randomUUID();
  const cohortId = opts.joining?.cohortId ?? randomUUID();
  const applicationId = randomUUID();
  const participantId = randomUUID();
  const plan = opts.plan ?? [...STANDARD_MILESTONE_PLAN];
  const milestones: PlannedMilestone[] = planMilestones(plan, opts.cohortStart);
  const selectedOn = opts.selectedOn ?? opts.cohortStart;
  if (!opts.joining) {
    em.create(UserAccount, { id: coachId, email: `coach-${coachId.slice(0, 8)}@test.coop`, passwordHash: 'x', role: 'coach', displayName: 'Coach' });
    em.create(Cohort, { id: cohortId, name: `Cohort ${cohortId.slice(0, 8)}`, startDate: opts.cohortStart, milestonePlan: plan });
    em.create(CohortCoach, { id: randomUUID(), cohort: cohortId, coach: coachId });
  }
  em.create(Application, {
    id: applicationId,
    cohort: cohortId,
    displayName: 'Fatou D.',
    language: 'fr',
    projectIdea: 'Traiteur africain',
    motivation: 'Indépendance',
    scores: { project: 4 },
    totalScore: 4,
    decision: 'selected',
    decisionReason: 'solid project',
  });
  em.create(Participant, {
    id: participantId,
    cohort: cohortId,
    application: applicationId,
    displayName: 'Fatou D.',
    language: 'fr',
    coach: coachId,
    status: 'awaiting-intake',
    selectedOn,
    intakeDue: initialTrajectoryState({ participantId, cohortStart: opts.cohortStart, selectedOn, milestones }).intakeDue,
  });
  for (const m of milestones) {
    em.create(Milestone, {
      id: randomUUID(),
      participant: participantId,
      code: m.code,
      title: m.title,
      dueDate: m.dueDate,
      originalDueDate: m.dueDate,
      requiresObstacles: m.requiresObstacles,
      status: 'pending',
    });
  }
  await em.flush();
  return { coachId, cohortId, participantId, milestones, selectedOn };
}
