import { z } from 'zod';
import type { Principal } from '../../domain/access/roles';
import { processIds } from '../../domain/process-ids';
import type { RuleViolation } from '../../domain/rule-violation';
import { validateDaysWorked } from '../../domain/timesheets/timesheet';
import { problems } from '../http/problem';
import { Placement, Timesheet } from '../../db/entities';
import { decidePlacementUpdate, endPlacementUpdate, placementStateQuery } from '../../workflows/placement';
import {
  answerCorrectionUpdate,
  confirmTimesheetUpdate,
  correctTimesheetUpdate,
  saveEntriesUpdate,
  submitTimesheetUpdate,
  timesheetStateQuery,
  type TimesheetView,
} from '../../workflows/timesheet';
import { jobRequestIdParams } from '../employers/schemas';
import { findVisibleJobRequest } from '../employers/employer-records';
import { defineRoute, type ResponseDoc } from '../http/route';
import { viaWorkflow } from '../http/temporal-errors';
import { approvedUnbilledUnpaid, findVisiblePlacement, proposePlacement, toPlacementView } from '../placements/placement-records';
import {
  approvedHoursView,
  correctionAnswerRequest,
  correctionDisputeRequest,
  correctionRequest,
  decidePlacementRequest,
  endPlacementRequest,
  placementIdParams,
  placementView,
  proposePlacementRequest,
  recheckView,
  saveEntriesRequest,
  timesheetDecisionRequest,
  timesheetListView,
  timesheetView,
  weekParams,
} from '../placements/schemas';
import { todayFor } from '../workers/clock';
import { billingChain } from '../invoicing/invoice-records';
import { pendingCorrectionView, weekAsRecorded } from '../placements/week-records';
import { decideWeek } from '../placements/timesheet-decisions';
import { deliverWorkflowSignals } from '../../platform/workflow-signals';
import type { ApiDeps } from '../deps';

const actorOf = (p: Principal) => ({ userId: p.userId, role: p.role });
const timesheetHandle = (deps: ApiDeps, placementId: string, isoWeek: string) => deps.temporal.workflow.getHandle(processIds.timesheet(placementId, isoWeek));
/** The process's view of a week, with a pending correction shown day by day against the hours in force. */
const weekView = (v: TimesheetView) => ({ ...v, pendingCorrection: v.pendingCorrection ? pendingCorrectionView(v.entries, v.pendingCorrection) : null });

