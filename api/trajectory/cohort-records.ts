import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Principal } from '../../domain/access/roles';
import { planMilestones, STANDARD_MILESTONE_PLAN, validateMilestonePlan, type MilestoneDefinition } from '../../domain/trajectory/milestones';
import { initialTrajectoryState } from '../../domain/trajectory/trajectory';
import { recordAudit } from '../../db/audit';
import {
  Application,
  Attendance,
  Cohort,
  CohortCoach,
  GroupSession,
  Milestone,
  Participant,
  UserAccount,
  type IApplication,
  type ICohort,
} from '../../db/entities';
import type { ProcessStart } from '../../workflows/process-starts';
import type { ApiDeps } from '../deps';
import { problems } from '../http/problem';
import { notePendingStart, startPendingProcess } from '../processes';
import type { applicationRequest, applicationView, cohortView, createCohortRequest, decisionRequest, groupSessionRequest } from './schemas';

/** Creates a cohort with its coaches and milestone plan, with its audit entry, in one transaction. */
export async function createCohort(deps: ApiDeps, actor: Principal, body: z.infer<typeof createCohortRequest>, requestId: string): Promise<string> {
  const plan: MilestoneDefinition[] = body.milestones ?? [...STANDARD_MILESTONE_PLAN];
  const violations = validateMilestonePlan(plan);
  if (violations.length) throw problems.unprocessable(violations[0]!.code, violations.map((v) => `${v.field}: ${v.message}`).join('; '), violations);
  const em = deps.orm.em.fork();
  const coachIds = [...new Set(body.coachIds)];
  const coaches = await em.find(UserAccount, { id: { $in: coachIds }, role: 'coach' }, { fields: ['id'] });
  const unknown = coachIds.filter((id) => !coaches.some((c) => c.id === id));
  if (unknown.length) {
    throw problems.unprocessable(
      'not-a-coach',
      'Every coach must be an account with the coach role.',
      unknown.map((id) => ({ field: 'coachIds', code: 'not-a-coach', message: `${id} is not a coach` })),
    );
  }
  const id = randomUUID();
  try {
    await em.transactional(async (tx) => {
      tx.create(Cohort, { id, name: body.name, startDate: body.startDate, milestonePlan: plan });
      for (const coach of coachIds) tx.create(CohortCoach, { id: randomUUID(), cohort: id, coach });
      recordAudit(tx, {
        actor,
        action: 'cohort.created',
        subjectType: 'cohort',
        subjectId: id,
        requestId,
        details: { startDate: body.startDate, coaches: coachIds.length },
      });
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException)
      throw problems.conflict('cohort-exists', `A cohort named "${body.name}" exists.`, [{ field: 'name', code: 'cohort-exists', message: 'is taken' }]);
    throw err;
  }
  return id;
}

/** A cohort the principal may see: admins all, a coach the cohorts they coach; others are told it does not exist. */
export async function findVisibleCohort(em: EntityManager, principal: Principal, cohortId: string): Promise<ICohort> {
  const cohort = await em.findOne(Cohort, { id: cohortId });
  const visible =
    cohort && (principal.role === 'admin' || (principal.role === 'coach' && (await em.count(CohortCoach, { cohort: cohortId, coach: principal.userId })) > 0));
  if (!visible) throw problems.notFound('cohort');
  return cohort;
}

export async function toCohortView(em: EntityManager, c: ICohort): Promise<z.infer<typeof cohortView>> {
  const coaches = await em.find(CohortCoach, { cohort: c.id }, { fields: ['coach'] });
  return {
    id: c.id,
    name: c.name,
    startDate: c.startDate,
    coachIds: coaches.map((x) => x.coach),
    milestones: c.milestonePlan,
    participantCount: await em.count(Participant, { cohort: c.id }),
  };
}

export async function addApplication(
  deps: ApiDeps,
  actor: Principal,
  cohortId: string,
  body: z.infer<typeof applicationRequest>,
  requestId: string,
): Promise<IApplication> {
  const em = deps.orm.em.fork();
  if (!(await em.count(Cohort, { id: cohortId }))) throw problems.notFound('cohort');
  const scores = Object.fromEntries(Object.entries(body.scores).filter(([, v]) => v !== undefined)) as Record<string, number>;
  const application = em.create(Application, {
    id: randomUUID(),
    cohort: cohortId,
    displayName: body.displayName,
    language: body.language,
    projectIdea: body.projectIdea,
    motivation: body.motivation,
    scores,
    totalScore: Object.values(scores).reduce((a, b) => a + b, 0),
    decision: 'pending',
  });
  recordAudit(em, { actor, action: 'application.received', subjectType: 'application', subjectId: application.id, requestId });
  await em.flush();
  return application;
}

export async function toApplicationView(em: EntityManager, a: IApplication): Promise<z.infer<typeof applicationView>> {
  const participant = await em.findOne(Participant, { application: a.id }, { fields: ['id'] });
  return {
    id: a.id,
    cohortId: a.cohort,
    displayName: a.displayName,
    language: a.language as 'fr' | 'nl',
    projectIdea: a.projectIdea,
    motivation: a.motivation,
    scores: a.scores,
    totalScore: a.totalScore,
    decision: a.decision as 'pending' | 'selected' | 'waitlisted' | 'rejected',
    decisionReason: a.decisionReason ?? null,
    participantId: participant?.id ?? null,
  };
}

/**
 * Records a selection decision with its reason. A selected applicant becomes a participant with the
 * cohort's dated milestones and a coach of the cohort, in one transaction; then their trajectory
 * workflow starts (`trajectory:<participantId>`, starting twice finds the running one).
 */
export async function decideApplication(
  deps: ApiDeps,
  actor: Principal,
  applicationId: string,
  body: z.infer<typeof decisionRequest>,
  today: string,
  requestId: string,
): Promise<{ application: IApplication; participantId: string | null }> {
  const em = deps.orm.em.fork();
  const application = await em.findOne(Application, { id: applicationId });
  if (!application) throw problems.notFound('application');
  if (application.decision !== 'pending' && application.decision !== 'waitlisted') {
    throw problems.conflict('already-decided', `The application was already ${application.decision}.`);
  }
  const cohort = await em.findOneOrFail(Cohort, { id: application.cohort });
  if (body.decision === 'selected') {
    const coaches = body.coachId ? await em.count(CohortCoach, { cohort: cohort.id, coach: body.coachId }) : 0;
    if (!coaches)
      throw problems.unprocessable('coach-not-in-cohort', 'A selected participant needs a coach of the cohort.', [
        { field: 'coachId', code: 'coach-not-in-cohort', message: 'must be a coach of the cohort' },
      ]);
  }
  const participantId = body.decision === 'selected' ? randomUUID() : null;
  const milestones = planMilestones(cohort.milestonePlan, cohort.startDate);
  const trajectoryStart = (id: string): ProcessStart => ({
    kind: 'trajectory',
    input: { participantId: id, cohortStart: cohort.startDate, selectedOn: today, milestones },
  });
  await em.transactional(async (tx) => {
    const a = await tx.findOneOrFail(Application, { id: applicationId });
    a.decision = body.decision;
    a.decisionReason = body.reason;
    a.decidedAt = new Date();
    a.decidedBy = actor.userId;
    recordAudit(tx, { actor, action: `application.${body.decision}`, subjectType: 'application', subjectId: a.id, reason: body.reason, requestId });
    if (!participantId) return;
    const intakeDue = initialTrajectoryState({ participantId, cohortStart: cohort.startDate, selectedOn: today, milestones }).intakeDue;
    tx.create(Participant, {
      id: participantId,
      cohort: cohort.id,
      application: a.id,
      displayName: a.displayName,
      language: a.language,
      coach: body.coachId!,
      status: 'awaiting-intake',
      selectedOn: today,
      intakeDue,
    });
    for (const m of milestones) {
      tx.create(Milestone, {
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
    recordAudit(tx, {
      actor,
      action: 'participant.selected',
      subjectType: 'participant',
      subjectId: participantId,
      requestId,
      details: { cohortId: cohort.id },
    });
    notePendingStart(tx, trajectoryStart(participantId));
  });
  if (participantId) await startPendingProcess(deps, trajectoryStart(participantId));
  return { application: await em.findOneOrFail(Application, { id: applicationId }, { refresh: true }), participantId };
}

/**
 * Records a group session with the attendance of the participants given, in one transaction with
 * its audit entry. The same session (phase, title, day) again updates its attendance: nothing is
 * counted twice. The caller checks the participants are the principal's.
 */
export async function recordGroupSession(
  em: EntityManager,
  actor: Principal,
  cohortId: string,
  body: z.infer<typeof groupSessionRequest>,
  requestId: string,
): Promise<string> {
  return em.transactional(async (tx) => {
    const key = { cohort: cohortId, phase: body.phase, title: body.title, heldOn: body.heldOn };
    const session =
      (await tx.findOne(GroupSession, key)) ??
      tx.create(GroupSession, { id: randomUUID(), ...key, module: body.module ?? null, durationMinutes: body.durationMinutes });
    for (const a of body.attendance) {
      const row = await tx.findOne(Attendance, { session: session.id, participant: a.participantId });
      if (row) row.status = a.status;
      else tx.create(Attendance, { id: randomUUID(), session: session.id, participant: a.participantId, status: a.status, recordedBy: actor.userId });
    }
    recordAudit(tx, {
      actor,
      action: 'cohort.attendance-recorded',
      subjectType: 'group-session',
      subjectId: session.id,
      requestId,
      details: { participants: body.attendance.length },
    });
    return session.id;
  });
}
