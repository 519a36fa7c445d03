import { allHandlersFinished, condition, defineQuery, defineSignal, defineUpdate, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { Actor } from '../domain/access/roles';
import {
  totalsOf,
  validateCorrectionRequest,
  validateDecision,
  validateDecisionReason,
  validateEdit,
  validateSubmit,
  type ApprovalPolicy,
  type TimesheetPeriod,
  type TimesheetStatus,
} from '../domain/timesheets/timesheet';
import type { TimesheetEntry, WorkKind } from '../domain/timesheets/timesheet-entry';
import { CORRECTION_CONFIRMATION_DAYS, validateCorrectionAnswer, type CorrectionAnswer, type PendingCorrection } from '../domain/timesheets/correction';
import { addDays, type CalendarDate } from '../domain/time/dates';
import { sundayOfIsoWeek, type IsoWeekId } from '../domain/time/iso-week';
import { DECISION_RECORDED_SIGNAL, type DecisionRecorded } from '../domain/timesheets/decision-recorded';
import { oneAtATime, rejectIfAny, sleepUntilDayOrChange, NON_RETRYABLE_FAILURES } from './support';

const acts = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  // Transient failures (database, network) retry without an attempt limit at a bounded pace; broken rules never.
  retry: { maximumInterval: '5 minutes', nonRetryableErrorTypes: NON_RETRYABLE_FAILURES },
});

const HOUR_MS = 3600_000;
/** How long an approved week stays open for a correction; later ones go through the cooperative. */
const CORRECTION_WINDOW_DAYS = 90;
/** A week nobody recorded hours for closes after this many days. */
const EMPTY_WEEK_CLOSES_AFTER_DAYS = 60;
/**
 * Since this patch a correction of an approved week waits for the worker's confirmation (see
 * domain/timesheets/correction.ts); a week corrected before it went the old road (a new draft,
 * submitted and approved again by the employer), which its recorded history replays.
 */
export const CORRECTION_NEEDS_WORKER_PATCH = 'correction-needs-worker';

export interface TimesheetWorkflowInput {
  placementId: string;
  workerId: string;
  employerId: string;
  isoWeek: IsoWeekId;
  placementStart: CalendarDate;
  placementEnd: CalendarDate;
  policy: ApprovalPolicy;
}

export interface TimesheetView {
  isoWeek: IsoWeekId;
  version: number;
  status: TimesheetStatus;
  entries: TimesheetEntry[];
  totalsByKind: Record<WorkKind, number>;
  totalMinutes: number;
  disputeReason: string | null;
  /** A correction of this approved week waiting for the worker (or the cooperative); the approved version stays in force meanwhile. */
  pendingCorrection?: PendingCorrection | null;
}

interface ByActor {
  actor: Actor;
  requestId?: string | null;
}
export interface SaveEntriesInput extends ByActor {
  entries: TimesheetEntry[];
}
export type SubmitInput = ByActor;
export interface DecisionInput extends ByActor {
  decision: 'approve' | 'dispute';
  /** The version the decider saw; an older one is refused. */
  version: number;
  reason?: string;
  via: 'account' | 'magic-link';
  linkId?: string | null;
  /** Who answered through a magic link, as they gave their name. */
  approverName?: string;
}
export type ConfirmInput = ByActor;
export interface CorrectionInput extends ByActor {
  reason: string;
  entries: TimesheetEntry[];
}
export interface CorrectionAnswerInput extends ByActor {
  answer: CorrectionAnswer;
  version: number;
  reason?: string;
}

