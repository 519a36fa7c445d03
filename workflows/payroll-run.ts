import {
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities } from '../activities';
import type { Actor } from '../domain/access/roles';
import { processIds } from '../domain/process-ids';
import { approvalViolations, type PayrollRunStatus } from '../domain/payroll-runs/payroll-run';
import { previousPeriod } from '../domain/payroll-runs/pay-period';
import { brusselsDateOf } from '../domain/time/brussels';
import { monthOf } from '../domain/time/dates';
import { NON_RETRYABLE_FAILURES, onceStoredValuesRead, oneAtATime, rejectIfAny } from './support';

// Transient failures (a database restart, a deploy) retry for as long as it takes, at most a
// minute apart: a payroll run never fails because PostgreSQL was away for an hour. Only broken
// rules, missing objects and stored values that do not decrypt stop an activity.
const acts = proxyActivities<Activities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: NON_RETRYABLE_FAILURES },
});

// The chunk activities beat while they work: a crashed worker's chunk moves to another worker
// 30 seconds later, not 10 minutes later.
const chunks = proxyActivities<Activities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: NON_RETRYABLE_FAILURES },
});

/** Contracts computed, and payslips issued, per activity: a 10,000-worker run stays a few hundred events. */
export const PAYROLL_CHUNK = 100;

export interface PayrollRunInput {
  runId: string;
  period: string;
  /** The user who started it (or `schedule`): they cannot approve it. */
  startedBy: string;
}

export interface PayrollRunProgress {
  status: PayrollRunStatus;
  round: number;
  done: number;
  total: number;
}

export interface PayrollRunDecision {
  decision: 'approve' | 'reject';
  actor: Actor;
  reason?: string;
  /** For an approval: the day salaries are paid (the SEPA file's requested execution date). */
  paymentDate?: string;
  requestId?: string | null;
}

export const payrollRunProgressQuery = defineQuery<PayrollRunProgress>('payrollRunProgress');
export const decidePayrollRunUpdate = defineUpdate<PayrollRunProgress, [PayrollRunDecision]>('decidePayrollRun');

/**
 * One month's payroll: collect and compute (in chunks), preview with exceptions, four-eyes
 * approval (or rejection back to collect), then finalise: payslips issued, hours marked paid,
 * workers told. Every step writes by business key, so a crash or a retry never pays twice.
 */
export async function payrollRunWorkflow(input: PayrollRunInput): Promise<PayrollRunStatus> {
  let status: PayrollRunStatus = 'collecting';
  let round = 1;
  let done = 0;
  let total = 0;
  const progress = (): PayrollRunProgress => ({ status, round, done, total });

  // Decisions run one at a time and re-check the state inside: two approvals clicked together
  // cannot both pass the validator and then both act.
  const serially = oneAtATime();
  const violations = (d: PayrollRunDecision) => [
    ...approvalViolations({ status, startedBy: input.startedBy }, d.actor.userId, d.decision, d.reason),
    ...(d.decision === 'approve' && !d.paymentDate ? [{ field: 'paymentDate', code: 'required', message: 'an approval needs the payment date' }] : []),
  ];

  setHandler(payrollRunProgressQuery, progress);
  setHandler(
    decidePayrollRunUpdate,
    (d) =>
      serially(async () => {
        rejectIfAny(violations(d));
        if (d.decision === 'approve') {
          await acts.approvePayrollRun({ runId: input.runId, approvedBy: d.actor, paymentDate: d.paymentDate!, requestId: d.requestId });
          status = 'approved';
        } else {
          await acts.rejectPayrollRun({ runId: input.runId, rejectedBy: d.actor, reason: d.reason!, round, requestId: d.requestId });
          round += 1;
          status = 'collecting';
        }
        return progress();
      }),
    { validator: (d) => rejectIfAny(violations(d)) },
  );

  for (;;) {
    status = 'collecting';
    done = 0;
    ({ total } = await acts.preparePayrollRun({ runId: input.runId, period: input.period, round }));
    let after: string | null = null;
    for (;;) {
      // A worker's stored value that does not decrypt (IBAN, tax situation) holds the run, alerted,
      // until an administrator has restored it; the chunk is then computed again.
      const [from, doneBefore] = [after, done];
      const chunk: { processed: number; lastContractId: string | null; done: boolean } = await onceStoredValuesRead(
        () => chunks.computePayslipDrafts({ runId: input.runId, period: input.period, round, afterContractId: from, limit: PAYROLL_CHUNK, doneBefore }),
        acts.raiseAlert,
      );
      done += chunk.processed;
      after = chunk.lastContractId;
      if (chunk.done) break;
    }
    await acts.summarisePayrollRun({ runId: input.runId, period: input.period });
    status = 'preview';
    await condition(() => status !== 'preview');
    if ((status as PayrollRunStatus) === 'approved') break;
  }

  status = 'finalising';
  const issuedOn = brusselsDateOf(Date.now());
  let after: string | null = null;
  for (;;) {
    const from = after;
    const chunk: { lastDraftId: string | null; done: boolean } = await onceStoredValuesRead(
      () => chunks.finalisePayslips({ runId: input.runId, afterDraftId: from, limit: PAYROLL_CHUNK, issuedOn }),
      acts.raiseAlert,
    );
    after = chunk.lastDraftId;
    if (chunk.done) break;
  }
  await acts.completePayrollRun({ runId: input.runId });
  status = 'finalised';
  await condition(allHandlersFinished);
  return status;
}

/**
 * Run by the monthly Temporal Schedule a few days after a month ends: opens the run of the month
 * that ended (unless there is nothing to pay) and starts its workflow, which an administrator
 * then approves. A run an administrator already started is left as it is.
 */
export async function scheduledPayrollRunWorkflow(): Promise<string> {
  const period = previousPeriod(monthOf(brusselsDateOf(workflowInfo().startTime.getTime())));
  const opened = await acts.openPayrollRun({ period, startedBy: 'schedule' });
  if (!opened) return `nothing to pay for ${period}`;
  try {
    await startChild(payrollRunWorkflow, {
      workflowId: processIds.payrollRun(period),
      args: [{ runId: opened.runId, period, startedBy: opened.startedBy }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  return `payroll run ${period} started`;
}
