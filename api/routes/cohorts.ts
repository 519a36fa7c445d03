import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { processIds } from '../../domain/process-ids';
import { negotiateLanguage } from '../../domain/i18n/rule-messages';
import { cohortReport } from '../../domain/trajectory/cohort-report';
import { Application, Cohort, CohortCoach } from '../../db/entities';
import { loadCohortFacts } from '../../db/trajectory-facts';
import { trajectoryDocumentWorkflow } from '../../workflows/trajectory-documents';
import { problems } from '../http/problem';
import { exampleOf } from '../http/examples';
import { defineRoute } from '../http/route';
import { todayInBrussels } from '../workers/clock';
import {
  addApplication,
  createCohort,
  decideApplication,
  findVisibleCohort,
  recordGroupSession,
  toApplicationView,
  toCohortView,
} from '../trajectory/cohort-records';
import { visibleParticipants } from '../trajectory/participant-records';
import {
  applicationIdParams,
  applicationRequest,
  applicationView,
  cohortIdParams,
  cohortReportView,
  cohortView,
  createCohortRequest,
  decisionRequest,
  groupSessionRequest,
  groupSessionView,
  issuedDocumentView,
  reportLanguageRequest,
} from '../trajectory/schemas';

export const createCohortRoute = defineRoute({
  method: 'post',
  path: '/cohorts',
  summary: 'Create a cohort of the entrepreneur trajectory',
  description:
    'With its start date, its coaches and its milestone plan (else the standard one: business plan at 6 months, market test 9, first customer 12, first revenue 15, obstacles resolved 18, activity launched 21).',
  operationId: 'createCohort',
  tags: ['Cohorts'],
  changes: 'Creates the cohort with its coaches and milestone plan; records it in the audit log.',
  roles: ['admin'],
  request: { body: createCohortRequest },
  responses: {
    201: { description: 'Created', schema: cohortView },
    409: { description: 'The name is taken' },
    422: { description: 'A coach or a milestone is refused' },
  },
  handler: async ({ body, principal, deps, requestId }) => {
    const id = await createCohort(deps, principal!, body, requestId);
    const em = deps.orm.em.fork();
    return { status: 201, body: await toCohortView(em, await em.findOneOrFail(Cohort, { id })), headers: { Location: `/api/v1/cohorts/${id}` } };
  },
});

export const listCohortsRoute = defineRoute({
  method: 'get',
  path: '/cohorts',
  summary: 'List the cohorts',
  operationId: 'listCohorts',
  tags: ['Cohorts'],
  changes: 'Changes nothing.',
  access: { coach: 'the cohorts they coach only' },
  roles: ['admin', 'coach'],
  responses: {
    200: {
      description: 'Newest first',
      schema: z.object({ cohorts: z.array(cohortView) }).meta({ id: 'Cohorts', example: { cohorts: [exampleOf(cohortView)] } }),
    },
  },
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
  summary: 'Record an application to a cohort',
  description: 'Project idea, motivation and the selection grid (1–5 per criterion).',
  operationId: 'addApplication',
  tags: ['Cohorts'],
  changes: 'Creates the application (pending a decision); records it in the audit log.',
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
  operationId: 'listApplications',
  tags: ['Cohorts'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: { params: cohortIdParams },
  authorize: ({ params, principal, deps }) => findVisibleCohort(deps.orm.em.fork(), principal, params.cohortId),
  responses: {
    200: {
      description: 'Applications',
      schema: z.object({ applications: z.array(applicationView) }).meta({ id: 'Applications', example: { applications: [exampleOf(applicationView)] } }),
    },
  },
  handler: async ({ params, deps }) => {
    const em = deps.orm.em.fork();
    const applications = await em.find(Application, { cohort: params.cohortId }, { orderBy: { totalScore: 'desc', createdAt: 'asc' } });
    return { status: 200, body: { applications: await Promise.all(applications.map((a) => toApplicationView(em, a))) } };
  },
});

export const decideApplicationRoute = defineRoute({
  method: 'post',
  path: '/applications/{applicationId}/decision',
  summary: 'Select, wait-list or reject an application',
  description:
    'With the reason. A selection creates the participant (pseudonymous display name, language, a coach of the cohort) and starts their two-year trajectory.',
  operationId: 'decideApplication',
  tags: ['Cohorts'],
  changes:
    'Records the decision and its reason on the application; a selection creates the participant, dates their milestones from the cohort start and starts the trajectory workflow `trajectory:<participantId>`. Recorded in the audit log.',
  roles: ['admin'],
  request: { params: applicationIdParams, body: decisionRequest },
  responses: {
    200: { description: 'Decided', schema: applicationView },
    404: { description: 'No such application' },
    409: { description: 'Already decided' },
    422: { description: 'The coach is not one of the cohort' },
  },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const { application } = await decideApplication(deps, principal!, params.applicationId, body, todayInBrussels(), requestId);
    return { status: 200, body: await toApplicationView(deps.orm.em.fork(), application) };
  },
});

export const recordGroupSessionRoute = defineRoute({
  method: 'post',
  path: '/cohorts/{cohortId}/group-sessions',
  summary: 'Record a group session with the attendance of the whole group',
  description: 'A training session or a workshop. Recording the same session (phase, title, day) again updates its attendance: nothing is counted twice.',
  operationId: 'recordGroupSession',
  tags: ['Cohorts'],
  changes:
    'Creates the session (or corrects it, keyed by cohort, phase, title and day) and each participant’s attendance (present, excused, absent); records it in the audit log.',
  access: { coach: 'their own cohorts and participants only' },
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
  summary: 'The anonymised cohort report',
  description: 'Attendance, milestones reached on time, life-domain change from baseline; any figure over fewer than 5 participants is suppressed.',
  operationId: 'getCohortReport',
  tags: ['Reports'],
  changes: 'Changes nothing.',
  access: { coach: 'the cohorts they coach only' },
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
  summary: 'Issue the anonymised cohort report as a PDF',
  description: 'In French or Dutch.',
  operationId: 'issueCohortReport',
  tags: ['Reports'],
  changes: 'Runs a short workflow that renders the PDF and stores it encrypted and immutable; records it in the audit log.',
  access: { coach: 'the cohorts they coach only' },
  roles: ['admin', 'coach'],
  request: { params: cohortIdParams, body: reportLanguageRequest },
  authorize: ({ params, principal, deps }) => findVisibleCohort(deps.orm.em.fork(), principal, params.cohortId),
  responses: { 201: { description: 'Issued', schema: issuedDocumentView }, 404: { description: 'No such cohort' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const documentId = randomUUID();
    await deps.temporal.workflow.execute(trajectoryDocumentWorkflow, {
      workflowId: processIds.trajectoryDocument(documentId),
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      args: [
        {
          documentId,
          kind: 'cohort-report',
          subjectId: params.cohortId,
          language: body.language ?? 'fr',
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
