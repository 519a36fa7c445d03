import {
  ParentClosePolicy,
  WorkflowIdReusePolicy,
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  proxyActivities,
  setHandler,
  sleep,
  startChild,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities } from '../activities';
import type { Actor } from '../domain/access/roles';
import { validateDmfaCorrection, validateDmfaSubmission, type DmfaStatus } from '../domain/declarations/dmfa-status';
import { lastClosedQuarter } from '../domain/declarations/quarter';
import { processIds } from '../domain/process-ids';
import { brusselsDateOf } from '../domain/time/brussels';
import { NON_RETRYABLE_FAILURES, onceStoredValuesRead, oneAtATime, rejectIfAny } from './support';

const { buildDmfaVersion, sendDmfaVersion, readDmfaAnswer, raiseAlert, resolveDmfaTasks } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  // Transient failures (database, ONSS unreachable) retry without limit at a bounded pace; broken rules never.
  retry: { maximumInterval: '5 minutes', nonRetryableErrorTypes: NON_RETRYABLE_FAILURES },
});

const SYSTEM: Actor = { userId: 'system', role: 'system' };
const CLOSING = {
  field: 'status',
  code: 'already-acknowledged',
  message: 'ONSS has acknowledged this version; a modification is built by a new run of the quarter.',
};
/** ONSS answers a batch within minutes to a day: poll from 5 s, doubling, at most hourly. */
const FIRST_POLL_MS = 5_000;
const MAX_POLL_MS = 3600_000;

export interface DmfaWorkflowInput {
  quarter: string;
  requestedBy: Actor;
  /** A modification of a quarter whose earlier process ended acknowledged: the version to build and why. */
  correction?: { version: number; reason: string };
}

export interface DmfaView {
  quarter: string;
  status: DmfaStatus;
  version: number;
}

export interface SubmitDmfaInput {
  actor: Actor;
  requestId?: string | null;
}
export interface CorrectDmfaInput {
  reason: string;
  actor: Actor;
  requestId?: string | null;
}

export const dmfaStateQuery = defineQuery<DmfaView>('dmfaState');
export const submitDmfaUpdate = defineUpdate<DmfaView, [SubmitDmfaInput]>('submitDmfa');
export const correctDmfaUpdate = defineUpdate<DmfaView, [CorrectDmfaInput]>('correctDmfa');

const short = (message: string) => (message.length > 480 ? `${message.slice(0, 477)}…` : message);

/**
 * The DmfA of one quarter (id `dmfa:<YYYY>-Q<n>`): builds version 1 from the finalised payslips,
 * waits for an administrator to send it (an explicit action, after the diff), follows ONSS's
 * answer, turns anomalies and blocking exceptions into admin tasks, and builds a corrected
 * version on request — until ONSS acknowledges the quarter. Every version stays in history.
 */
export async function dmfaWorkflow(input: DmfaWorkflowInput): Promise<DmfaStatus> {
  const { quarter } = input;
  let status = 'building' as DmfaStatus;
  let version = 0;
  const view = (): DmfaView => ({ quarter, status, version });

  // One change at a time: an update and the answer loop never interleave on the same state.
  const serially = oneAtATime();

  const build = async (next: number, reason: string, actor: Actor) => {
    status = 'building';
    const built = await buildDmfaVersion({ quarter, version: next, reason, actor });
    version = next;
    status = built.status;
    if (built.status === 'blocked') {
      const problems = built.exceptions.filter((e) => e.blocking);
      if (problems.length === 0)
        problems.push({
          workerId: null,
          field: 'xml',
          code: 'schema-invalid',
          message: 'The declaration does not validate against the ONSS schema.',
          blocking: true,
        });
      for (const e of problems) {
        await raiseAlert({
          key: `dmfa:${quarter}:v${next}:${e.code}:${e.workerId ?? 'all'}`,
          kind: 'dmfa-blocked',
          severity: 'critical',
          subjectType: 'dmfa-declaration',
          subjectId: quarter,
          workerId: e.workerId,
          message: short(`DmfA ${quarter} v${next} cannot be sent: ${e.message}`),
        });
      }
    }
  };

  setHandler(dmfaStateQuery, view);
  setHandler(
    submitDmfaUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(validateDmfaSubmission(status));
        await sendDmfaVersion({ quarter, version, actor: u.actor });
        status = 'sent';
        return view();
      }),
    { validator: (_u: SubmitDmfaInput) => rejectIfAny(validateDmfaSubmission(status)) },
  );
  setHandler(
    correctDmfaUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny([...validateDmfaCorrection(status, u.reason), ...(status === 'acknowledged' ? [CLOSING] : [])]);
        await build(version + 1, u.reason.trim(), u.actor);
        return view();
      }),
    // Acknowledged, this run is ending: a modification is a new run, which the API starts.
    { validator: (u) => rejectIfAny([...validateDmfaCorrection(status, u.reason), ...(status === 'acknowledged' ? [CLOSING] : [])]) },
  );

  const first = input.correction ?? { version: 1, reason: 'first build after the quarter' };
  // A value that does not decrypt (a worker's national number) holds the first build, alerted,
  // until it is restored; a correction asked through the API answers the problem at once instead.
  await onceStoredValuesRead(() => serially(() => build(first.version, first.reason, input.requestedBy)), raiseAlert);

  while (status !== 'acknowledged') {
    await condition(() => status === 'sent');
    const sentVersion = version;
    let answer = await readDmfaAnswer({ quarter, version: sentVersion });
    for (let pollMs = FIRST_POLL_MS; answer.state === 'pending'; pollMs = Math.min(pollMs * 2, MAX_POLL_MS)) {
      await sleep(pollMs);
      answer = await readDmfaAnswer({ quarter, version: sentVersion });
    }
    await serially(async () => {
      if (answer.state === 'acknowledged') {
        status = 'acknowledged';
        await resolveDmfaTasks({ quarter });
        return;
      }
      status = 'anomalies';
      for (const [index, a] of answer.anomalies.entries()) {
        await raiseAlert({
          key: `dmfa:${quarter}:v${sentVersion}:anomaly:${index}`,
          kind: 'dmfa-anomaly',
          severity: 'critical',
          subjectType: 'dmfa-declaration',
          subjectId: quarter,
          workerId: a.workerId,
          message: short(
            `DmfA ${quarter} v${sentVersion}: ONSS anomaly ${a.code}${a.workerCode ? ` for worker ${a.workerCode}` : ''}: ${a.message}. Correct it, then send a corrected version.`,
          ),
        });
      }
    });
  }
  await condition(allHandlersFinished);
  return status;
}

/**
 * What the Schedule starts after each quarter: the DmfA of the quarter that has just closed
 * (workflow time, so replay-safe). Already started — by an administrator or an earlier fire — is fine.
 */
export async function dmfaAfterQuarterWorkflow(): Promise<string> {
  const quarter = lastClosedQuarter(brusselsDateOf(Date.now()));
  try {
    await startChild(dmfaWorkflow, {
      workflowId: processIds.dmfa(quarter),
      args: [{ quarter, requestedBy: SYSTEM }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  return quarter;
}
