import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Principal } from '../../domain/access/roles';
import { processIds } from '../../domain/process-ids';
import { payPeriodViolations } from '../../domain/payroll-runs/pay-period';
import { approvalViolations } from '../../domain/payroll-runs/payroll-run';
import { recordAudit } from '../../db/audit';
import { PayrollException, PayrollRun, type IPayrollRun } from '../../db/entities';
import { openPayrollRun } from '../../db/payroll-scope';
import { payrollRunProgressQuery, payrollRunWorkflow } from '../../workflows/payroll-run';
import type { ApiDeps } from '../deps';
import { problems } from '../http/problem';
import { todayInBrussels } from '../workers/clock';
import type { payrollRunView } from './schemas';

const BASE = '/api/v1/payroll-runs';

/**
 * Opens the month's run and starts its workflow (`payroll-run:<period>`): the same period again
 * answers the same run. The row is written first (by period, once), then the workflow is started
 * with USE_EXISTING; a start that failed is repaired by asking again. Nothing is written for a
 * period that cannot be paid.
 */
export async function startPayrollRun(deps: ApiDeps, principal: Principal, period: string, requestId: string): Promise<{ run: IPayrollRun; created: boolean }> {
  const violations = payPeriodViolations(period, todayInBrussels());
  if (violations.some((v) => v.code === 'invalid-period')) throw problems.validation(violations, 'The period is not a month written YYYY-MM.');
  if (violations.length > 0)
    throw problems.unprocessable(violations[0]!.code, `The payroll of ${period} cannot be run: ${violations[0]!.message}.`, violations);
  const em = deps.orm.em.fork();
  const opened = await openPayrollRun(em, period, principal.userId);
  if (!opened) {
    throw problems.unprocessable('nothing-to-pay', `There is nothing to pay for ${period}: no approved hours in the month and nothing to regularise.`, [
      { field: 'period', code: 'nothing-to-pay', message: 'no approved hours in this month and nothing to regularise' },
    ]);
  }
  if (opened.created) {
    recordAudit(em, { actor: principal, action: 'payroll-run.started', subjectType: 'payroll-run', subjectId: opened.runId, requestId, details: { period } });
    await em.flush();
  }
  const run = await em.findOneOrFail(PayrollRun, { id: opened.runId });
  if (run.status !== 'finalised') await ensureRunWorkflow(deps, run);
  return { run, created: opened.created };
}

export async function ensureRunWorkflow(deps: ApiDeps, run: IPayrollRun): Promise<void> {
  try {
    await deps.temporal.workflow.start(payrollRunWorkflow, {
      workflowId: processIds.payrollRun(run.period),
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      args: [{ runId: run.id, period: run.period, startedBy: run.startedBy }],
      workflowIdConflictPolicy: 'USE_EXISTING',
      // A run whose process failed or was terminated can be started again; a completed one cannot.
      workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}

export async function findRun(em: EntityManager, runId: string): Promise<IPayrollRun> {
  const run = await em.findOne(PayrollRun, { id: runId });
  if (!run) throw problems.notFound('payroll run');
  return run;
}

/** Whether this administrator may approve now, and if not, a sentence saying why. */
export function approvalFor(run: IPayrollRun, principal: Principal): { allowed: boolean; reason: string | null } {
  const v = approvalViolations({ status: run.status as never, startedBy: run.startedBy }, principal.userId, 'approve');
  return v.length === 0 ? { allowed: true, reason: null } : { allowed: false, reason: v[0]!.message };
}

/** The run as an administrator reads it; live progress from the workflow while it computes. */
export async function toRunView(deps: ApiDeps, run: IPayrollRun, principal: Principal, withDetails = true): Promise<z.infer<typeof payrollRunView>> {
  const em = deps.orm.em.fork();
  let progress = { done: run.progressDone, total: run.progressTotal };
  if (run.status === 'collecting' || run.status === 'finalising') {
    const live = await deps.temporal.workflow
      .getHandle(processIds.payrollRun(run.period))
      .query(payrollRunProgressQuery)
      .catch(() => null);
    if (live && live.total >= progress.total) progress = { done: Math.max(live.done, progress.done), total: live.total };
  }
  const exceptions = withDetails
    ? (await em.find(PayrollException, { runId: run.id, round: run.round }, { orderBy: { workerCode: 'asc', kind: 'asc' } })).map((e) => ({
        kind: e.kind,
        workerId: e.workerId,
        workerCode: e.workerCode,
        message: e.message,
      }))
    : [];
  const sepaReady = ['approved', 'finalising', 'finalised'].includes(run.status);
  return {
    id: run.id,
    period: run.period,
    status: run.status as z.infer<typeof payrollRunView>['status'],
    round: run.round,
    progress,
    startedBy: run.startedBy,
    startedAt: run.startedAt.toISOString(),
    approvedBy: run.approvedBy ?? null,
    approvedAt: run.approvedAt?.toISOString() ?? null,
    paymentDate: run.paymentDate ?? null,
    finalisedAt: run.finalisedAt?.toISOString() ?? null,
    totals: (run.totals as never) ?? null,
    totalsByEmployer: (run.totalsByEmployer as never[]) ?? [],
    change: (run.change as never) ?? null,
    exceptions,
    rejections: run.rejections,
    approval: approvalFor(run, principal),
    links: {
      self: `${BASE}/${run.id}`,
      payslips: `${BASE}/${run.id}/payslips`,
      sepaCreditTransfer: sepaReady ? `${BASE}/${run.id}/sepa-credit-transfer` : null,
    },
  };
}
