import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { z } from 'zod';
import { recordAudit } from '../../db/audit';
import { DmfaDeclaration, DmfaDeclarationVersion, Worker } from '../../db/entities';
import { deadlineStatus, deadlinesBetween } from '../../domain/declarations/compliance-calendar';
import { validateDmfaCorrection, validateDmfaSubmission } from '../../domain/declarations/dmfa-status';
import { dmfaDueDate, validateDeclarableQuarter } from '../../domain/declarations/quarter';
import type { RuleViolation } from '../../domain/rule-violation';
import { processIds } from '../../domain/process-ids';
import { addDays, isCalendarDate } from '../../domain/time/dates';
import { correctDmfaUpdate, dmfaWorkflow, submitDmfaUpdate } from '../../workflows/dmfa';
import { countFinalisedPayslips, dmfaExamples, dmfaIdParams, dmfaSummaryView, dmfaView, findDmfa, toDmfaView } from '../declarations/dmfa-records';
import { problems } from '../http/problem';
import { EXAMPLE_IDS } from '../http/examples';
import { defineRoute } from '../http/route';
import { viaWorkflow } from '../http/temporal-errors';
import { todayInBrussels } from '../workers/clock';

function refuseWith(violations: RuleViolation[]): void {
  if (violations.length === 0) return;
  if (violations.some((v) => v.field !== 'status')) throw problems.validation(violations.filter((v) => v.field !== 'status'));
  throw problems.unprocessable(violations[0]!.code, violations[0]!.message, violations);
}

const startDmfaRequest = z
  .object({ quarter: z.string().meta({ example: '2026-Q1', description: 'A closed quarter, YYYY-Qn' }) })
  .meta({ id: 'StartDmfaRequest', example: { quarter: '2026-Q3' } });
const correctDmfaRequest = z
  .object({ reason: z.string().meta({ description: 'Why a corrected version is built (3 to 300 characters)' }) })
  .meta({ id: 'CorrectDmfaRequest', example: { reason: 'ONSS anomaly on W-7QK2MD: the hours of September were declared twice.' } });
const dmfaProcessView = z
  .object({ id: z.string(), quarter: z.string(), status: z.string(), version: z.number().int() })
  .meta({ id: 'DmfaProcess', example: { id: '2026-Q3', quarter: '2026-Q3', status: 'sent', version: 1 } });

