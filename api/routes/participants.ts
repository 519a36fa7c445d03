import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { z } from 'zod';
import type { Actor } from '../../domain/access/roles';
import { processIds } from '../../domain/process-ids';
import type { TrajectoryState } from '../../domain/trajectory/trajectory';
import { milestoneTitle, type MilestoneLanguage } from '../../domain/trajectory/milestones';
import { negotiateLanguage } from '../../domain/i18n/rule-messages';
import { recordAudit } from '../../db/audit';
import { Cohort, StoredDocument, Testimony } from '../../db/entities';
import {
  completeMilestoneUpdate,
  dropOutUpdate,
  pauseTrajectoryUpdate,
  recordBaselineUpdate,
  recordFinalEvaluationUpdate,
  recordReviewUpdate,
  resumeTrajectoryUpdate,
  type trajectoryWorkflow,
} from '../../workflows/trajectory';
import { trajectoryDocumentWorkflow } from '../../workflows/trajectory-documents';
import type { ApiDeps } from '../deps';
import { problems } from '../http/problem';
import { EXAMPLE_IDS, exampleOf } from '../http/examples';
import { defineRoute } from '../http/route';
import { viaWorkflow } from '../http/temporal-errors';
import { todayInBrussels } from '../workers/clock';
import { findVisibleCohort } from '../trajectory/cohort-records';
import { findVisibleParticipant, logCoachingSession, participantDetail, participantSummaries, visibleParticipants } from '../trajectory/participant-records';
import {
  baselineRequest,
  coachingSessionRequest,
  consentRequest,
  documentIdParams,
  dropOutRequest,
  finalEvaluationRequest,
  issuedDocumentView,
  milestoneCompletionRequest,
  milestoneParams,
  participantIdParams,
  participantSummary,
  participantView,
  pauseRequest,
  reportLanguageRequest,
  resumeRequest,
  reviewRequest,
  testimonyRequest,
  trajectoryStateView,
} from '../trajectory/schemas';
import { storedDocumentContent } from '../../platform/crypto/field-cipher';

const COACHING_ROLES = ['admin', 'coach'] as const;

export const listParticipantsRoute = defineRoute({
  method: 'get',
  path: '/participants',
  summary: 'My participants and what is due',
  description: 'What is due in the next 30 days, overdue first, and recent reminders. A coach sees their own participants, an admin all.',
  operationId: 'listParticipants',
  tags: ['Trajectories'],
  changes: 'Changes nothing.',
  access: { coach: 'their own participants only' },
  roles: COACHING_ROLES,
  request: { query: z.object({ cohortId: z.uuid().optional() }) },
  responses: {
    200: {
      description: 'With what is due in the next 30 days, overdue first',
      schema: z.object({ participants: z.array(participantSummary) }).meta({ id: 'Participants', example: { participants: [exampleOf(participantSummary)] } }),
    },
  },
  handler: async ({ query, principal, deps, req }) => {
    const em = deps.orm.em.fork();
    const participants = await visibleParticipants(em, principal!, query.cohortId);
    return {
      status: 200,
      body: { participants: await participantSummaries(em, participants, todayInBrussels(), negotiateLanguage(req.get('accept-language'))) },
    };
  },
});

export const getParticipantRoute = defineRoute({
  method: 'get',
  path: '/participants/{participantId}',
  summary: "A participant's file",
  description: 'Scores, milestones with evidence, sessions, attendance; notes and evidence decrypted for the reader.',
  operationId: 'getParticipant',
  readsEncrypted: true,
  tags: ['Trajectories'],
  changes: 'Records the read in the audit log; nothing else.',
  access: { coach: 'their own participants only' },
  roles: COACHING_ROLES,
  request: { params: participantIdParams },
  authorize: ({ params, principal, deps }) => findVisibleParticipant(deps.orm.em.fork(), principal, params.participantId),
  responses: { 200: { description: 'The file', schema: participantView }, 404: { description: 'No such participant, or not yours' } },
  handler: async ({ scope: participant, principal, deps, requestId, req }) => {
    const em = deps.orm.em.fork();
    const view = await participantDetail(em, deps.cipher, participant, todayInBrussels(), negotiateLanguage(req.get('accept-language')));
    recordAudit(em, { actor: principal!, action: 'participant.read', subjectType: 'participant', subjectId: participant.id, requestId });
    await em.flush();
    return { status: 200, body: view };
  },
});

