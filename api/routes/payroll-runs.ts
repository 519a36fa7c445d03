import { z } from 'zod';
import { salaryCreditTransferXml } from '../../domain/payments/sepa-credit-transfer';
import { processIds } from '../../domain/process-ids';
import { salaryPaymentDate } from '../../domain/payroll-runs/pay-period';
import { recordAudit } from '../../db/audit';
import { PayrollRun, Payslip, PayslipDraft } from '../../db/entities';
import { decidePayrollRunUpdate } from '../../workflows/payroll-run';
import { decisionRequest, payrollRunList, payrollRunView, periodRequest, runIdParams, runPayslipList } from '../payroll/schemas';
import { ensureRunWorkflow, findRun, startPayrollRun, toRunView } from '../payroll/payroll-records';
import { salaryTransfers } from '../payroll/sepa-records';
import { ProblemError, problems } from '../http/problem';
import { defineRoute } from '../http/route';
import { viaWorkflow } from '../http/temporal-errors';
import { todayInBrussels } from '../workers/clock';

const problem = (description: string) => ({ description });

export const startPayrollRunRoute = defineRoute({
  method: 'post',
  path: '/payroll-runs',
  summary: 'Start the payroll run of a month',
  description:
    'Opens the run of an ended month and starts its workflow `payroll-run:<period>`: collect approved hours, compute, preview. The same month again answers the same run. Nothing is written for a period that cannot be paid.',
  operationId: 'startPayrollRun',
  tags: ['Payroll'],
  changes:
    'Creates the run (one per month) and starts its workflow, which computes draft payslips for the preview; records it in the audit log. Nothing is issued or paid before a second administrator approves.',
  roles: ['admin'],
  request: { body: periodRequest },
  responses: {
    202: { description: 'Started; follow the Location', schema: payrollRunView },
    200: { description: 'The run of that month already exists', schema: payrollRunView },
    400: problem('The period is not a month written YYYY-MM'),
    422: problem('The month is not over, outside the parameters, or has nothing to pay'),
  },
  handler: async ({ body, principal, deps, requestId }) => {
    const { run, created } = await startPayrollRun(deps, principal!, body.period, requestId);
    const view = await toRunView(deps, run, principal!);
    return { status: created ? 202 : 200, body: view, headers: { Location: view.links.self } };
  },
});

