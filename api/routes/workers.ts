import { z } from 'zod';
import { recordAudit } from '../../db/audit';
import type { Actor } from '../../domain/access/roles';
import { Worker } from '../../db/entities';
import { recordConsentUpdate, recordDocumentsCheckedUpdate, recordWorkAuthorisationUpdate } from '../../workflows/worker-onboarding';
import type { ApiDeps } from '../deps';
import { problems } from '../http/problem';
import { EXAMPLE_IDS } from '../http/examples';
import { defineRoute } from '../http/route';
import { viaWorkflow } from '../http/temporal-errors';
import { todayInBrussels } from '../workers/clock';
import {
  consentRequest,
  documentsCheckedRequest,
  onboardingView,
  payrollDetailsRequest,
  registeredWorker,
  registerWorkerRequest,
  workAuthorisationRequest,
  workerIdParams,
  workerView,
} from '../workers/schemas';
import { findVisibleWorker, registerWorker, startOnboarding, tellOnboardingPayrollFacts, toOnboardingView, toWorkerView } from '../workers/worker-records';
import { payrollFactsOf } from '../../db/payroll-facts';
import { normaliseIban } from '../../domain/identifiers';
import type { OnboardingState } from '../../domain/workers/onboarding';
import { eraseWorker, exportWorkerFile } from '../workers/worker-file';
import { accessLogOf } from '../workers/access-log';
import { negotiateLanguage } from '../../domain/i18n/rule-messages';

export const registerWorkerRoute = defineRoute({
  method: 'post',
  path: '/workers',
  summary: 'Register a worker and start their onboarding',
  operationId: 'registerWorker',
  tags: ['Workers'],
  changes:
    'Creates the worker (a new worker code, identifiers encrypted) and, when a contact is given, their account with an invitation queued in the outbox; starts the onboarding workflow; records it in the audit log.',
  roles: ['admin'],
  request: { body: registerWorkerRequest },
  responses: { 201: { description: 'Registered; onboarding started', schema: registeredWorker }, 409: { description: 'Already registered' } },
  handler: async ({ body, principal, deps, requestId }) => {
    const created = await registerWorker(deps, principal!, body, requestId);
    return { status: 201, body: created, headers: { Location: `/api/v1/workers/${created.id}` } };
  },
});