export const timesheetStateQuery = defineQuery<TimesheetView>('timesheetState');
export const saveEntriesUpdate = defineUpdate<TimesheetView, [SaveEntriesInput]>('saveEntries');
export const submitTimesheetUpdate = defineUpdate<TimesheetView, [SubmitInput]>('submitTimesheet');
export const decideTimesheetUpdate = defineUpdate<TimesheetView, [DecisionInput]>('decideTimesheet');
export const confirmTimesheetUpdate = defineUpdate<TimesheetView, [ConfirmInput]>('confirmTimesheet');
export const correctTimesheetUpdate = defineUpdate<TimesheetView, [CorrectionInput]>('correctTimesheet');
/** The worker confirms or disputes a pending correction; the cooperative confirms (after the delay, or once disputed) or withdraws it. */
export const answerCorrectionUpdate = defineUpdate<TimesheetView, [CorrectionAnswerInput]>('answerCorrection');
/**
 * The employer's decision, recorded in PostgreSQL by the API (one conditional update, see
 * db/timesheet-decisions.ts) and told to the process through the transactional outbox: the
 * process notifies and moves on. Since this signal, `decideTimesheet` is kept for the histories
 * and clients of before; the API no longer sends it.
 */
export const decisionRecordedSignal = defineSignal<[DecisionRecorded]>(DECISION_RECORDED_SIGNAL);
/** Sent by the placement when it ends early: days after the new last day are refused from then on. */
export const placementEndMovedSignal = defineSignal<[{ placementEnd: CalendarDate }]>('placementEndMoved');

/**
 * One ISO week of one placement. The worker or the employer records the days; once submitted,
 * the employer approves or disputes (account or magic link); reminders at 24 h and 48 h, an
 * escalation to the cooperative at 72 h, and after N days the week is deemed approved with the
 * evidence kept. Approved weeks are immutable: a correction is a new version, approved again.
 */
