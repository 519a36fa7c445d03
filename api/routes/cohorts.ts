import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { processIds } from '../../domain/process-ids';
import { negotiateLanguage } from '../../domain/i18n/rule-messages';
import { cohortReport } from '../../domain/trajectory/cohort-report';
import { Application, Cohort, CohortCoach } from '../../db/entities';
import { loadCohortFacts } from '../../db/trajectory-facts';
import { trajectoryDocumentWorkflow } from '../../workflows/trajectory-documents';
import { problems } from '../http/problem';
import { defineRoute } from '../http/route';
import { todayInBrussels } from '../workers/clock';
import { addApplication, createCohort, decideApplication, findVisibleCohort, recordGroupSession, toApplicationView, toCohortView } from '../trajectory/cohort-records';
import { visibleParticipants } from '../trajectory/participant-records';
import {
  applicationIdParams, applicationRequest, applicationView, cohortIdParams, cohortReportView, cohortView, createCohortRequest, decisionRequest,
  groupSessionRequest, groupSessionView, issuedDocumentView, reportLanguageRequest,
} from '../trajectory/schemas';

export const createCohortRoute = defineRoute({
  method: 'post',
  path: '/cohorts',
  summary: 'Create a cohort of the entrepreneur trajectory, with its coaches and milestone plan',
  tags: ['trajectory'],
  roles: ['admin'],
  request: { body: createCohortRequest },
  responses: { 201: { description: 'Created', schema: cohortView }, 409: { description: 'The name is taken' }, 422: { description: 'A coach or a milestone is refused' } },
  handler: async ({ body, principal, deps, requestId }) => {
    const id = await createCohort(deps, principal!, body, requestId);
    const em = deps.orm.em.fork();
    return { status: 201, body: await toCohortView(em, await em.findOneOrFail(Cohort, { id })), headers: { Location: `/api/v1/cohorts/${id}` } };
  },
});

export const listCohortsRoute = defineRoute({
  method: 'get',
  path: '/cohorts',
  summary: 'The cohorts: all for an admin, the ones they coach for a coach',
  tags: ['trajectory'],
  roles: ['admin', 'coach'],
  responses: { 200: { description: 'Newest first', schema: z.object({ cohorts: z.array(cohortView) }).meta({ id: 'Cohorts' }) } },
  handler: async ({ principal, deps }) => {
    const em = deps.orm.em.fork();
    const coached = principal!.role === 'coach' ? (await em.find(CohortCoach, { coach: principal!.userId })).map((c) => c.cohort) : null;
    const cohorts = await em.find(Cohort, coached ? { id: { $in: coached } } : {}, { orderBy: { startDate: 'desc' } });
    return { status: 200, body: { cohorts: await Promise.all(cohorts.map((c) => toCohortView(em, c))) } };
  },
});

