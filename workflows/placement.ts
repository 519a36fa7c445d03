import {
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  defineSignal,
  defineUpdate,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
  WorkflowIdReusePolicy,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { Actor } from '../domain/access/roles';
import type { PlacementStatus } from '../domain/placements/placement';
import { processIds } from '../domain/process-ids';
import type { ApprovalPolicy } from '../domain/timesheets/timesheet';
import type { RuleViolation } from '../domain/rule-violation';
import { brusselsDateOf } from '../domain/time/brussels';
import { addDays, compareDates, type CalendarDate } from '../domain/time/dates';
import { isoWeekOfDate, mondayOfIsoWeek, nextIsoWeek, type IsoWeekId } from '../domain/time/iso-week';
import { rejectIfAny, sleepUntilDayOrChange, NON_RETRYABLE_FAILURES } from './support';
import { placementEndMovedSignal, timesheetWorkflow } from './timesheet';

const acts = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  // Transient failures retry without an attempt limit at a bounded pace; broken rules never.
  retry: { maximumInterval: '5 minutes', nonRetryableErrorTypes: NON_RETRYABLE_FAILURES },
});
const SYSTEM: Actor = { userId: 'system', role: 'system' };
/** An employer who does not answer a proposal within this many days lets it lapse. */
const PROPOSAL_LAPSES_AFTER_DAYS = 14;

export interface PlacementWorkflowInput {
  placementId: string;
  workerId: string;
  employerId: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
  approvalPolicy: ApprovalPolicy;
  /** Carried over by continue-as-new once the placement runs. */
  resume?: { lastDay: CalendarDate; nextWeek: IsoWeekId; earlyEnd: { endedOn: CalendarDate; reason: string } | null };
}

export interface PlacementView {
  status: PlacementStatus;
  failedGates: RuleViolation[];
  lastDay: CalendarDate;
  timesheetWeeks: IsoWeekId[];
}

export interface DecidePlacementInput {
  decision: 'accept' | 'refuse';
  reason?: string;
  actor: Actor;
  requestId?: string | null;
}
export interface EndPlacementInput {
  endedOn: CalendarDate;
  reason: string;
  today: CalendarDate;
  actor: Actor;
  requestId?: string | null;
}

export const placementStateQuery = defineQuery<PlacementView>('placementState');
export const decidePlacementUpdate = defineUpdate<PlacementView, [DecidePlacementInput]>('decidePlacement');
export const endPlacementUpdate = defineUpdate<PlacementView, [EndPlacementInput]>('endPlacement');
/** Sent when something a gate depends on changed (a contract became active), to re-check at once. */
export const recheckGatesSignal = defineSignal('recheckGates');

/**
 * A placement: proposed → the employer accepts → the legal gates (permit, contract signed,
 * Dimona acknowledged) are checked until the start day, and it never starts while one fails →
 * active, one timesheet workflow per ISO week → ended on its end date or early with a reason.
 */
export async function placementWorkflow(input: PlacementWorkflowInput): Promise<PlacementStatus> {
  const status = await placementProcess(input);
  // The process ends only once every update in flight has answered.
  await condition(allHandlersFinished);
  return status;
}