export const startDmfaRoute = defineRoute({
  method: 'post',
  path: '/declarations/dmfa',
  summary: 'Build the DmfA of a closed quarter',
  description: 'From the quarter’s finalised payslips; the same quarter again answers the same declaration. A dry run validates it before anything is sent.',
  operationId: 'startDmfa',
  tags: ['Declarations'],
  changes:
    'Starts the quarter’s declaration workflow (once per quarter), which writes the declaration, builds version 1 and validates it in a dry run; nothing is sent to the ONSS until `…/submission`.',
  roles: ['admin'],
  request: { body: startDmfaRequest },
  responses: {
    202: { description: 'Being built; follow the Location', schema: dmfaSummaryView },
    400: { description: 'A malformed quarter' },
    422: { description: 'An open quarter, or a quarter without finalised payslips' },
  },
  handler: async ({ body, principal, deps }) => {
    const violations = validateDeclarableQuarter(body.quarter, todayInBrussels());
    if (violations.some((v) => v.code === 'invalid-quarter')) throw problems.validation(violations);
    if (violations.length > 0) throw problems.unprocessable(violations[0]!.code, violations[0]!.message, violations);
    const quarter = body.quarter;
    const em = deps.orm.em.fork();
    const existing = await em.findOne(DmfaDeclaration, { quarter });
    if (!existing && (await countFinalisedPayslips(em, quarter)) === 0) {
      throw problems.unprocessable('no-payslips', `No finalised payslip falls in ${quarter}: there is nothing to declare.`, [
        { field: 'quarter', code: 'no-payslips', message: `No payroll run of ${quarter} is finalised.` },
      ]);
    }
    try {
      await deps.temporal.workflow.start(dmfaWorkflow, {
        workflowId: processIds.dmfa(quarter),
        taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
        args: [{ quarter, requestedBy: { userId: principal!.userId, role: principal!.role } }],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (err) {
      // The quarter's process has already run to its end (acknowledged): the declaration stands.
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
    const status = existing?.status ?? 'building';
    return {
      status: 202,
      body: { id: quarter, quarter, status, currentVersion: existing?.currentVersion ?? 1, dueDate: dmfaDueDate(quarter) },
      headers: { Location: `/api/v1/declarations/dmfa/${quarter}` },
    };
  },
});

export const listDmfaRoute = defineRoute({
  method: 'get',
  path: '/declarations/dmfa',
  summary: 'The DmfA declarations, newest quarter first',
  operationId: 'listDmfa',
  tags: ['Declarations'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  responses: {
    200: {
      description: 'Declarations',
      schema: z.object({ declarations: z.array(dmfaSummaryView) }).meta({ id: 'DmfaDeclarations', example: { declarations: [dmfaExamples.summary] } }),
    },
  },
  handler: async ({ deps }) => {
    const rows = await deps.orm.em.fork().find(DmfaDeclaration, {}, { orderBy: { quarter: 'desc' }, limit: 200 });
    return {
      status: 200,
      body: {
        declarations: rows.map((d) => ({
          id: d.quarter,
          quarter: d.quarter,
          status: d.status,
          currentVersion: d.currentVersion,
          dueDate: dmfaDueDate(d.quarter),
        })),
      },
    };
  },
});

export const getDmfaRoute = defineRoute({
  method: 'get',
  path: '/declarations/dmfa/{declarationId}',
  summary: 'A DmfA declaration, before and after sending',
  description: 'Status, per worker the totals and the change against the previous quarter, the dry run’s validation, every version.',
  operationId: 'getDmfa',
  tags: ['Declarations'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: { params: dmfaIdParams },
  authorize: ({ params, deps }) => findDmfa(deps.orm.em.fork(), params.declarationId),
  responses: { 200: { description: 'The declaration', schema: dmfaView }, 404: { description: 'No such declaration' } },
  handler: async ({ params, deps }) => ({ status: 200, body: await toDmfaView(deps.orm.em.fork(), params.declarationId) }),
});

export const dmfaXmlRoute = defineRoute({
  method: 'get',
  path: '/declarations/dmfa/{declarationId}/xml',
  summary: 'Download the DmfA XML, as sent or to be sent',
  description: 'It names every worker’s INSS.',
  operationId: 'downloadDmfaXml',
  readsEncrypted: true,
  tags: ['Declarations'],
  changes: 'Records the read in each declared worker’s access log; nothing else.',
  roles: ['admin'],
  request: { params: dmfaIdParams, query: z.object({ version: z.coerce.number().int().min(1).max(999).optional() }) },
  authorize: ({ params, deps }) => findDmfa(deps.orm.em.fork(), params.declarationId),
  responses: {
    200: { description: 'DmfA XML', contentType: 'application/xml', schema: z.string() },
    404: { description: 'No such declaration or version, or it was blocked before any file was written' },
  },
  handler: async ({ params, query, scope, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const version = await em.findOne(DmfaDeclarationVersion, { quarter: params.declarationId, version: query.version ?? scope.currentVersion });
    if (!version?.xmlCipher) throw problems.notFound('DmfA file (that version was blocked before a file was written)');
    for (const person of version.naturalPersons) {
      recordAudit(em, {
        actor: principal!,
        action: 'worker.identity-read',
        subjectType: 'dmfa-declaration',
        subjectId: `${version.quarter}:v${version.version}`,
        workerId: person.workerId,
        reason: 'DmfA file downloaded',
        requestId,
      });
    }
    await em.flush();
    const fileName = version.fileName ?? `DmfA-${version.quarter}-v${version.version}.xml`;
    return {
      status: 200,
      file: Buffer.from(deps.cipher.decrypt(version.xmlCipher, { table: 'dmfa_declaration_version', column: 'xml_cipher', id: version.id }), 'utf8'),
      contentType: 'application/xml',
      fileName,
    };
  },
});

export const submitDmfaRoute = defineRoute({
  method: 'post',
  path: '/declarations/dmfa/{declarationId}/submission',
  summary: 'Send the current version of a DmfA to the ONSS',
  description: 'An explicit admin action. Answers 202: the ONSS answers later, and the status then moves to acknowledged or anomalies.',
  operationId: 'submitDmfa',
  readsEncrypted: true,
  tags: ['Declarations'],
  changes:
    'Tells the declaration workflow to send the version (once, with an idempotency key); the workflow records the ONSS answer and raises an alert on anomalies. Recorded in the audit log.',
  roles: ['admin'],
  request: { params: dmfaIdParams },
  authorize: ({ params, deps }) => findDmfa(deps.orm.em.fork(), params.declarationId),
  responses: {
    202: { description: 'Sent; ONSS answers later', schema: dmfaProcessView },
    404: { description: 'No such declaration' },
    422: { description: 'Not ready to be sent (blocked, already sent, …)' },
  },
  handler: async ({ params, scope, principal, deps, requestId }) => {
    // An acknowledged quarter's process has ended: answer with the rule, not with a missing process.
    if (scope.status === 'acknowledged') refuseWith(validateDmfaSubmission('acknowledged'));
    const handle = deps.temporal.workflow.getHandle(processIds.dmfa(params.declarationId));
    const view = await viaWorkflow(() =>
      handle.executeUpdate(submitDmfaUpdate, { args: [{ actor: { userId: principal!.userId, role: principal!.role }, requestId }] }),
    );
    return { status: 202, body: { id: view.quarter, ...view } };
  },
});

export const correctDmfaRoute = defineRoute({
  method: 'post',
  path: '/declarations/dmfa/{declarationId}/corrections',
  summary: 'Build a corrected version of a DmfA',
  description: 'After anomalies or blocking exceptions, or as a modification of an acknowledged quarter; the earlier versions stay in history.',
  operationId: 'correctDmfa',
  readsEncrypted: true,
  tags: ['Declarations'],
  changes:
    'Builds the next version of the declaration in its workflow (a new run for an acknowledged quarter) with the reason; nothing is sent until `…/submission`. Recorded in the audit log.',
  roles: ['admin'],
  request: { params: dmfaIdParams, body: correctDmfaRequest },
  authorize: ({ params, deps }) => findDmfa(deps.orm.em.fork(), params.declarationId),
  responses: {
    201: { description: 'The corrected version, built', schema: dmfaProcessView },
    404: { description: 'No such declaration' },
    409: { description: 'A modification is already being built, or the acknowledged run is still closing' },
    422: { description: 'Not correctable now' },
  },
  handler: async ({ params, body, scope, principal, deps, requestId }) => {
    const actor = { userId: principal!.userId, role: principal!.role };
    const handle = deps.temporal.workflow.getHandle(processIds.dmfa(params.declarationId));
    if (scope.status === 'acknowledged') {
      // A modification of an acknowledged quarter: its process has ended, a new run builds the next
      // version and follows it like the first. Two requests at once: the second finds the run started
      // and is answered by its validator (a version is being built).
      refuseWith(validateDmfaCorrection('acknowledged', body.reason));
      const correction = { version: scope.currentVersion + 1, reason: body.reason.trim() };
      // The run that recorded the acknowledgement ends right after it: wait (briefly) for that end.
      const ended = await Promise.race([
        handle.result().then(
          () => true,
          () => true,
        ),
        new Promise<false>((r) => setTimeout(() => r(false), 15_000).unref()),
      ]);
      if (!ended)
        throw problems.conflict('dmfa-closing', `The process of ${params.declarationId} is still closing after the acknowledgement: ask again in a minute.`);
      try {
        await deps.temporal.workflow.start(dmfaWorkflow, {
          workflowId: processIds.dmfa(params.declarationId),
          taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
          args: [{ quarter: params.declarationId, requestedBy: actor, correction }],
          workflowIdConflictPolicy: 'FAIL',
          workflowIdReusePolicy: 'ALLOW_DUPLICATE',
        });
        return { status: 201, body: { id: params.declarationId, quarter: params.declarationId, status: 'building', version: correction.version } };
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        throw problems.conflict(
          'correction-in-progress',
          `A corrected version of ${params.declarationId} is already being built: follow it at GET /declarations/dmfa/${params.declarationId}.`,
        );
      }
    }
    const view = await viaWorkflow(() => handle.executeUpdate(correctDmfaUpdate, { args: [{ reason: body.reason, actor, requestId }] }));
    return { status: 201, body: { id: view.quarter, ...view } };
  },
});

const deadlineExample = {
  key: 'dmfa:2026-Q4',
  kind: 'dmfa',
  dueDate: '2027-01-31',
  alertOn: '2027-01-17',
  concerns: '2026-Q4',
  title: 'DmfA of 2026-Q4',
  workerId: null,
  status: 'upcoming',
  source: 'ONSS: the DmfA is due by the last day of the month after the quarter',
  verified: true,
};
const deadlineView = z
  .object({
    key: z.string(),
    kind: z.string(),
    dueDate: z.string(),
    alertOn: z.string(),
    concerns: z.string(),
    title: z.string(),
    workerId: z.string().nullable(),
    status: z.enum(['done', 'overdue', 'due-soon', 'upcoming']),
    source: z.string(),
    verified: z.boolean(),
  })
  .meta({ id: 'ComplianceDeadline', example: deadlineExample });

export const complianceCalendarRoute = defineRoute({
  method: 'get',
  path: '/compliance-calendar',
  summary: 'Every legal deadline between two dates, with its status',
  description: 'DmfA, provisions, withholding tax, blue-collar holiday contribution, 281.10, permit expiries: done, overdue, due soon or upcoming.',
  operationId: 'getComplianceCalendar',
  tags: ['Declarations'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: {
    query: z.object({
      from: z.string().optional().meta({ description: 'YYYY-MM-DD, default today' }),
      to: z.string().optional().meta({ description: 'YYYY-MM-DD, default 90 days after from; at most 3 years after from' }),
    }),
  },
  responses: {
    200: {
      description: 'Deadlines, soonest first',
      schema: z
        .object({ today: z.string(), deadlines: z.array(deadlineView) })
        .meta({ id: 'ComplianceCalendar', example: { today: '2026-12-04', deadlines: [deadlineExample] } }),
    },
    400: { description: 'Bad dates' },
  },
  handler: async ({ query, deps }) => {
    const today = todayInBrussels();
    const errors = [];
    if (query.from !== undefined && !isCalendarDate(query.from))
      errors.push({ field: 'from', code: 'invalid-date', message: 'from must be a date YYYY-MM-DD.' });
    if (query.to !== undefined && !isCalendarDate(query.to)) errors.push({ field: 'to', code: 'invalid-date', message: 'to must be a date YYYY-MM-DD.' });
    if (errors.length) throw problems.validation(errors);
    const from = query.from ?? today;
    const to = query.to ?? addDays(from, 90);
    if (to < from) throw problems.validation([{ field: 'to', code: 'before-from', message: 'to must not be before from.' }]);
    if (to > addDays(from, 3 * 366)) throw problems.validation([{ field: 'to', code: 'too-far', message: 'Ask for at most three years at a time.' }]);
    const em = deps.orm.em.fork();
    const permits = await em.find(Worker, { erasedAt: null, permitValidUntil: { $ne: null } }, { fields: ['id', 'code', 'permitValidUntil'] });
    const acknowledged = new Set((await em.find(DmfaDeclaration, { status: 'acknowledged' })).map((d) => d.quarter));
    const deadlines = deadlinesBetween(
      from,
      to,
      permits.map((w) => ({ workerId: w.id, workerCode: w.code, validUntil: w.permitValidUntil! })),
    );
    return {
      status: 200,
      body: {
        today,
        deadlines: deadlines.map((d) => ({
          key: d.key,
          kind: d.kind,
          dueDate: d.dueDate,
          alertOn: addDays(d.dueDate, -d.alertDaysBefore),
          concerns: d.concerns,
          title: d.title,
          workerId: d.workerId,
          status: deadlineStatus(d, today, d.kind === 'dmfa' && acknowledged.has(d.concerns)),
          source: d.source,
          verified: d.verified,
        })),
      },
    };
  },
});

export const sandboxDmfaRejectionRoute = defineRoute({
  method: 'post',
  path: '/sandbox/onss/dmfa-rejections',
  summary: 'Sandbox: make the next DmfA naming a worker get an anomaly',
  description: 'Development and demo only (404 in production): tells the local ONSS sandbox to answer the next DmfA naming this worker with an anomaly.',
  operationId: 'scriptSandboxDmfaRejection',
  tags: ['Declarations'],
  changes: 'Stores the scripted rejection in the local ONSS sandbox, replacing any earlier one for the worker; nothing else.',
  roles: ['admin'],
  request: {
    body: z
      .object({ workerId: z.uuid(), reason: z.string().min(3).max(200) })
      .meta({ id: 'SandboxDmfaRejection', example: { workerId: EXAMPLE_IDS.worker, reason: 'Unknown identification number (demo anomaly)' } }),
  },
  responses: {
    201: {
      description: 'Recorded',
      schema: z
        .object({ workerCode: z.string(), reason: z.string() })
        .meta({ example: { workerCode: 'W-7QK2MD', reason: 'Unknown identification number (demo anomaly)' } }),
    },
    404: { description: 'No such worker, or not available in production' },
  },
  handler: async ({ body, deps }) => {
    if (deps.config.NODE_ENV === 'production') throw problems.notFound('route');
    const em = deps.orm.em.fork();
    const worker = await em.findOne(Worker, { id: body.workerId, erasedAt: null });
    if (!worker) throw problems.notFound('worker');
    await em.getConnection().execute(
      `insert into onss_sandbox_dmfa_rejection (worker_reference, reason, created_at, consumed_by) values (?, ?, now(), null)
       on conflict (worker_reference) do update set reason = excluded.reason, created_at = now(), consumed_by = null`,
      [worker.code, body.reason],
    );
    return { status: 201, body: { workerCode: worker.code, reason: body.reason } };
  },
});