export const recordPublicDocumentationConsentRoute = defineRoute({
  method: 'put',
  path: '/participants/{participantId}/consent',
  summary: 'Record consent to appear in public documentation',
  description:
    'What the participant agrees may appear in public documentation (testimonies, photos). A withdrawn consent takes effect at once: the next public report leaves their testimonies out.',
  operationId: 'recordPublicDocumentationConsent',
  tags: ['Trajectories'],
  changes: 'Replaces the participant’s consent (testimonies, photos) with the one given, dated; records it in the audit log.',
  access: { coach: 'their own participants only' },
  roles: COACHING_ROLES,
  request: { params: participantIdParams, body: consentRequest },
  authorize: ({ params, principal, deps }) => findVisibleParticipant(deps.orm.em.fork(), principal, params.participantId),
  responses: { 200: { description: 'Recorded', schema: consentRequest } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const participant = await findVisibleParticipant(em, principal!, params.participantId);
    participant.consentTestimony = body.testimony;
    participant.consentPhotos = body.photos;
    participant.consentRecordedAt = new Date();
    recordAudit(em, {
      actor: principal!,
      action: 'participant.consent-recorded',
      subjectType: 'participant',
      subjectId: participant.id,
      requestId,
      details: { ...body },
    });
    await em.flush();
    return { status: 200, body };
  },
});

export const addTestimonyRoute = defineRoute({
  method: 'post',
  path: '/participants/{participantId}/testimonies',
  summary: "Record a participant's testimony",
  description: 'Published unnamed, and only while the participant consents to testimonies.',
  operationId: 'addTestimony',
  tags: ['Trajectories'],
  changes: 'Stores the testimony, encrypted; records it in the audit log.',
  access: { coach: 'their own participants only' },
  roles: COACHING_ROLES,
  request: { params: participantIdParams, body: testimonyRequest },
  authorize: ({ params, principal, deps }) => findVisibleParticipant(deps.orm.em.fork(), principal, params.participantId),
  responses: {
    201: { description: 'Recorded', schema: z.object({ id: z.uuid() }).meta({ example: { id: '0a1b2c3d-4e5f-4a6b-9c7d-000000001207' } }) },
    422: { description: 'No consent to testimonies' },
  },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const participant = await findVisibleParticipant(em, principal!, params.participantId);
    if (!participant.consentTestimony)
      throw problems.unprocessable('no-testimony-consent', 'The participant has not agreed to testimonies in public documentation.');
    const id = randomUUID();
    em.create(Testimony, { id, participant: participant.id, text: body.text, language: body.language, recordedOn: todayInBrussels() });
    recordAudit(em, { actor: principal!, action: 'participant.testimony-recorded', subjectType: 'participant', subjectId: participant.id, requestId });
    await em.flush();
    return { status: 201, body: { id } };
  },
});

export const logCoachingSessionRoute = defineRoute({
  method: 'post',
  path: '/participants/{participantId}/sessions',
  summary: 'Log an individual coaching session',
  description: 'Date, duration, topics and the agreed next steps.',
  operationId: 'logCoachingSession',
  tags: ['Trajectories'],
  changes: 'Stores the session (next steps encrypted); records it in the audit log.',
  access: { coach: 'their own participants only' },
  roles: COACHING_ROLES,
  request: { params: participantIdParams, body: coachingSessionRequest },
  authorize: ({ params, principal, deps }) => findVisibleParticipant(deps.orm.em.fork(), principal, params.participantId),
  responses: {
    201: { description: 'Logged', schema: z.object({ id: z.uuid() }).meta({ id: 'CoachingSessionLogged', example: { id: EXAMPLE_IDS.coachingSession } }) },
    422: { description: 'A date outside the trajectory' },
  },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const participant = await findVisibleParticipant(em, principal!, params.participantId);
    const cohort = await em.findOneOrFail(Cohort, { id: participant.cohort });
    if (body.heldOn > todayInBrussels() || body.heldOn < cohort.startDate) {
      throw problems.unprocessable('outside-trajectory', `A session is logged between the cohort start (${cohort.startDate}) and today.`, [
        { field: 'heldOn', code: 'outside-trajectory', message: 'not within the trajectory so far' },
      ]);
    }
    const id = await logCoachingSession(em, deps.cipher, principal!, participant, body, requestId);
    return { status: 201, body: { id } };
  },
});

type TrajectoryHandle = WorkflowHandle<typeof trajectoryWorkflow>;
interface Base {
  actor: Actor;
  requestId: string;
  today: string;
}

const toStateView = (s: TrajectoryState, language: MilestoneLanguage): z.infer<typeof trajectoryStateView> => ({
  status: s.status,
  milestones: s.milestones.map((m) => ({ code: m.code, title: milestoneTitle(m, language), dueDate: m.dueDate, completedOn: m.completedOn })),
  reviewsRecorded: s.reviewsRecorded,
  pause: s.pause,
});