export const proposePlacementRoute = defineRoute({
  method: 'post',
  path: '/job-requests/{jobRequestId}/placements',
  summary: 'Propose a worker for a job request',
  description:
    'Pay and bill rates are fixed on the placement. The placement workflow then waits for the employer’s answer and checks the gates (valid permit, contract signed by both sides, Dimona acknowledged) before the first day.',
  operationId: 'proposePlacement',
  tags: ['Placements'],
  changes: 'Creates the placement (proposed) and starts its workflow, which notifies the employer’s contacts of the proposal; records it in the audit log.',
  roles: ['admin'],
  request: { params: jobRequestIdParams, body: proposePlacementRequest },
  authorize: ({ params, principal, deps }) => findVisibleJobRequest(deps.orm.em.fork(), principal, params.jobRequestId),
  responses: { 201: { description: 'Proposed to the employer', schema: placementView }, 422: { description: 'A rule refuses it' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const id = await proposePlacement(deps, principal!, params.jobRequestId, body, requestId);
    const em = deps.orm.em.fork();
    return {
      status: 201,
      body: await toPlacementView(em, await findVisiblePlacement(em, principal!, id), principal!),
      headers: { Location: `/api/v1/placements/${id}` },
    };
  },
});

export const getPlacementRoute = defineRoute({
  method: 'get',
  path: '/placements/{placementId}',
  summary: 'A placement',
  description: 'What each role sees differs: an employer sees the worker’s code and first name, never identity documents.',
  operationId: 'getPlacement',
  tags: ['Placements'],
  changes: 'Changes nothing.',
  access: { employer: 'their own placements only', worker: 'their own placements only' },
  roles: ['admin', 'employer', 'worker'],
  request: { params: placementIdParams },
  authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
  responses: { 200: { description: 'The placement', schema: placementView }, 404: { description: 'No such placement' } },
  handler: async ({ scope, principal, deps }) => {
    return { status: 200, body: await toPlacementView(deps.orm.em.fork(), scope, principal!) };
  },
});

export const decidePlacementRoute = defineRoute({
  method: 'post',
  path: '/placements/{placementId}/decision',
  summary: 'Accept or refuse a proposed placement',
  description: 'The employer’s answer (an admin may record it in their name). An accepted placement starts once its gates pass.',
  operationId: 'decidePlacement',
  tags: ['Placements'],
  changes:
    'Records the answer in the placement workflow and the audit log: accepted, it waits for its gates and starts on its first day; refused, it is cancelled.',
  access: { employer: 'their own placements only' },
  roles: ['employer', 'admin'],
  request: { params: placementIdParams, body: decidePlacementRequest },
  authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
  responses: { 200: { description: 'Answered; the gates are checked next', schema: recheckView }, 422: { description: 'Already answered' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const view = await viaWorkflow(() =>
      deps.temporal.workflow
        .getHandle(processIds.placement(params.placementId))
        .executeUpdate(decidePlacementUpdate, { args: [{ ...body, actor: actorOf(principal!), requestId }] }),
    );
    return { status: 200, body: { status: view.status, failedGates: view.failedGates, lastDay: view.lastDay } };
  },
});

export const placementProcessRoute = defineRoute({
  method: 'get',
  path: '/placements/{placementId}/process',
  summary: 'Where the placement’s process stands',
  description: 'Its status and the gates that fail, if any (asked of the placement workflow).',
  operationId: 'getPlacementProcess',
  tags: ['Placements'],
  changes: 'Changes nothing.',
  access: { employer: 'their own placements only' },
  roles: ['admin', 'employer'],
  request: { params: placementIdParams },
  authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
  responses: { 200: { description: 'Process state', schema: recheckView } },
  handler: async ({ params, deps }) => {
    const view = await viaWorkflow(() => deps.temporal.workflow.getHandle(processIds.placement(params.placementId)).query(placementStateQuery));
    return { status: 200, body: { status: view.status, failedGates: view.failedGates, lastDay: view.lastDay } };
  },
});

export const endPlacementRoute = defineRoute({
  method: 'post',
  path: '/placements/{placementId}/end',
  summary: 'End a placement early, with a reason',
  description: 'Answers 202: it ends after its new last day; days after it are refused in the timesheets.',
  operationId: 'endPlacement',
  tags: ['Placements'],
  changes: 'Sets the new last day in the placement workflow, which tells its timesheets and ends the placement after that day; records it in the audit log.',
  roles: ['admin'],
  request: { params: placementIdParams, body: endPlacementRequest },
  authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
  responses: { 202: { description: 'It ends after its new last day', schema: recheckView }, 422: { description: 'Cannot end now' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const view = await viaWorkflow(() =>
      deps.temporal.workflow.getHandle(processIds.placement(params.placementId)).executeUpdate(endPlacementUpdate, {
        args: [{ ...body, today: todayFor(deps), actor: actorOf(principal!), requestId }],
      }),
    );
    return { status: 202, body: { status: view.status, failedGates: view.failedGates, lastDay: view.lastDay } };
  },
});

export const listTimesheetsRoute = defineRoute({
  method: 'get',
  path: '/placements/{placementId}/timesheets',
  summary: 'Every version of every week of a placement',
  description: 'Newest first.',
  operationId: 'listTimesheetVersions',
  tags: ['Timesheets'],
  changes: 'Changes nothing.',
  access: { employer: 'their own placements only', worker: 'their own placements only' },
  roles: ['admin', 'employer', 'worker'],
  request: { params: placementIdParams },
  authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
  responses: { 200: { description: 'Versions', schema: timesheetListView } },
  handler: async ({ scope: placement, deps }) => {
    const em = deps.orm.em.fork();
    const rows = await em.find(Timesheet, { placement: placement.id }, { orderBy: { isoWeek: 'desc', version: 'desc' } });
    return {
      status: 200,
      body: {
        timesheets: rows.map((r) => ({
          id: r.id,
          isoWeek: r.isoWeek,
          version: r.version,
          status: r.status as z.infer<typeof timesheetView>['status'],
          totalMinutes: r.totalMinutes,
          totalsByKind: r.totalsByKind,
          submittedAt: r.submittedAt?.toISOString() ?? null,
          decidedAt: r.decidedAt?.toISOString() ?? null,
          decisionVia: r.decisionVia ?? null,
          disputeReason: r.disputeReason ?? null,
          supersedes: r.supersedes ?? null,
          correctionReason: r.correctionReason ?? null,
          workerConfirmedAt: r.workerConfirmedAt?.toISOString() ?? null,
          approvalEvidence: r.approvalEvidence ?? null,
        })),
      },
    };
  },
});

export const getTimesheetRoute = defineRoute({
  method: 'get',
  path: '/placements/{placementId}/timesheets/{isoWeek}',
  summary: 'The current version of a week',
  description: 'With the chain that links its approved versions to the invoice and payslip lines that used them.',
  operationId: 'getTimesheet',
  tags: ['Timesheets'],
  changes: 'Changes nothing.',
  access: { employer: 'their own placements only', worker: 'their own placements only' },
  roles: ['admin', 'employer', 'worker'],
  request: { params: weekParams },
  authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
  responses: { 200: { description: 'The week', schema: timesheetView }, 404: { description: 'No such week' } },
  handler: async ({ params, principal, deps }) => {
    const em = deps.orm.em.fork();
    // The records answer: a week's process closes and is eventually gone (retention), its rows stay.
    // Only a week nobody has saved yet has no row: its open process answers (an empty draft).
    const week =
      (await weekAsRecorded(em, params.placementId, params.isoWeek)) ??
      weekView(await viaWorkflow(() => timesheetHandle(deps, params.placementId, params.isoWeek).query(timesheetStateQuery)));
    return { status: 200, body: { ...week, chain: await billingChain(em, principal!, params.placementId, params.isoWeek) } };
  },
});

const weekUpdateRoute = <B extends z.ZodType>(opts: {
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  changes: string;
  roles: readonly ('admin' | 'employer' | 'worker')[];
  body: B;
  method?: 'post' | 'put';
  run: (
    deps: ApiDeps,
    handle: ReturnType<typeof timesheetHandle>,
    body: z.infer<B>,
    actor: { userId: string; role: Principal['role'] },
    requestId: string,
  ) => Promise<TimesheetView>;
  /** Answers besides 200/404/422 (e.g. a 409 when nothing awaits the step). */
  conflict?: string;
  /** Rules checked on the request before the week's process is asked (e.g. no hours of days to come). */
  check?: (body: z.infer<B>, isoWeek: string, today: string) => RuleViolation[];
}) =>
  defineRoute({
    method: opts.method ?? 'post',
    path: `/placements/{placementId}/timesheets/{isoWeek}/${opts.path}`,
    operationId: opts.operationId,
    summary: opts.summary,
    description: opts.description,
    tags: ['Timesheets'],
    changes: opts.changes,
    roles: opts.roles,
    access: { employer: 'their own placements only', worker: 'their own placements only' },
    request: { params: weekParams, body: opts.body },
    authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
    responses: {
      200: { description: 'The week after this step', schema: timesheetView },
      404: { description: 'No such placement or week' },
      422: { description: 'A rule refuses it' },
      ...(opts.conflict ? { 409: { description: opts.conflict } as ResponseDoc } : {}),
    } as Record<number, ResponseDoc>,
    handler: async ({ params, body, principal, deps, requestId }) => {
      const violations = opts.check?.(body, params.isoWeek, todayFor(deps)) ?? [];
      if (violations.length > 0) throw problems.unprocessable(violations[0]!.code, violations.map((v) => `${v.field}: ${v.message}`).join('; '), violations);
      // The process first learns every decision recorded before this request (see platform/workflow-signals.ts).
      await deliverWorkflowSignals(deps, { workflowId: processIds.timesheet(params.placementId, params.isoWeek) });
      const handle = timesheetHandle(deps, params.placementId, params.isoWeek);
      return { status: 200, body: weekView(await viaWorkflow(() => opts.run(deps, handle, body, actorOf(principal!), requestId))) };
    },
  });

export const saveEntriesRoute = weekUpdateRoute({
  method: 'put',
  path: 'entries',
  operationId: 'saveTimesheetEntries',
  summary: 'Record the days of the week',
  description: 'By the worker or the employer, while the week is a draft or disputed. Working-time rules are checked; days to come are refused.',
  changes: 'Replaces the days of the week’s draft version in the timesheet workflow and saves it; records it in the audit log.',
  roles: ['worker', 'employer'],
  body: saveEntriesRequest,
  check: (body, isoWeek, today) => validateDaysWorked(isoWeek, body.entries, today),
  run: (_d, handle, body, actor, requestId) => handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: body.entries, actor, requestId }] }),
});
export const submitTimesheetRoute = weekUpdateRoute({
  path: 'submission',
  operationId: 'submitTimesheet',
  summary: 'Submit the week for approval',
  description:
    'The employer’s contacts get a single-use approval link; reminders follow at 24 h and 48 h, an escalation to the cooperative at 72 h, then the documented deemed-approval policy.',
  changes:
    'Marks the version submitted in the timesheet workflow and queues the approval request (e-mail with a magic link) to the employer’s contacts in the outbox; records it in the audit log.',
  roles: ['worker', 'employer'],
  body: z.object({}).strict().meta({ example: {} }),
  run: (_d, handle, _b, actor, requestId) => handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor, requestId }] }),
});
export const decideTimesheetRoute = defineRoute({
  method: 'post',
  path: '/placements/{placementId}/timesheets/{isoWeek}/decision',
  operationId: 'decideTimesheet',
  summary: 'Approve or dispute a submitted week',
  description:
    'By a signed-in employer contact; a dispute says what is wrong with the hours. The decision is recorded in PostgreSQL and answered at once; the week’s process learns of it a moment later and notifies the worker. ' +
    'A week that no longer awaits a decision answers 409 `not-awaiting-approval` (decided by someone else, or otherwise), or `stale-version` when a newer version awaits it — except the decision already recorded: the same decision, by the same person, on the same version (a retry whose first answer was lost) answers 200 with the week as recorded.',
  changes:
    'Records the decision on the version (approved or disputed) and the audit entry in one transaction, and queues the signal that tells the week’s process; approved hours become payable and billable (the version is immutable from then on). The process then tells the worker, in their language.',
  tags: ['Timesheets'],
  roles: ['employer'],
  access: { employer: 'their own placements only' },
  request: { params: weekParams, body: timesheetDecisionRequest },
  authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
  responses: {
    200: { description: 'The week after the decision', schema: timesheetView },
    404: { description: 'No such placement or week' },
    409: { description: 'The week no longer awaits this decision (`not-awaiting-approval`), or a newer version does (`stale-version`)' },
    422: { description: 'A dispute without a reason (`reason-required`)' },
  },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const week = await decideWeek(deps, { ...params, ...body, actor: actorOf(principal!), via: 'account', requestId });
    return { status: 200, body: week };
  },
});
export const confirmTimesheetRoute = weekUpdateRoute({
  path: 'confirmation',
  operationId: 'confirmTimesheet',
  summary: 'Confirm the hours of a week (worker)',
  description: 'The worker confirms the hours they see on a submitted, approved or disputed week.',
  changes: 'Records the worker’s confirmation time on the week’s version; records it in the audit log.',
  roles: ['worker'],
  body: z.object({}).strict().meta({ example: {} }),
  run: (_d, handle, _b, actor, requestId) => handle.executeUpdate(confirmTimesheetUpdate, { args: [{ actor, requestId }] }),
});
export const correctTimesheetRoute = weekUpdateRoute({
  path: 'corrections',
  operationId: 'correctTimesheet',
  summary: 'Propose a correction of an approved week, for the worker to confirm',
  description:
    'The approved version stays in force (payroll and invoicing read it) while the correction waits as `pendingCorrection`. The worker is told in their language and ' +
    'confirms or disputes it (`…/correction/confirmation`, `…/correction/dispute`); disputed, or unanswered for 7 days, it goes to the cooperative, which confirms ' +
    'it on the worker’s behalf or withdraws it. One correction at a time: another one while it waits is a 422 `correction-pending`. A month already paid is regularised by the next payroll run.',
  changes:
    'Writes the corrected days as the next version of the week (status correction-proposed, with its reason), beside the approved one which stays in force; tells the worker in their language; records it in the audit log.',
  roles: ['admin', 'employer'],
  body: correctionRequest,
  check: (body, isoWeek, today) => validateDaysWorked(isoWeek, body.entries, today),
  run: (_d, handle, body, actor, requestId) => handle.executeUpdate(correctTimesheetUpdate, { args: [{ ...body, actor, requestId }] }),
});