export async function timesheetWorkflow(input: TimesheetWorkflowInput): Promise<TimesheetStatus> {
  let period: TimesheetPeriod = { isoWeek: input.isoWeek, placementStart: input.placementStart, placementEnd: input.placementEnd };
  const key = { placementId: input.placementId, isoWeek: input.isoWeek };
  let version = 1;
  let status = 'draft' as TimesheetStatus;
  let entries: TimesheetEntry[] = [];
  let disputeReason: string | null = null;
  let approvedTimesheetId: string | null = null;
  let currentTimesheetId: string | null = null;
  let correctionReason: string | null = null;
  let pendingCorrection: PendingCorrection | null = null;
  let lastProposedVersion = 0;
  let step = 0;
  const idem = (what: string) => `timesheet:${input.placementId}:${input.isoWeek}:v${version}:${what}:${++step}`;
  const view = (): TimesheetView => ({ isoWeek: input.isoWeek, version, status, entries, disputeReason, ...totalsOf(period, entries), pendingCorrection });
  const save = async (next: 'draft' | 'submitted', by: ByActor, what: string) => {
    const totals = totalsOf(period, entries);
    const saved = await acts.saveTimesheet({
      ...key,
      version,
      status: next,
      entries,
      totalsByKind: totals.totalsByKind,
      totalMinutes: totals.totalMinutes,
      actor: by.actor,
      supersedes: version > 1 ? approvedTimesheetId : null,
      correctionReason,
      requestId: by.requestId,
      idempotencyKey: idem(what),
    });
    currentTimesheetId = saved.timesheetId;
  };

  // Updates run one at a time and check their rules again when their turn comes: two decisions on
  // the same week at once (a double click, the link and the account) — the second is refused at
  // once instead of hitting the immutability trigger.
  const serially = oneAtATime();
  const editRules = (u: SaveEntriesInput) => validateEdit(status, period, u.entries);
  const submitRules = () => validateSubmit(status, period, entries);
  const decisionRules = (u: DecisionInput) => [...validateDecision(status, version, u.version), ...validateDecisionReason(u.decision, u.reason)];
  const confirmRules = () => (status === 'draft' ? [{ field: 'timesheet', code: 'nothing-to-confirm', message: 'the week has not been submitted yet' }] : []);
  const correctionRules = (u: CorrectionInput) => [
    ...(pendingCorrection
      ? [
          {
            field: 'timesheet',
            code: 'correction-pending',
            message: `correction v${pendingCorrection.version} of this week still waits for the worker: it is answered or withdrawn first`,
          },
        ]
      : []),
    ...validateCorrectionRequest(status, u.reason),
    ...validateEdit('draft', period, u.entries),
  ];
  const answerRules = (u: CorrectionAnswerInput) =>
    validateCorrectionAnswer(pendingCorrection, { answer: u.answer, version: u.version, role: u.actor.role, reason: u.reason }, Date.now());

  setHandler(timesheetStateQuery, view);
  setHandler(placementEndMovedSignal, ({ placementEnd }) => {
    period = { ...period, placementEnd };
  });

  /**
   * A decision recorded in PostgreSQL by someone else than the process — learnt by signal, or by
   * losing the race to it with an own write: the process moves on as if it had taken it (the
   * worker's notice, back to the worker after a dispute, the correction window after an
   * approval). Taken once: a repeated signal, or one for a version the process has left, changes
   * nothing. No patch needed: histories of before never carry the signal, and their activity
   * results never say "not recorded".
   */
  const adoptDecision = async (recorded: { version: number; decision: string }) => {
    if (status !== 'submitted' || version !== recorded.version) return;
    if (recorded.decision === 'approved' || recorded.decision === 'deemed-approved') {
      status = recorded.decision;
      disputeReason = null;
      approvedTimesheetId = currentTimesheetId;
      await acts.notifyApproval({ ...key, version });
    } else if (recorded.decision === 'disputed') {
      status = 'disputed';
      disputeReason = await acts.notifyDispute({ ...key, version });
    }
  };
  // In turn with the updates: a decision recorded while the submission is still being sent waits for it to end.
  setHandler(decisionRecordedSignal, (recorded) => serially(() => adoptDecision(recorded)));
  setHandler(
    saveEntriesUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(editRules(u));
        const previous = entries;
        entries = u.entries;
        try {
          await save('draft', u, 'hours-saved');
        } catch (err) {
          entries = previous;
          throw err;
        }
        return view();
      }),
    { validator: (u) => rejectIfAny(editRules(u)) },
  );
  setHandler(
    submitTimesheetUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(submitRules());
        await save('submitted', u, 'submitted');
        status = 'submitted';
        disputeReason = null;
        await acts.sendApprovalRequest({ ...key, version, round: 'submitted' });
        return view();
      }),
    { validator: (_u) => rejectIfAny(submitRules()) },
  );
  setHandler(
    decideTimesheetUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(decisionRules(u));
        const decision = u.decision === 'approve' ? 'approved' : 'disputed';
        const recorded = await acts.recordTimesheetDecision({
          ...key,
          version,
          decision,
          actor: u.actor,
          via: u.via,
          linkId: u.linkId,
          reason: u.reason,
          requestId: u.requestId,
          idempotencyKey: idem(decision),
          evidence: u.approverName ? { approverName: u.approverName, via: u.via } : null,
        });
        // Decided meanwhile through the API: the process adopts the recorded decision and this one is refused.
        if (recorded && !recorded.recorded) {
          await adoptDecision({ version, decision: recorded.status });
          rejectIfAny([{ field: 'timesheet', code: 'not-awaiting-approval', message: `the week is ${recorded.status}, not awaiting approval` }]);
        }
        status = decision;
        if (decision === 'disputed') {
          disputeReason = u.reason ?? null;
          await acts.notifyDispute({ ...key, version, reason: u.reason ?? '' });
        } else approvedTimesheetId = currentTimesheetId;
        return view();
      }),
    { validator: (u) => rejectIfAny(decisionRules(u)) },
  );
  setHandler(
    confirmTimesheetUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(confirmRules());
        await acts.recordWorkerConfirmation({ ...key, version, actor: u.actor, idempotencyKey: idem('confirmed') });
        return view();
      }),
    { validator: (_u) => rejectIfAny(confirmRules()) },
  );
  setHandler(
    correctTimesheetUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(correctionRules(u));
        if (patched(CORRECTION_NEEDS_WORKER_PATCH)) {
          // Proposed, not applied: the approved version stays in force until the worker confirms.
          const proposedAt = Date.now();
          // A withdrawn correction keeps its version number: the next one comes after it.
          const next = Math.max(version, lastProposedVersion) + 1;
          lastProposedVersion = next;
          const totals = totalsOf(period, u.entries);
          const cooperativeMayConfirmFrom = new Date(proposedAt + CORRECTION_CONFIRMATION_DAYS * 24 * HOUR_MS).toISOString();
          const { timesheetId } = await acts.proposeTimesheetCorrection({
            ...key,
            version: next,
            entries: u.entries,
            totalsByKind: totals.totalsByKind,
            totalMinutes: totals.totalMinutes,
            supersedes: approvedTimesheetId,
            reason: u.reason,
            cooperativeMayConfirmFrom,
            actor: u.actor,
            requestId: u.requestId,
            idempotencyKey: idem('correction-proposed'),
          });
          pendingCorrection = {
            version: next,
            timesheetId,
            entries: u.entries,
            totalMinutes: totals.totalMinutes,
            reason: u.reason,
            proposedAt: new Date(proposedAt).toISOString(),
            cooperativeMayConfirmFrom,
            disputed: false,
            workerReason: null,
          };
          return view();
        }
        version += 1;
        status = 'draft';
        entries = u.entries;
        correctionReason = u.reason;
        await save('draft', u, 'correction-opened');
        return view();
      }),
    { validator: (u) => rejectIfAny(correctionRules(u)) },
  );

  setHandler(
    answerCorrectionUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(answerRules(u));
        const proposal = pendingCorrection!;
        const answer = u.answer === 'confirm' ? 'confirmed' : u.answer === 'dispute' ? 'disputed' : 'withdrawn';
        await acts.recordCorrectionAnswer({
          ...key,
          version: proposal.version,
          answer,
          by: u.actor.role === 'worker' ? 'worker' : 'cooperative',
          reason: u.reason ?? null,
          actor: u.actor,
          requestId: u.requestId,
          idempotencyKey: idem(`correction-${answer}`),
        });
        if (answer === 'disputed') pendingCorrection = { ...proposal, disputed: true, workerReason: u.reason ?? null };
        else pendingCorrection = null;
        if (answer === 'confirmed') {
          version = proposal.version;
          entries = proposal.entries;
          correctionReason = proposal.reason;
          status = 'approved';
          disputeReason = null;
          approvedTimesheetId = proposal.timesheetId;
          currentTimesheetId = proposal.timesheetId;
        }
        return view();
      }),
    { validator: (u) => rejectIfAny(answerRules(u)) },
  );

  /**
   * A proposed correction waits for its answer. Unanswered after the delay, or disputed, it goes to
   * the cooperative (an alert, resolved with the answer); it never settles itself.
   */
  const correctionSettled = async () => {
    const proposal = pendingCorrection!;
    const open = () => pendingCorrection?.version === proposal.version;
    const alert = { subjectType: 'placement', subjectId: input.placementId, workerId: input.workerId };
    const waited = Math.max(1, Date.parse(proposal.cooperativeMayConfirmFrom) - Date.now());
    if (!(await condition(() => !open() || pendingCorrection!.disputed, waited))) {
      await acts.raiseAlert({
        ...alert,
        key: `timesheet-correction-unanswered:${input.placementId}:${input.isoWeek}:v${proposal.version}`,
        kind: 'timesheet-correction-unanswered',
        severity: 'warning',
        message: `The worker has not answered the correction of week ${input.isoWeek} for ${CORRECTION_CONFIRMATION_DAYS} days: contact them, then confirm it on their behalf or withdraw it.`,
      });
    }
    await condition(() => !open() || pendingCorrection!.disputed);
    if (open()) {
      await acts.raiseAlert({
        ...alert,
        key: `timesheet-correction-disputed:${input.placementId}:${input.isoWeek}:v${proposal.version}`,
        kind: 'timesheet-correction-disputed',
        severity: 'warning',
        message: `The worker disputes the correction of week ${input.isoWeek}: settle it (confirm or withdraw it).`,
      });
    }
    await condition(() => !open());
  };

  /** The process ends only once every update in flight has answered. */
  const closed = async () => {
    await condition(allHandlersFinished);
    return status;
  };

  const weekEnd = sundayOfIsoWeek(input.isoWeek);
  let nudged = false;
  for (;;) {
    // Waiting for hours: a nudge two days after the week, and an empty week closes in the end.
    if (status === 'draft' || status === 'disputed') {
      if (!nudged && (await sleepUntilDayOrChange(addDays(weekEnd, 3), () => status === 'submitted')) === false) {
        nudged = true;
        await acts.raiseAlert({
          key: `timesheet-not-submitted:${input.placementId}:${input.isoWeek}:v${version}`,
          kind: 'timesheet-not-submitted',
          severity: 'info',
          subjectType: 'placement',
          subjectId: input.placementId,
          workerId: input.workerId,
          message: `The hours of week ${input.isoWeek} have not been submitted yet.`,
        });
      }
      const submitted = await sleepUntilDayOrChange(addDays(weekEnd, EMPTY_WEEK_CLOSES_AFTER_DAYS), () => status === 'submitted');
      if (!submitted && entries.length === 0 && version === 1) return closed();
      if (!submitted) await condition(() => status === 'submitted');
    }

    // Submitted: the approval calendar of the policy.
    const submittedVersion = version;
    const submittedAt = Date.now();
    const answered = () => status !== 'submitted' || version !== submittedVersion;
    const waitUntil = (hours: number) => condition(answered, Math.max(1, submittedAt + hours * HOUR_MS - Date.now()));
    const sent: string[] = ['submitted'];
    let escalatedAt: number | null = null;
    if (!(await waitUntil(input.policy.firstReminderHours))) {
      await acts.sendApprovalRequest({ ...key, version, round: 'reminder-1' });
      sent.push('reminder-1');
      if (!(await waitUntil(input.policy.secondReminderHours))) {
        await acts.sendApprovalRequest({ ...key, version, round: 'reminder-2' });
        sent.push('reminder-2');
        if (!(await waitUntil(input.policy.escalationHours))) {
          escalatedAt = Date.now();
          await acts.raiseAlert({
            key: `timesheet-escalated:${input.placementId}:${input.isoWeek}:v${version}`,
            kind: 'timesheet-approval-escalated',
            severity: 'warning',
            subjectType: 'placement',
            subjectId: input.placementId,
            workerId: input.workerId,
            message: `The employer has not answered for ${input.policy.escalationHours} h about week ${input.isoWeek}: call them or approve it in their name.`,
          });
          if (!(await waitUntil(input.policy.deemedApprovalDays * 24))) {
            // In turn with the updates: an answer that arrives meanwhile wins, the deemed approval is dropped.
            await serially(async () => {
              if (answered()) return;
              const recorded = await acts.recordTimesheetDecision({
                ...key,
                version,
                decision: 'deemed-approved',
                actor: { userId: 'system', role: 'system' },
                via: 'deemed',
                idempotencyKey: idem('deemed-approved'),
                evidence: {
                  policy: `deemed approved after ${input.policy.deemedApprovalDays} days without an answer`,
                  submittedAt: new Date(submittedAt).toISOString(),
                  approvalRequests: sent,
                  escalatedAt: escalatedAt ? new Date(escalatedAt).toISOString() : null,
                  deemedAt: new Date(Date.now()).toISOString(),
                },
              });
              // The employer answered in PostgreSQL just before (its signal still on the way): their decision stands.
              if (recorded && !recorded.recorded) return adoptDecision({ version, decision: recorded.status });
              status = 'deemed-approved';
              approvedTimesheetId = currentTimesheetId;
            });
          }
        }
      }
    }
    if (status === 'disputed' || status === 'draft') continue;
    // Approved: open for a correction for a while, then the process closes (the record stays).
    // A correction proposed waits for its answer here; one of the old road reopens the week.
    const reopened = () => status === 'draft';
    for (;;) {
      const corrected = await condition(() => reopened() || pendingCorrection !== null, CORRECTION_WINDOW_DAYS * 24 * HOUR_MS);
      if (!corrected) return closed();
      if (reopened()) break;
      await correctionSettled();
    }
  }
}