export const getWorkerRoute = defineRoute({
  method: 'get',
  path: '/workers/{workerId}',
  summary: "A worker's file",
  description: 'The read is recorded and shown to the worker in their access log.',
  operationId: 'getWorker',
  readsEncrypted: true,
  tags: ['Workers'],
  changes: 'Records the read in the audit log (the worker sees it in `GET /me/access-log`); nothing else.',
  access: { worker: 'their own file only' },
  roles: ['admin', 'worker'],
  request: { params: workerIdParams },
  responses: { 200: { description: 'The file', schema: workerView }, 404: { description: 'No such worker' } },
  authorize: ({ params, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, params.workerId),
  handler: async ({ scope: worker, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    recordAudit(em, { actor: principal!, action: 'worker.read', subjectType: 'worker', subjectId: worker.id, workerId: worker.id, requestId });
    await em.flush();
    return { status: 200, body: toWorkerView(worker, deps, await payrollFactsOf(em, worker.id)) };
  },
});

const onboardingUpdateRoute = <B extends z.ZodType>(opts: {
  path: string;
  operationId: string;
  summary: string;
  /** What the step changes in the onboarding, besides the workflow and the audit log. */
  changes: string;
  roles: readonly ('admin' | 'worker')[];
  access?: { worker: string };
  body: B;
  send: (deps: ApiDeps, workerId: string, body: z.infer<B>, base: { actor: Actor; requestId: string; today: string }) => Promise<unknown>;
}) =>
  defineRoute({
    method: 'post',
    path: `/workers/{workerId}/${opts.path}`,
    operationId: opts.operationId,
    summary: opts.summary,
    tags: ['Onboarding'],
    changes: `${opts.changes} The onboarding workflow moves on (to ready once consent, a valid authorisation and the documents are in); recorded in the audit log.`,
    roles: opts.roles,
    ...(opts.access ? { access: opts.access } : {}),
    request: { params: workerIdParams, body: opts.body },
    responses: {
      200: { description: 'The onboarding after this step', schema: onboardingView },
      404: { description: 'No such worker' },
      422: { description: 'A rule refuses the step' },
    },
    authorize: ({ params, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, params.workerId),
    handler: async ({ params, body, principal, deps, requestId }) => {
      const base = { actor: { userId: principal!.userId, role: principal!.role }, requestId, today: todayInBrussels() };
      const state = (await viaWorkflow(() => opts.send(deps, params.workerId, body, base))) as OnboardingState;
      return { status: 200, body: toOnboardingView(state, await payrollFactsOf(deps.orm.em.fork(), params.workerId)) };
    },
  });

export const recordConsentRoute = onboardingUpdateRoute({
  path: 'consent',
  operationId: 'recordConsent',
  summary: 'Record the worker’s GDPR consent (text version and time)',
  changes: 'Records the consent (text version, time, who recorded it) on the worker file; one recorded by an admin awaits the worker’s confirmation.',
  roles: ['admin', 'worker'],
  access: { worker: 'their own file only' },
  body: consentRequest,
  send: (deps, workerId, body, base) =>
    deps.temporal.workflow.executeUpdateWithStart(recordConsentUpdate, {
      args: [{ ...base, textVersion: body.textVersion, givenAt: new Date().toISOString() }],
      startWorkflowOperation: startOnboarding(deps, workerId),
    }),
});

export const recordWorkAuthorisationRoute = onboardingUpdateRoute({
  path: 'work-authorisation',
  operationId: 'recordWorkAuthorisation',
  summary: 'Record or renew the work authorisation under the derogation',
  changes:
    'Records the authorisation (permit number encrypted, validity dates) on the worker file; the workflow alerts 30 days before it expires and, at expiry, suspends the worker’s contracts.',
  roles: ['admin'],
  body: workAuthorisationRequest,
  send: (deps, workerId, body, base) =>
    deps.temporal.workflow.executeUpdateWithStart(recordWorkAuthorisationUpdate, {
      args: [{ ...base, ...body }],
      startWorkflowOperation: startOnboarding(deps, workerId),
    }),
});

export const recordPayrollDetailsRoute = defineRoute({
  method: 'put',
  path: '/workers/{workerId}/payroll-details',
  summary: 'Record how the worker is paid and where they live',
  description:
    'An IBAN or an alternative payment, and an address. What is given replaces what was recorded (an IBAN replaces an alternative payment); what is left out stays. The onboarding becomes ready once payroll has a way to pay, an address and a confirmed tax situation.',
  operationId: 'recordPayrollDetails',
  tags: ['Onboarding'],
  changes:
    'Stores the IBAN or alternative payment and the address on the worker file (encrypted) and tells the onboarding workflow; records it in the audit log and the worker’s access log.',
  access: { worker: 'their own file only' },
  roles: ['admin', 'worker'],
  request: { params: workerIdParams, body: payrollDetailsRequest },
  authorize: ({ params, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, params.workerId),
  responses: { 200: { description: 'The onboarding after this step', schema: onboardingView }, 404: { description: 'No such worker' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const worker = await em.findOneOrFail(Worker, { id: params.workerId });
    if (body.iban !== undefined) {
      worker.ibanCipher = deps.cipher.encrypt(normaliseIban(body.iban), { table: 'worker', column: 'iban_cipher', id: worker.id });
      worker.alternativePayment = null;
    }
    if (body.alternativePayment !== undefined) {
      worker.alternativePayment = body.alternativePayment;
      worker.ibanCipher = null;
    }
    if (body.address !== undefined)
      worker.addressCipher = deps.cipher.encrypt(JSON.stringify(body.address), { table: 'worker', column: 'address_cipher', id: worker.id });
    const fields = (['iban', 'alternativePayment', 'address'] as const).filter((f) => body[f] !== undefined);
    recordAudit(em, {
      actor: principal!,
      action: 'worker.payroll-details-recorded',
      subjectType: 'worker',
      subjectId: worker.id,
      workerId: worker.id,
      requestId,
      details: { fields },
    });
    await em.flush();
    return { status: 200, body: await tellOnboardingPayrollFacts(deps, params.workerId, principal!, requestId) };
  },
});

export const recordDocumentsCheckedRoute = onboardingUpdateRoute({
  path: 'documents-checked',
  operationId: 'recordDocumentsChecked',
  summary: 'Record the documents an administrator has checked',
  changes: 'Records which documents were checked, by whom and when, on the worker file.',
  roles: ['admin'],
  body: documentsCheckedRequest,
  send: (deps, workerId, body, base) =>
    deps.temporal.workflow.executeUpdateWithStart(recordDocumentsCheckedUpdate, {
      args: [{ ...base, items: body.items }],
      startWorkflowOperation: startOnboarding(deps, workerId),
    }),
});

const accessLogEntry = z.object({
  at: z.string(),
  who: z.string().meta({ description: 'Who, in words: an account’s name, "you", the name an approver gave on their approval link, the cooperative' }),
  role: z.string(),
  action: z.string().meta({ description: 'What they did, in words, in the reader’s language (Accept-Language)' }),
  code: z.string().meta({ description: 'The same action as a stable code, for programs (`timesheet.approved`)' }),
  reason: z.string().nullable(),
});

export const myAccessLogRoute = defineRoute({
  method: 'get',
  path: '/me/access-log',
  summary: 'Who read or changed my file, and when, in words',
  operationId: 'getMyAccessLog',
  tags: ['Workers'],
  changes: 'Changes nothing.',
  access: { worker: 'their own file only' },
  roles: ['worker'],
  responses: {
    200: {
      description: 'Newest first',
      schema: z.object({ entries: z.array(accessLogEntry) }).meta({
        id: 'AccessLog',
        example: {
          entries: [
            {
              at: '2026-11-20T14:02:11.000Z',
              who: 'Claire Dubois (approval link)',
              role: 'employer',
              action: 'Approved your hours of week 2026-W47',
              code: 'timesheet.approved',
              reason: null,
            },
            {
              at: '2026-11-05T10:30:00.000Z',
              who: 'Nadia Peeters',
              role: 'admin',
              action: 'Exported your file',
              code: 'worker.exported',
              reason: 'The worker asked for a copy of their file',
            },
            { at: '2026-11-03T09:12:00.000Z', who: 'you', role: 'worker', action: 'Confirmed your consent', code: 'worker.consent-confirmed', reason: null },
          ],
        },
      }),
    },
  },
  handler: async ({ principal, deps, req }) => {
    if (!principal!.workerId) throw problems.notFound('worker');
    const entries = await accessLogOf(deps.orm.em.fork(), principal!.workerId, principal!.userId, negotiateLanguage(req.get('accept-language')));
    return { status: 200, body: { entries } };
  },
});

const reasonQuery = z.object({ reason: z.string().trim().min(5).max(300).meta({ description: 'Why the file is exported (recorded in the audit log)' }) });

export const exportWorkerRoute = defineRoute({
  method: 'get',
  path: '/workers/{workerId}/export',
  summary: "Export a worker's whole file (GDPR access)",
  description: "The worker's whole file as JSON; the export and its reason are recorded.",
  operationId: 'exportWorkerFile',
  readsEncrypted: true,
  tags: ['Workers'],
  changes: 'Records the export and its reason in the audit log (shown in the worker’s access log); nothing else.',
  roles: ['admin'],
  request: { params: workerIdParams, query: reasonQuery },
  responses: {
    200: {
      description: 'The whole file',
      schema: z.record(z.string(), z.unknown()).meta({
        id: 'WorkerFileExport',
        example: {
          exportedAt: '2026-11-05T10:30:00.000Z',
          worker: { id: EXAMPLE_IDS.worker, code: 'W-7QK2MD', firstName: 'Amadou', displayName: 'Amadou D.', preferredLanguage: 'fr' },
          contracts: [],
          dimonaDeclarations: [],
          placements: [],
          timesheets: [],
          documents: [],
          accessLog: [{ at: '2026-11-02T08:15:00.000Z', actorId: EXAMPLE_IDS.adminUser, actorRole: 'admin', action: 'worker.registered', reason: null }],
        },
      }),
    },
    404: { description: 'No such worker' },
  },
  authorize: ({ params, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, params.workerId),
  handler: async ({ scope: worker, query, principal, deps, requestId }) => {
    const file = await exportWorkerFile(deps, deps.orm.em.fork(), principal!, worker, query.reason, requestId);
    return { status: 200, body: file, headers: { 'Content-Disposition': `attachment; filename="worker-${worker.code}.json"`, 'Cache-Control': 'no-store' } };
  },
});

export const eraseWorkerRoute = defineRoute({
  method: 'post',
  path: '/workers/{workerId}/erasure',
  summary: "Erase a worker's personal data",
  description:
    'Erases what the law lets us erase; payroll and declaration records are kept for their retention period. Refused while contracts or placements are open.',
  operationId: 'eraseWorker',
  tags: ['Workers'],
  changes:
    'Erases the worker’s name, contacts, birth data, address, IBAN and permit number, marks the file erased, closes their accounts (sign-in details erased, sessions ended) and stops the onboarding workflow; payroll and declaration records stay for their retention period; records the erasure and its reason in the audit log.',
  roles: ['admin'],
  request: {
    params: workerIdParams,
    body: z
      .object({ reason: z.string().trim().min(5).max(300) })
      .strict()
      .meta({ id: 'ErasureRequest', example: { reason: 'The worker asked for erasure; no contract or placement is open.' } }),
  },
  responses: { 204: { description: 'Erased' }, 409: { description: 'Contracts or placements are still open' } },
  authorize: ({ params, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, params.workerId),
  handler: async ({ scope: worker, body, principal, deps, requestId }) => {
    await eraseWorker(deps, principal!, worker.id, body.reason, requestId);
    return { status: 204 };
  },
});

export const confirmConsentRoute = defineRoute({
  method: 'post',
  path: '/me/consent-confirmation',
  summary: 'Confirm the consent the cooperative recorded on my behalf',
  description:
    'When an administrator recorded the worker’s GDPR consent for them (`GET /me` says `consentToConfirm: true`), the worker confirms it at their first sign-in.',
  operationId: 'confirmMyConsent',
  tags: ['Onboarding'],
  changes: 'Sets the consent’s confirmation time on the worker file; records it in the audit log and the worker’s access log.',
  access: { worker: 'their own file only' },
  roles: ['worker'],
  request: {
    body: z
      .object({ textVersion: consentRequest.shape.textVersion })
      .strict()
      .meta({ id: 'ConsentConfirmationRequest', example: { textVersion: '2026-01' } }),
  },
  responses: {
    200: {
      description: 'Confirmed',
      schema: z
        .object({ textVersion: z.string(), confirmedAt: z.string() })
        .meta({ id: 'ConsentConfirmation', example: { textVersion: '2026-01', confirmedAt: '2026-11-03T09:12:00.000Z' } }),
    },
    400: { description: 'The text version is missing or unknown' },
    401: { description: 'Not signed in, or the session ended' },
    403: { description: 'Not a worker' },
    404: { description: 'The account is tied to no worker file (or the file was erased)' },
    409: { description: 'No consent recorded on my behalf awaits confirmation, or it names another text version' },
  },
  handler: async ({ body, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const worker = principal!.workerId ? await em.findOne(Worker, { id: principal!.workerId, erasedAt: null }) : null;
    if (!worker) throw problems.notFound('worker');
    if (!worker.consentGivenAt || worker.consentRecordedBy !== 'admin' || worker.consentConfirmedAt) {
      throw problems.conflict('no-consent-to-confirm', 'No consent recorded on your behalf awaits your confirmation.');
    }
    if (worker.consentTextVersion !== body.textVersion) {
      throw problems.conflict('consent-text-differs', 'The consent recorded for you names another text version: read that one.', [
        { field: 'textVersion', code: 'consent-text-differs', message: `is not the version recorded (${worker.consentTextVersion})` },
      ]);
    }
    worker.consentConfirmedAt = new Date();
    recordAudit(em, {
      actor: principal!,
      action: 'worker.consent-confirmed',
      subjectType: 'worker',
      subjectId: worker.id,
      workerId: worker.id,
      requestId,
      details: { textVersion: body.textVersion },
    });
    await em.flush();
    return { status: 200, body: { textVersion: body.textVersion, confirmedAt: worker.consentConfirmedAt.toISOString() } };
  },
});