const NOTHING_PENDING = 'No correction of this week awaits an answer (`no-pending-correction`)';
export const confirmCorrectionRoute = weekUpdateRoute({
  path: 'correction/confirmation',
  operationId: 'confirmTimesheetCorrection',
  summary: 'Confirm the pending correction of a week (worker, or cooperative for them)',
  description:
    'The worker confirms the correction they were asked about; it becomes the approved version and supersedes the old one, and payroll reads it from then on. ' +
    'An admin confirms it on the worker’s behalf only once the worker has disputed it or has not answered for 7 days (else 422 `awaiting-worker`), with a `reason` ' +
    '(who was called, when); the worker is told. `version` is the `pendingCorrection.version` the person saw.',
  changes:
    'Makes the corrected version the approved one in the timesheet workflow (the old one becomes superseded), resolves the cooperative’s alert, tells the worker if the cooperative confirmed; records it in the audit log.',
  roles: ['worker', 'admin'],
  body: correctionAnswerRequest,
  conflict: NOTHING_PENDING,
  run: (_d, handle, body, actor, requestId) => handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'confirm', ...body, actor, requestId }] }),
});
export const disputeCorrectionRoute = weekUpdateRoute({
  path: 'correction/dispute',
  operationId: 'disputeTimesheetCorrection',
  summary: 'Dispute the pending correction of a week (worker), with a reason',
  description: 'The approved hours stay in force; the cooperative gets an alert and confirms or withdraws the correction.',
  changes: 'Marks the proposed version correction-disputed with the worker’s reason and raises an alert for the cooperative; records it in the audit log.',
  roles: ['worker'],
  body: correctionDisputeRequest,
  conflict: NOTHING_PENDING,
  run: (_d, handle, body, actor, requestId) => handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'dispute', ...body, actor, requestId }] }),
});
export const withdrawCorrectionRoute = weekUpdateRoute({
  path: 'correction/withdrawal',
  operationId: 'withdrawTimesheetCorrection',
  summary: 'Withdraw the pending correction of a week (cooperative), with a reason',
  description: 'The approved hours stay in force; the worker is told in their language.',
  changes: 'Marks the proposed version withdrawn with the reason, resolves the cooperative’s alert and tells the worker; records it in the audit log.',
  roles: ['admin'],
  body: correctionDisputeRequest,
  conflict: NOTHING_PENDING,
  run: (_d, handle, body, actor, requestId) => handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'withdraw', ...body, actor, requestId }] }),
});