export const addApplicationRoute = defineRoute({
  method: 'post',
  path: '/cohorts/{cohortId}/applications',
  summary: 'Record an application: project idea, motivation and selection grid',
  tags: ['trajectory'],
  roles: ['admin'],
  request: { params: cohortIdParams, body: applicationRequest },
  authorize: ({ params, principal, deps }) => findVisibleCohort(deps.orm.em.fork(), principal, params.cohortId),
  responses: { 201: { description: 'Recorded, awaiting a decision', schema: applicationView }, 404: { description: 'No such cohort' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const application = await addApplication(deps, principal!, params.cohortId, body, requestId);
    return { status: 201, body: await toApplicationView(deps.orm.em.fork(), application) };
  },
});

export const listApplicationsRoute = defineRoute({
  method: 'get',
  path: '/cohorts/{cohortId}/applications',
  summary: 'The applications to a cohort, best grid score first',
  tags: ['trajectory'],
  roles: ['admin'],
  request: { params: cohortIdParams },
  authorize: ({ params, principal, deps }) => findVisibleCohort(deps.orm.em.fork(), principal, params.cohortId),
  responses: { 200: { description: 'Applications', schema: z.object({ applications: z.array(applicationView) }).meta({ id: 'Applications' }) } },
  handler: async ({ params, deps }) => {
    const em = deps.orm.em.fork();
    const applications = await em.find(Application, { cohort: params.cohortId }, { orderBy: { totalScore: 'desc', createdAt: 'asc' } });
    return { status: 200, body: { applications: await Promise.all(applications.map((a) => toApplicationView(em, a))) } };
  },
});

export const decideApplicationRoute = defineRoute({
  method: 'post',
  path: '/applications/{applicationId}/decision',
  summary: 'Select, wait-list or reject an application, with the reason; a selection starts the trajectory',
  tags: ['trajectory'],
  roles: ['admin'],
  request: { params: applicationIdParams, body: decisionRequest },
  responses: { 200: { description: 'Decided', schema: applicationView }, 404: { description: 'No such application' }, 409: { description: 'Already decided' }, 422: { description: 'The coach is not one of the cohort' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const { application } = await decideApplication(deps, principal!, params.applicationId, body, todayInBrussels(), requestId);
    return { status: 200, body: await toApplicationView(deps.orm.em.fork(), application) };
  },
});

export const recordGroupSessionRoute = defineRoute({
  method: 'post',
  path: '/cohorts/{cohortId}/group-sessions',
  summary: 'Record a training session or a workshop with the attendance of the whole group at once',
  description: 'Recording the same session (phase, title, day) again updates its attendance: nothing is counted twice. A coach records only their own participants.',
  tags: ['trajectory'],
  roles: ['admin', 'coach'],
  request: { params: cohortIdParams, body: groupSessionRequest },
  authorize: ({ params, principal, deps }) => findVisibleCohort(deps.orm.em.fork(), principal, params.cohortId),
  responses: { 201: { description: 'Recorded', schema: groupSessionView }, 404: { description: 'No such cohort, or a participant who is not yours' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const mine = new Set((await visibleParticipants(em, principal!, params.cohortId)).map((p) => p.id));
    const strangers = body.attendance.filter((a) => !mine.has(a.participantId));
    if (strangers.length) throw problems.notFound(`participant in this cohort (${strangers.map((s) => s.participantId).join(', ')})`);
    if (new Set(body.attendance.map((a) => a.participantId)).size !== body.attendance.length) {
      throw problems.validation([{ field: 'attendance', code: 'duplicate-participant', message: 'each participant once' }]);
    }
    const sessionId = await recordGroupSession(em, principal!, params.cohortId, body, requestId);
    return { status: 201, body: { sessionId, recorded: body.attendance.length } };
  },
});

export const cohortReportRoute = defineRoute({
  method: 'get',
  path: '/cohorts/{cohortId}/report',
  summary: 'The anonymised cohort report: attendance, milestones on time, life-domain change; small groups hidden',
  tags: ['trajectory'],
  roles: ['admin', 'coach'],
  request: { params: cohortIdParams },
  authorize: ({ params, principal, deps }) => findVisibleCohort(deps.orm.em.fork(), principal, params.cohortId),
  responses: { 200: { description: 'The report', schema: cohortReportView }, 404: { description: 'No such cohort' } },
  handler: async ({ params, deps, req }) => {
    const em = deps.orm.em.fork();
    return { status: 200, body: cohortReport((await loadCohortFacts(em, params.cohortId))!, negotiateLanguage(req.get('accept-language'))) };
  },
});

export const issueCohortReportRoute = defineRoute({
  method: 'post',
  path: '/cohorts/{cohortId}/report-documents',
  summary: 'Issue the anonymised cohort report as a PDF (French or Dutch)',
  tags: ['trajectory'],
  roles: ['admin', 'coach'],
  request: { params: cohortIdParams, body: reportLanguageRequest },
  authorize: ({ params, principal, deps }) => findVisibleCohort(deps.orm.em.fork(), principal, params.cohortId),
  responses: { 201: { description: 'Issued', schema: issuedDocumentView }, 404: { description: 'No such cohort' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const documentId = randomUUID();
    await deps.temporal.workflow.execute(trajectoryDocumentWorkflow, {
      workflowId: processIds.trajectoryDocument(documentId),
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      args: [{ documentId, kind: 'cohort-report', subjectId: params.cohortId, language: body.language ?? 'fr', issuedOn: todayInBrussels(), actor: { userId: principal!.userId, role: principal!.role }, requestId }],
    });
    const url = `/api/v1/trajectory-documents/${documentId}`;
    return { status: 201, body: { documentId, url }, headers: { Location: url } };
  },
});