export const listPayrollRunsRoute = defineRoute({
  method: 'get',
  path: '/payroll-runs',
  summary: 'Payroll runs, newest month first',
  operationId: 'listPayrollRuns',
  tags: ['Payroll'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  responses: { 200: { description: 'The runs', schema: payrollRunList } },
  handler: async ({ principal, deps }) => {
    const runs = await deps.orm.em.fork().find(PayrollRun, {}, { orderBy: { period: 'desc' }, limit: 120 });
    const items = [];
    for (const run of runs) {
      const { exceptions: _e, totalsByEmployer: _t, change: _c, ...rest } = await toRunView(deps, run, principal!, false);
      items.push(rest);
    }
    return { status: 200, body: { items } };
  },
});

export const getPayrollRunRoute = defineRoute({
  method: 'get',
  path: '/payroll-runs/{runId}',
  summary: 'A payroll run and its preview',
  description: 'Status, progress, totals overall and per employer, exceptions, change against last month.',
  operationId: 'getPayrollRun',
  tags: ['Payroll'],
  changes: 'Changes nothing in the run; if its workflow never started (a failed start), it is started now, idempotently.',
  roles: ['admin'],
  request: { params: runIdParams },
  authorize: ({ params, deps }) => findRun(deps.orm.em.fork(), params.runId),
  responses: { 200: { description: 'The run', schema: payrollRunView }, 404: problem('No such run') },
  handler: async ({ scope, principal, deps }) => {
    if (scope.status !== 'finalised') await ensureRunWorkflow(deps, scope);
    return { status: 200, body: await toRunView(deps, scope, principal!) };
  },
});

export const decidePayrollRunRoute = defineRoute({
  method: 'post',
  path: '/payroll-runs/{runId}/approval',
  summary: 'Approve (four eyes) or reject a payroll run in preview',
  description:
    'Approval locks the inputs (hours approved later go to the next run), sets the payment date and finalises. Approving an approved run changes nothing.',
  operationId: 'decidePayrollRun',
  tags: ['Payroll'],
  changes:
    'Approval: the run workflow locks the drafts, sets the payment date, issues each payslip once (immutable, numbered, PDF stored encrypted), marks the weeks paid and notifies each worker in their language (no amount in the message). Rejection (with a reason): the run goes back to collect. Recorded in the audit log.',
  access: { admin: 'not the one who started the run' },
  roles: ['admin'],
  request: { params: runIdParams, body: decisionRequest },
  authorize: ({ params, deps }) => findRun(deps.orm.em.fork(), params.runId),
  responses: {
    200: { description: 'Decided (or already approved)', schema: payrollRunView },
    403: problem('The administrator who started the run cannot approve it'),
    404: problem('No such run'),
    409: problem('The run is not in preview'),
    422: problem('A reason is needed to reject'),
  },
  handler: async ({ scope: run, body, principal, deps, requestId }) => {
    if (body.decision === 'approve' && run.startedBy === principal!.userId) {
      throw new ProblemError(403, 'four-eyes', 'Not allowed', 'You started this payroll run: a second administrator must approve it.', [
        { field: 'decision', code: 'four-eyes', message: 'the administrator who started a payroll run cannot approve it' },
      ]);
    }
    const already = ['approved', 'finalising', 'finalised'].includes(run.status);
    if (body.decision === 'approve' && already) return { status: 200, body: await toRunView(deps, run, principal!) };
    if (run.status !== 'preview') {
      throw problems.conflict('run-not-in-preview', `The run is ${run.status}: only a run in preview can be approved or rejected.`, [
        { field: 'decision', code: 'run-not-in-preview', message: `the run is ${run.status}` },
      ]);
    }
    const paymentDate = salaryPaymentDate(run.period, todayInBrussels(), deps.config.SALARY_PAYMENT_DAY);
    try {
      await viaWorkflow(() =>
        deps.temporal.workflow.getHandle(processIds.payrollRun(run.period)).executeUpdate(decidePayrollRunUpdate, {
          args: [{ decision: body.decision, reason: body.reason, actor: { userId: principal!.userId, role: principal!.role }, paymentDate, requestId }],
        }),
      );
    } catch (err) {
      // Two decisions at the same moment: the second finds the run decided.
      if (err instanceof ProblemError && err.code === 'run-not-in-preview') {
        const now = await findRun(deps.orm.em.fork(), run.id);
        if (body.decision === 'approve' && now.status !== 'collecting' && now.status !== 'preview')
          return { status: 200, body: await toRunView(deps, now, principal!) };
        throw problems.conflict(err.code, err.detail ?? err.message, err.errors);
      }
      throw err;
    }
    return { status: 200, body: await toRunView(deps, await findRun(deps.orm.em.fork(), run.id), principal!) };
  },
});

export const runPayslipsRoute = defineRoute({
  method: 'get',
  path: '/payroll-runs/{runId}/payslips',
  summary: 'The payslips of a run',
  description: 'Drafts while in preview, issued ones once finalised.',
  operationId: 'listPayrollRunPayslips',
  tags: ['Payroll'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: { params: runIdParams },
  authorize: ({ params, deps }) => findRun(deps.orm.em.fork(), params.runId),
  responses: { 200: { description: 'Payslips', schema: runPayslipList }, 404: problem('No such run') },
  handler: async ({ scope: run, deps }) => {
    const em = deps.orm.em.fork();
    const issued = new Map((await em.find(Payslip, { runId: run.id }, { fields: ['id', 'number'] })).map((p) => [p.id, p.number]));
    const drafts = await em.find(PayslipDraft, { runId: run.id }, { orderBy: { workerCode: 'asc', kind: 'asc' } });
    const items = drafts.map((d) => ({
      id: d.id,
      number: issued.get(d.id) ?? null,
      workerId: d.workerId,
      workerCode: d.workerCode,
      kind: d.kind as 'regular' | 'regularisation',
      regularisesPeriod: d.regularisesPeriod ?? null,
      grossCents: d.grossCents,
      netCents: d.netCents,
      employerCostCents: d.employerCostCents,
      paymentMethod: d.paymentMethod as 'transfer' | 'other',
      provisional: d.provisional,
      issued: issued.has(d.id),
    }));
    return { status: 200, body: { items } };
  },
});

export const sepaCreditTransferRoute = defineRoute({
  method: 'get',
  path: '/payroll-runs/{runId}/sepa-credit-transfer',
  summary: 'Download the salary payment file of an approved run',
  description:
    'ISO 20022 pain.001.001.09, category purpose SALA. One transfer per worker paid by transfer; the same file every time (same message id), so a bank refuses a second upload.',
  operationId: 'downloadSepaCreditTransfer',
  readsEncrypted: true,
  tags: ['Payroll'],
  changes: 'Records the read in each paid worker’s access log (the file names their IBAN); nothing else.',
  roles: ['admin'],
  request: { params: runIdParams },
  authorize: ({ params, deps }) => findRun(deps.orm.em.fork(), params.runId),
  responses: {
    200: { description: 'pain.001.001.09', contentType: 'application/xml', schema: z.string() },
    404: problem('No such run'),
    409: problem('The run is not approved yet'),
  },
  handler: async ({ scope: run, principal, deps, requestId }) => {
    if (!['approved', 'finalising', 'finalised'].includes(run.status) || !run.paymentDate || !run.approvedAt) {
      throw problems.conflict('run-not-approved', `The run is ${run.status}: the payment file exists once a second administrator has approved it.`);
    }
    const em = deps.orm.em.fork();
    const order = await salaryTransfers(em, deps, run);
    const xml = salaryCreditTransferXml(order);
    for (const workerId of order.workerIds)
      recordAudit(em, { actor: principal!, action: 'payroll.payment-file-read', subjectType: 'payroll-run', subjectId: run.id, workerId, requestId });
    recordAudit(em, {
      actor: principal!,
      action: 'payroll-run.sepa-downloaded',
      subjectType: 'payroll-run',
      subjectId: run.id,
      requestId,
      details: { transactions: order.transfers.length },
    });
    await em.flush();
    return { status: 200, file: Buffer.from(xml, 'utf8'), contentType: 'application/xml', fileName: `salaries-${run.period}.xml` };
  },
});