/** A step of the trajectory, recorded through its workflow (which checks the rules and keeps the timers right). */
const trajectoryStepRoute = <P extends z.ZodType, B extends z.ZodType>(opts: {
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  changes: string;
  params: P;
  body: B;
  send: (handle: TrajectoryHandle, body: z.infer<B>, base: Base, params: z.infer<P>) => Promise<TrajectoryState>;
}) =>
  defineRoute({
    method: 'post',
    path: `/participants/{participantId}/${opts.path}`,
    operationId: opts.operationId,
    summary: opts.summary,
    description: opts.description,
    tags: ['Trajectories'],
    changes: `${opts.changes} Recorded in the audit log.`,
    roles: COACHING_ROLES,
    access: { coach: 'their own participants only' },
    request: { params: opts.params, body: opts.body },
    authorize: ({ params, principal, deps }) => findVisibleParticipant(deps.orm.em.fork(), principal, (params as { participantId: string }).participantId),
    responses: {
      200: { description: 'The trajectory after this step', schema: trajectoryStateView },
      404: { description: 'No such participant, or not yours' },
      422: { description: 'A rule refuses the step' },
    },
    handler: async ({ params, body, principal, deps, requestId, req }) => {
      const { participantId } = params as { participantId: string };
      const handle = handleOf(deps, participantId);
      const base: Base = { actor: { userId: principal!.userId, role: principal!.role }, requestId, today: todayInBrussels() };
      return { status: 200, body: toStateView(await viaWorkflow(() => opts.send(handle, body, base, params)), negotiateLanguage(req.get('accept-language'))) };
    },
  });
const handleOf = (deps: ApiDeps, participantId: string): TrajectoryHandle => deps.temporal.workflow.getHandle(processIds.trajectory(participantId));

export const recordIntakeRoute = trajectoryStepRoute({
  path: 'intake',
  operationId: 'recordIntake',
  summary: 'Record the intake baseline',
  description: 'Every life domain (income, housing, health, legal situation, language, network, digital skills) scored 1–5 with a note.',
  changes: 'Records the baseline scores (notes encrypted) through the trajectory workflow, which stops waiting for the intake.',
  params: participantIdParams,
  body: baselineRequest,
  send: (h, b, base) => h.executeUpdate(recordBaselineUpdate, { args: [{ ...base, scores: b.scores }] }),
});
export const recordReviewRoute = trajectoryStepRoute({
  path: 'reviews',
  operationId: 'recordReview',
  summary: 'Record a quarterly review',
  description: 'Midline scores per life domain, for one quarter of the trajectory.',
  changes: 'Records the review’s scores (notes encrypted) through the trajectory workflow, which marks that quarter’s review done.',
  params: participantIdParams,
  body: reviewRequest,
  send: (h, b, base) => h.executeUpdate(recordReviewUpdate, { args: [{ ...base, quarter: b.quarter, scores: b.scores }] }),
});
export const completeMilestoneRoute = trajectoryStepRoute({
  path: 'milestones/{code}/completion',
  operationId: 'completeMilestone',
  summary: 'Complete a milestone with its evidence',
  changes: 'Marks the milestone completed on its date with its evidence (encrypted) through the trajectory workflow, which drops its reminders.',
  params: milestoneParams,
  body: milestoneCompletionRequest,
  send: (h, b, base, p) =>
    h.executeUpdate(completeMilestoneUpdate, { args: [{ ...base, code: p.code, completedOn: b.completedOn ?? base.today, evidence: b.evidence }] }),
});
export const pauseTrajectoryRoute = trajectoryStepRoute({
  path: 'pause',
  operationId: 'pauseTrajectory',
  summary: 'Pause a trajectory',
  description:
    'Illness, detention, moving, family: every reminder holds; on return, pending milestones move by the pause’s length. The 24-month end never moves.',
  changes: 'Records the pause and its reason in the trajectory workflow, which holds every reminder.',
  params: participantIdParams,
  body: pauseRequest,
  send: (h, b, base) => h.executeUpdate(pauseTrajectoryUpdate, { args: [{ ...base, since: b.since ?? base.today, reason: b.reason, note: b.note ?? null }] }),
});
export const resumeTrajectoryRoute = trajectoryStepRoute({
  path: 'resume',
  operationId: 'resumeTrajectory',
  summary: 'Resume a paused trajectory',
  changes:
    'Ends the pause in the trajectory workflow, which moves pending milestones due from the pause on by its length and makes reviews that fell in it due on the day of return.',
  params: participantIdParams,
  body: resumeRequest,
  send: (h, b, base) => h.executeUpdate(resumeTrajectoryUpdate, { args: [{ ...base, resumedOn: b.resumedOn ?? base.today, note: b.note ?? null }] }),
});
export const dropOutRoute = trajectoryStepRoute({
  path: 'drop-out',
  operationId: 'recordDropOut',
  summary: 'Record that the participant left the trajectory',
  description: 'With the reason and the day they left.',
  changes: 'Closes the trajectory workflow with the reason; no more reminders.',
  params: participantIdParams,
  body: dropOutRequest,
  send: (h, b, base) => h.executeUpdate(dropOutUpdate, { args: [{ ...base, leftOn: b.leftOn ?? base.today, reason: b.reason, note: b.note ?? null }] }),
});
export const finalEvaluationRoute = trajectoryStepRoute({
  path: 'final-evaluation',
  operationId: 'recordFinalEvaluation',
  summary: 'Record the 24-month evaluation',
  description: 'Endline scores, the outcome and the exit reason.',
  changes: 'Records the endline scores and the outcome through the trajectory workflow, which then ends.',
  params: participantIdParams,
  body: finalEvaluationRequest,
  send: (h, b, base) => h.executeUpdate(recordFinalEvaluationUpdate, { args: [{ ...base, scores: b.scores, outcome: b.outcome, exitReason: b.exitReason }] }),
});