export const placementApprovedHoursRoute = defineRoute({
  method: 'get',
  path: '/placements/{placementId}/approved-hours',
  summary: 'Approved hours of a placement not yet billed nor paid',
  operationId: 'getPlacementApprovedHours',
  tags: ['Timesheets'],
  changes: 'Changes nothing.',
  access: { employer: 'their own placements only' },
  roles: ['admin', 'employer'],
  request: { params: placementIdParams },
  authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
  responses: { 200: { description: 'Approved, unbilled, unpaid', schema: approvedHoursView } },
  handler: async ({ scope, deps }) => {
    return { status: 200, body: await approvedUnbilledUnpaid(deps.orm.em.fork(), [scope]) };
  },
});

export const approvedHoursRoute = defineRoute({
  method: 'get',
  path: '/approved-hours',
  summary: 'Approved hours not yet billed nor paid, per placement',
  description: 'What payroll and invoicing take next.',
  operationId: 'listApprovedHours',
  tags: ['Timesheets'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: { query: z.object({}) },
  responses: { 200: { description: 'Approved, unbilled, unpaid', schema: approvedHoursView } },
  handler: async ({ deps }) => {
    const em = deps.orm.em.fork();
    const placements = await em.find(Placement, { status: { $in: ['active', 'ended', 'blocked'] } }, { orderBy: { startDate: 'asc' } });
    const hours = await approvedUnbilledUnpaid(em, placements);
    return { status: 200, body: { placements: hours.placements.filter((p) => p.weeks.length > 0) } };
  },
});