async function placementProcess(input: PlacementWorkflowInput): Promise<PlacementStatus> {
  const { placementId } = input;
  let status = (input.resume ? 'active' : 'proposed') as PlacementStatus;
  let failedGates: RuleViolation[] = [];
  let decision = null as DecidePlacementInput | null;
  let earlyEnd = (input.resume?.earlyEnd ?? null) as { endedOn: CalendarDate; reason: string; actor?: Actor; requestId?: string | null } | null;
  let lastDay: CalendarDate = input.resume?.lastDay ?? input.endDate;
  let recheck = false;
  /** Once active, a lifted block returns the placement to active, not to accepted. */
  let running = Boolean(input.resume);
  /** The next week whose timesheet starts: every earlier week of the placement has one. */
  let week: IsoWeekId = input.resume?.nextWeek ?? isoWeekOfDate(input.startDate);
  const weeks: IsoWeekId[] = [];
  const view = (): PlacementView => ({ status, failedGates, lastDay, timesheetWeeks: [...weeks] });
  const moveTo = async (
    next: PlacementStatus,
    actor: Actor,
    extra: { reason?: string | null; endedOn?: CalendarDate; requestId?: string | null; key?: string } = {},
  ) => {
    await acts.savePlacementStatus({
      placementId,
      status: next,
      actor,
      reason: extra.reason,
      endedOn: extra.endedOn,
      requestId: extra.requestId,
      idempotencyKey: `placement:${placementId}:${extra.key ?? next}`,
    });
    status = next;
  };

  setHandler(placementStateQuery, view);
  setHandler(
    decidePlacementUpdate,
    async (u) => {
      decision = u;
      await condition(() => status !== 'proposed');
      return view();
    },
    {
      validator: (u) =>
        rejectIfAny(
          status !== 'proposed' || decision
            ? [{ field: 'placement', code: 'not-proposed', message: `the placement is ${status}: it was already answered` }]
            : u.decision === 'refuse' && !(u.reason && u.reason.trim().length >= 3)
              ? [{ field: 'reason', code: 'reason-required', message: 'say why the placement is refused' }]
              : [],
        ),
    },
  );
  setHandler(
    endPlacementUpdate,
    async (u) => {
      earlyEnd = { endedOn: u.endedOn, reason: u.reason, actor: u.actor, requestId: u.requestId };
      lastDay = u.endedOn;
      // The running week's timesheet learns the new last day at once, and refuses hours after it.
      const endWeek = isoWeekOfDate(u.endedOn);
      if (running && endWeek < week && patched('timesheet-learns-early-end')) {
        await getExternalWorkflowHandle(processIds.timesheet(placementId, endWeek))
          .signal(placementEndMovedSignal, { placementEnd: u.endedOn })
          // A week already closed has no hours left to refuse.
          .catch(() => undefined);
      }
      return view();
    },
    {
      validator: (u) => {
        const errors: RuleViolation[] = [];
        if (!['accepted', 'blocked', 'active'].includes(status) || earlyEnd)
          errors.push({ field: 'placement', code: 'not-running', message: `the placement is ${status}` });
        else if (compareDates(u.endedOn, u.today) < 0 || compareDates(u.endedOn, input.endDate) > 0) {
          errors.push({ field: 'endedOn', code: 'outside-placement', message: `the last day must fall between today and ${input.endDate}` });
        }
        rejectIfAny(errors);
      },
    },
  );
  setHandler(recheckGatesSignal, () => {
    recheck = true;
  });

  /**
   * Checks the gates until they hold on or after `from`: daily while one fails (or at once on a
   * recheck signal), with an alert each day a start is held back. False when an early end came.
   */
  const gatesHold = async (from: CalendarDate): Promise<boolean> => {
    for (;;) {
      recheck = false;
      if (earlyEnd) return false;
      failedGates = (await acts.checkPlacementGates({ placementId })).failed;
      const today = brusselsDateOf(Date.now());
      const due = compareDates(today, from) >= 0;
      if (failedGates.length === 0 && due) {
        if (status === 'blocked') await moveTo(running ? 'active' : 'accepted', SYSTEM, { key: `unblocked:${today}` });
        return true;
      }
      if (failedGates.length > 0) {
        if (status !== 'blocked') await moveTo('blocked', SYSTEM, { reason: failedGates.map((g) => g.message).join('; '), key: `blocked:${today}` });
        if (due) {
          await acts.raiseAlert({
            key: `placement-blocked:${placementId}:${today}`,
            kind: 'placement-start-blocked',
            severity: 'critical',
            subjectType: 'placement',
            subjectId: placementId,
            workerId: input.workerId,
            message: `The placement cannot go on: ${failedGates.map((g) => g.message).join('; ')}.`,
          });
        }
      } else if (status === 'blocked') await moveTo(running ? 'active' : 'accepted', SYSTEM, { key: `unblocked:${today}` });
      await sleepUntilDayOrChange(failedGates.length || due ? addDays(today, 1) : from, () => recheck || earlyEnd !== null);
    }
  };

  if (!input.resume) {
    await acts.notifyEmployerOfProposal({ placementId });
    if (!(await condition(() => decision !== null, PROPOSAL_LAPSES_AFTER_DAYS * 24 * 3600_000))) {
      await moveTo('cancelled', SYSTEM, { reason: `the employer did not answer within ${PROPOSAL_LAPSES_AFTER_DAYS} days` });
      return status;
    }
    const d: DecidePlacementInput = decision!;
    if (d.decision === 'refuse') {
      await moveTo('refused', d.actor, { reason: d.reason, requestId: d.requestId });
      return status;
    }
    await moveTo('accepted', d.actor, { requestId: d.requestId });

    // The gates, until they all hold on the start day. A placement never starts without them.
    if (!(await gatesHold(input.startDate))) {
      const e = earlyEnd!;
      await moveTo('cancelled', e.actor ?? SYSTEM, { reason: e.reason, requestId: e.requestId });
      return status;
    }
    failedGates = [];
    await moveTo('active', SYSTEM);
    running = true;
  }

  // Running: one timesheet per ISO week, each started when its week begins.
  for (;;) {
    const lastWeek = isoWeekOfDate(lastDay);
    if (week > lastWeek) break;
    if (await sleepUntilDayOrChange(mondayOfIsoWeek(week), () => isoWeekOfDate(lastDay) < week)) continue;
    // Each week starts only while the gates still hold (a permit may expire mid-placement).
    // biome-ignore lint/complexity/useMathMinMax: ISO dates compared as strings; Math.max takes numbers.
    if (!(await gatesHold(mondayOfIsoWeek(week) > input.startDate ? mondayOfIsoWeek(week) : input.startDate))) {
      if (isoWeekOfDate(lastDay) < week) continue;
    }
    await startChild(timesheetWorkflow, {
      workflowId: processIds.timesheet(placementId, week),
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      args: [
        {
          placementId,
          workerId: input.workerId,
          employerId: input.employerId,
          isoWeek: week,
          placementStart: input.startDate,
          placementEnd: lastDay,
          policy: input.approvalPolicy,
        },
      ],
    }).catch((err: unknown) => {
      // Already started by an earlier run of this placement: that week's timesheet goes on.
      if ((err as { name?: string }).name !== 'WorkflowExecutionAlreadyStartedError') throw err;
    });
    weeks.push(week);
    week = nextIsoWeek(week);
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof placementWorkflow>({
        ...input,
        resume: { lastDay, nextWeek: week, earlyEnd: earlyEnd ? { endedOn: earlyEnd.endedOn, reason: earlyEnd.reason } : null },
      });
    }
  }
  // After the last day: ended. An early end also releases the contract when nothing else needs it.
  for (let target = lastDay; await sleepUntilDayOrChange(addDays(target, 1), () => lastDay !== target); target = lastDay) {
    // An early end moved the last day: sleep until the new one.
  }
  const early: { endedOn: CalendarDate; reason: string; actor?: Actor; requestId?: string | null } | null = earlyEnd;
  await moveTo('ended', early?.actor ?? SYSTEM, { endedOn: lastDay, reason: early ? early.reason : 'end of the placement', requestId: early?.requestId });
  if (early && compareDates(early.endedOn, input.endDate) < 0)
    await acts.releaseContractAfterPlacement({ placementId, endedOn: early.endedOn, reason: early.reason });
  return status;
}
