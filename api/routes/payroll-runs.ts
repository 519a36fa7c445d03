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
  summary: 'Start the payroll run of a month (the same month again answers the same run)',
  description: 'Admins. Opens the run of an ended month and starts its workflow `payroll-run:<period>`: collect approved hours, compute, preview. Nothing is written for a period that cannot be paid.',
  tags: ['payroll'],
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
  tags: ['payroll'],
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
  summary: 'A payroll run: status, progress, totals overall and per employer, exceptions, change against last month',
  tags: ['payroll'],
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
    'Admins other than the one who started the run. Approval locks the inputs (hours approved later go to the next run), sets the payment date and finalises: payslips issued, hours marked paid, workers told. Approving an approved run changes nothing. Rejection (with a reason) sends the run back to collect.',
  tags: ['payroll'],
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
      throw problems.conflict('run-not-in-preview', `The run is ${run.status}: only a run in preview can be approved or rejected.`, [{ field: 'decision', code: 'run-not-in-preview', message: `the run is ${run.status}` }]);
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
        if (body.decision === 'approve' && now.status !== 'collecting' && now.status !== 'preview') return { status: 200, body: await toRunView(deps, now, principal!) };
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
  summary: 'The payslips of a run: drafts while in preview, issued ones once finalised',
  tags: ['payroll'],
  roles: ['admin'],
  request: { params: runIdParams },
  authorize: ({ params, deps }) => findRun(deps.orm.em.fork(), params.runId),
  responses: { 200: { description: 'Payslips', schema: runPayslipList }, 404: problem('No such run') },
  handler: async ({ scope: run, deps }) => {
    const em = deps.orm.em.fork();
    const issued = new Map((await em.find(Payslip, { runId: run.id }, { fields: ['id', 'number'] })).map((p) => [p.id, p.number]));
    const drafts = await em.find(PayslipDraft, { runId: run.id }, { orderBy: { workerCode: 'asc', kind: 'asc' } });
    const items = drafts.map((d) => ({
      id: d.id, number: issued.get(d.id) ?? null, workerId: d.workerId, workerCode: d.workerCode, kind: d.kind as 'regular' | 'regularisation', regularisesPeriod: d.regularisesPeriod ?? null,
      grossCents: d.grossCents, netCents: d.netCents, employerCostCents: d.employerCostCents, paymentMethod: d.paymentMethod as 'transfer' | 'other', provisional: d.provisional, issued: issued.has(d.id),
    }));
    return { status: 200, body: { items } };
  },
});

export const sepaCreditTransferRoute = defineRoute({
  method: 'get',
  path: '/payroll-runs/{runId}/sepa-credit-transfer',
  summary: 'The salary payment file of an approved run (ISO 20022 pain.001.001.09, category purpose SALA)',
  description: 'Admins. One transfer per worker paid by transfer; the same file every time (same message id), so a bank refuses a second upload. The read is recorded in each worker’s access log.',
  tags: ['payroll'],
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
    for (const workerId of order.workerIds) recordAudit(em, { actor: principal!, action: 'payroll.payment-file-read', subjectType: 'payroll-run', subjectId: run.id, workerId, requestId });
    recordAudit(em, { actor: principal!, action: 'payroll-run.sepa-downloaded', subjectType: 'payroll-run', subjectId: run.id, requestId, details: { transactions: order.transfers.length } });
    await em.flush();
    return { status: 200, file: Buffer.from(xml, 'utf8'), contentType: 'application/xml', fileName: `salaries-${run.period}.xml` };
  },
});