export const issueProgressReportRoute = defineRoute({
  method: 'post',
  path: '/participants/{participantId}/progress-reports',
  summary: "Issue a participant's progress report as a PDF",
  description: 'In the participant’s language or the one asked. It prints scores, never notes.',
  operationId: 'issueProgressReport',
  readsEncrypted: true,
  tags: ['Reports'],
  changes: 'Runs a short workflow that renders the PDF and stores it encrypted and immutable; records it in the audit log.',
  access: { coach: 'their own participants only' },
  roles: COACHING_ROLES,
  request: { params: participantIdParams, body: reportLanguageRequest },
  authorize: ({ params, principal, deps }) => findVisibleParticipant(deps.orm.em.fork(), principal, params.participantId),
  responses: { 201: { description: 'Issued', schema: issuedDocumentView }, 404: { description: 'No such participant, or not yours' } },
  handler: async ({ scope: participant, body, principal, deps, requestId }) => {
    const documentId = randomUUID();
    await deps.temporal.workflow.execute(trajectoryDocumentWorkflow, {
      workflowId: processIds.trajectoryDocument(documentId),
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      args: [
        {
          documentId,
          kind: 'progress-report',
          subjectId: participant.id,
          language: body.language ?? (participant.language as 'fr' | 'nl'),
          issuedOn: todayInBrussels(),
          actor: { userId: principal!.userId, role: principal!.role },
          requestId,
        },
      ],
    });
    const url = `/api/v1/trajectory-documents/${documentId}`;
    return { status: 201, body: { documentId, url }, headers: { Location: url } };
  },
});

export const trajectoryDocumentRoute = defineRoute({
  method: 'get',
  path: '/trajectory-documents/{documentId}',
  summary: 'Download an issued progress or cohort report',
  operationId: 'downloadTrajectoryDocument',
  readsEncrypted: true,
  tags: ['Reports'],
  changes: 'Records the read in the audit log; nothing else.',
  access: { coach: 'reports on their own participants and cohorts only' },
  roles: COACHING_ROLES,
  request: { params: documentIdParams },
  responses: {
    200: { description: 'PDF', contentType: 'application/pdf', schema: z.string().meta({ format: 'binary' }) },
    404: { description: 'No such document, or not yours' },
  },
  authorize: async ({ params, principal, deps }) => {
    const em = deps.orm.em.fork();
    const document = await em.findOne(StoredDocument, { id: params.documentId, kind: { $in: ['progress-report', 'cohort-report'] } });
    if (!document) throw problems.notFound('document');
    // The business key names the subject: `<kind>:<participant or cohort>:<document>`.
    const subjectId = document.businessKey.split(':')[1]!;
    if (document.kind === 'progress-report') await findVisibleParticipant(em, principal, subjectId);
    else await findVisibleCohort(em, principal, subjectId);
    return { document, subjectId };
  },
  handler: async ({ scope: { document, subjectId }, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    recordAudit(em, {
      actor: principal!,
      action: 'trajectory.document-read',
      subjectType: document.kind === 'progress-report' ? 'participant' : 'cohort',
      subjectId,
      requestId,
      details: { documentId: document.id },
    });
    await em.flush();
    return {
      status: 200,
      file: deps.cipher.decryptBytes(document.contentCipher, storedDocumentContent(document.id)),
      contentType: document.contentType,
      fileName: document.fileName,
    };
  },
});
