import { allHandlersFinished, condition, defineQuery, defineSignal, defineUpdate, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { Actor } from '../domain/access/roles';
import {
  SIGNATURE_EXPIRY_DAYS,
  SIGNATURE_REMINDER_DAYS,
  validateCancel,
  validateEnd,
  validateSignature,
  type ContractStatus,
  type SigningParty,
} from '../domain/contracts/employment-contract';
import { startOfBrusselsDay } from '../domain/time/brussels';
import { addDays, type CalendarDate } from '../domain/time/dates';
import { NON_RETRYABLE_FAILURES, onceStoredValuesRead, oneAtATime, rejectIfAny, sleepUntilDayOrChange } from './support';
import { PERMIT_EXPIRED_SIGNAL } from './worker-onboarding';

const { prepareContractDocument, issueSignedContractDocument, saveContractStatus, fileDimona, readDimona, raiseAlert, recheckWorkerPlacements } =
  proxyActivities<Activities>({
    startToCloseTimeout: '1 minute',
    // Transient failures retry without an attempt limit at a bounded pace; broken rules never.
    retry: { maximumInterval: '5 minutes', nonRetryableErrorTypes: NON_RETRYABLE_FAILURES },
  });

const SYSTEM: Actor = { userId: 'system', role: 'system' };
const DAY_MS = 24 * 3600 * 1000;
/** ONSS answers within seconds to hours: poll from 5 s, doubling, at most hourly. */
const FIRST_POLL_MS = 5_000;
const MAX_POLL_MS = 3600_000;

export interface ContractWorkflowInput {
  contractId: string;
  workerId: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
}

export interface ContractView {
  status: ContractStatus;
  signedBy: SigningParty[];
  startDate: CalendarDate;
  endDate: CalendarDate;
  /** The end date, or the earlier last day of an early end. */
  lastDay: CalendarDate;
  /** An end or cancellation asked for and still being carried out (Dimona under way). */
  pendingRequest: 'end' | 'cancel' | null;
}

export interface SignContractInput {
  party: SigningParty;
  actor: Actor;
  requestId?: string | null;
}
export interface EndContractInput {
  endedOn: CalendarDate;
  reason: string;
  today: CalendarDate;
  actor: Actor;
  requestId?: string | null;
}
export interface CancelContractInput {
  reason: string;
  today: CalendarDate;
  actor: Actor;
  requestId?: string | null;
}

export const contractStateQuery = defineQuery<ContractView>('contractState');
export const signContractUpdate = defineUpdate<ContractView, [SignContractInput]>('signContract');
export const endContractUpdate = defineUpdate<ContractView, [EndContractInput]>('endContract');
export const cancelContractUpdate = defineUpdate<ContractView, [CancelContractInput]>('cancelContract');
export const permitExpiredSignal = defineSignal<[{ validUntil: CalendarDate }]>(PERMIT_EXPIRED_SIGNAL);

/**
 * One employment contract: PDF, both signatures (reminder at day 3, expiry at day 14), the signed
 * version of the PDF with its signature page, Dimona IN
 * — the contract is active only once ONSS acknowledges it, and a start day that comes first is
 * blocked and reported —, then the run until its end date or an early end (Dimona OUT), or a
 * cancellation before the start (Dimona CANCEL). A permit expiry suspends it.
 */
export async function employmentContractWorkflow(input: ContractWorkflowInput): Promise<ContractStatus> {
  const status = await contractProcess(input);
  // The process ends only once every update in flight has answered.
  await condition(allHandlersFinished);
  return status;
}

async function contractProcess(input: ContractWorkflowInput): Promise<ContractStatus> {
  const { contractId, workerId, startDate, endDate } = input;
  // `as` keeps TypeScript from narrowing these: handlers and closures change them.
  let status = 'awaiting-signatures' as ContractStatus;
  let signedBy: SigningParty[] = [];
  let endRequest = null as EndContractInput | null;
  let cancelRequest = null as CancelContractInput | null;
  let permitExpired = false as boolean;
  let lastDay: CalendarDate = endDate;
  let outFiled = false;
  const view = (): ContractView => ({
    status,
    signedBy: [...signedBy],
    startDate,
    endDate,
    lastDay,
    pendingRequest: cancelRequest ? 'cancel' : endRequest && status !== 'ended' ? 'end' : null,
  });

  const moveTo = async (next: ContractStatus, actor: Actor, extra: { endedOn?: CalendarDate; reason?: string; requestId?: string | null } = {}) => {
    await saveContractStatus({ contractId, workerId, status: next, actor, ...extra, idempotencyKey: `${contractId}:status:${next}` });
    status = next;
  };
  const alert = (kind: string, severity: 'info' | 'warning' | 'critical', message: string) =>
    raiseAlert({ key: `${contractId}:${kind}`, kind, severity, subjectType: 'employment-contract', subjectId: contractId, workerId, message });

  /* The end and cancel updates return as soon as the request is recorded: the Dimona that follows
   may take ONSS minutes to answer, and no HTTP request waits for it. */
  /** Files a Dimona once (idempotent by contract and action) and waits for ONSS's answer. */
  const declare = async (action: 'IN' | 'OUT' | 'CANCEL', endedOn?: CalendarDate, onWait?: () => Promise<void>) => {
    await onceStoredValuesRead(() => fileDimona({ contractId, action, endedOn }), raiseAlert);
    for (let pollMs = FIRST_POLL_MS; ; pollMs = Math.min(pollMs * 2, MAX_POLL_MS)) {
      const answer = await readDimona({ contractId, action });
      if (answer.state !== 'pending') return answer;
      await onWait?.();
      const untilStart = startOfBrusselsDay(startDate) - Date.now();
      await condition(() => false, untilStart > 0 && status === 'awaiting-dimona' ? Math.min(pollMs, untilStart) : pollMs);
    }
  };

  // Signatures one at a time, checked again in turn: the same party twice at once signs once.
  const serially = oneAtATime();
  setHandler(contractStateQuery, view);
  setHandler(
    signContractUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(validateSignature({ status, signedBy }, u.party));
        await saveContractStatus({
          contractId,
          workerId,
          status,
          signedBy: u.party,
          actor: u.actor,
          requestId: u.requestId,
          idempotencyKey: `${contractId}:signed:${u.party}`,
        });
        signedBy = [...signedBy, u.party];
        return view();
      }),
    { validator: (u) => rejectIfAny(validateSignature({ status, signedBy }, u.party)) },
  );
  setHandler(
    endContractUpdate,
    async (u) => {
      endRequest = u;
      return view();
    },
    {
      validator: (u) =>
        rejectIfAny(
          endRequest
            ? [{ field: 'contract', code: 'already-ending', message: 'the contract is already ending' }]
            : validateEnd(status, startDate, endDate, u.endedOn, u.today),
        ),
    },
  );
  setHandler(
    cancelContractUpdate,
    async (u) => {
      cancelRequest = u;
      return view();
    },
    {
      validator: (u) =>
        rejectIfAny(
          cancelRequest
            ? [{ field: 'contract', code: 'already-cancelling', message: 'the contract is already being cancelled' }]
            : validateCancel(status, startDate, u.today),
        ),
    },
  );
  setHandler(permitExpiredSignal, () => {
    permitExpired = true;
  });

  // The worker's stored identity goes into the PDF: a value that no longer decrypts where it is
  // holds the contract, alerted, until an administrator has restored it.
  await onceStoredValuesRead(() => prepareContractDocument({ contractId }), raiseAlert);

  // Both signatures, a reminder, then expiry.
  const signedOrCancelled = () => signedBy.length === 2 || cancelRequest !== null;
  if (!(await condition(signedOrCancelled, SIGNATURE_REMINDER_DAYS * DAY_MS))) {
    const missing = (['worker', 'cooperative'] as const).filter((p) => !signedBy.includes(p));
    await alert('contract-signature-reminder', 'info', `The contract still awaits the signature of: ${missing.join(', ')}.`);
    if (!(await condition(signedOrCancelled, (SIGNATURE_EXPIRY_DAYS - SIGNATURE_REMINDER_DAYS) * DAY_MS))) {
      await moveTo('expired-unsigned', SYSTEM);
      await alert('contract-expired-unsigned', 'warning', `The contract was not signed within ${SIGNATURE_EXPIRY_DAYS} days and has expired.`);
      return status;
    }
  }
  if (cancelRequest) {
    const c: CancelContractInput = cancelRequest;
    await moveTo('cancelled', c.actor, { reason: c.reason, requestId: c.requestId });
    return status;
  }

  // The signed version (signature page, hash of the draft) is issued before the Dimona, so the
  // worker holds the signed contract before their first day; the draft stays as version 1.
  if (patched('signed-contract-reissued')) await onceStoredValuesRead(() => issueSignedContractDocument({ contractId }), raiseAlert);

  // Dimona IN: no shift without an acknowledged declaration.
  await moveTo('awaiting-dimona', SYSTEM);
  const dimonaIn = await declare('IN', undefined, async () => {
    if (status === 'awaiting-dimona' && Date.now() >= startOfBrusselsDay(startDate)) {
      await moveTo('blocked-awaiting-dimona', SYSTEM);
      await alert(
        'contract-start-blocked',
        'critical',
        `The contract should start on ${startDate} but ONSS has not acknowledged its Dimona: the worker may not start.`,
      );
    }
  });
  if (dimonaIn.state === 'refused') {
    await moveTo('dimona-refused', SYSTEM);
    await alert('dimona-refused', 'critical', `ONSS refused the Dimona IN: ${dimonaIn.anomalies.map((a) => a.message).join('; ')}`);
    await condition(() => cancelRequest !== null);
    const c: CancelContractInput = cancelRequest!;
    await moveTo('cancelled', c.actor, { reason: c.reason, requestId: c.requestId });
    return status;
  }
  await moveTo(permitExpired ? 'suspended' : 'active', SYSTEM);
  // The worker's placements waiting for this contract go on at once, not at their next daily check.
  if (status === 'active' && patched('placements-recheck-when-contract-active')) await recheckWorkerPlacements({ workerId });

  // Running: until the last day, an early end (Dimona OUT filed at once), a cancellation
  // before the start, or a suspension.
  for (;;) {
    const interrupted = await sleepUntilDayOrChange(
      addDays(lastDay, 1),
      () => (endRequest !== null && !outFiled) || cancelRequest !== null || (permitExpired && status === 'active'),
    );
    if (permitExpired && status === 'active') {
      await moveTo('suspended', SYSTEM, { reason: 'work permit expired' });
      await alert('contract-suspended', 'critical', 'The work permit expired: the contract is suspended and the worker may not work.');
      continue;
    }
    if (cancelRequest) {
      const c: CancelContractInput = cancelRequest;
      await declare('CANCEL');
      await moveTo('cancelled', c.actor, { reason: c.reason, requestId: c.requestId });
      return status;
    }
    const early: EndContractInput | null = endRequest;
    if (early && !outFiled) {
      lastDay = early.endedOn;
      await declare('OUT', lastDay);
      await saveContractStatus({
        contractId,
        workerId,
        status,
        endedOn: lastDay,
        reason: early.reason,
        actor: early.actor,
        requestId: early.requestId,
        idempotencyKey: `${contractId}:early-end`,
      });
      outFiled = true;
      continue;
    }
    if (!interrupted) {
      if (!outFiled) await declare('OUT', lastDay);
      await moveTo('ended', SYSTEM, { endedOn: lastDay, reason: early ? early.reason : 'end of the fixed term' });
      return status;
    }
  }
}
