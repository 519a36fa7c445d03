import { z } from 'zod';
import type { Principal } from '../../domain/access/roles';
import { processIds } from '../../domain/process-ids';
import type { RuleViolation } from '../../domain/rule-violation';
import { validateDaysWorked } from '../../domain/timesheets/timesheet';
import { problems } from '../http/problem';
import { Placement, Timesheet } from '../../db/entities';
import { decidePlacementUpdate, endPlacementUpdate, placementStateQuery } from '../../workflows/placement';
import {
  confirmTimesheetUpdate, correctTimesheetUpdate, decideTimesheetUpdate, saveEntriesUpdate, submitTimesheetUpdate, timesheetStateQuery,
} from '../../workflows/timesheet';
import { jobRequestIdParams } from '../employers/schemas';
import { findVisibleJobRequest } from '../employers/employer-records';
import { defineRoute } from '../http/route';
import { viaWorkflow } from '../http/temporal-errors';
import { approvedUnbilledUnpaid, findVisiblePlacement, proposePlacement, toPlacementView } from '../placements/placement-records';
import {
  approvedHoursView, correctionRequest, decidePlacementRequest, endPlacementRequest, placementIdParams, placementView, proposePlacementRequest, recheckView,
  saveEntriesRequest, timesheetDecisionRequest, timesheetListView, timesheetView, weekParams,
} from '../placements/schemas';
import { todayInBrussels } from '../workers/clock';
import { billingChain, latestWeekVersion } from '../invoicing/invoice-records';
import type { ApiDeps } from '../deps';

const actorOf = (p: Principal) => ({ userId: p.userId, role: p.role });
const timesheetHandle = (deps: ApiDeps, placementId: string, isoWeek: string) => deps.temporal.workflow.getHandle(processIds.timesheet(placementId, isoWeek));

export const proposePlacementRoute = defineRoute({
  method: 'post',
  path: '/job-requests/{jobRequestId}/placements',
  summary: 'Propose a worker for a job request; pay and bill rates are fixed on the placement',
  tags: ['placements'],
  roles: ['admin'],
  request: { params: jobRequestIdParams, body: proposePlacementRequest },
  authorize: ({ params, principal, deps }) => findVisibleJobRequest(deps.orm.em.fork(), principal, params.jobRequestId),
  responses: { 201: { description: 'Proposed to the employer', schema: placementView }, 422: { description: 'A rule refuses it' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const id = await proposePlacement(deps, principal!, params.jobRequestId, body, requestId);
    const em = deps.orm.em.fork();
    return { status: 201, body: await toPlacementView(em, await findVisiblePlacement(em, principal!, id), principal!), headers: { Location: `/api/v1/placements/${id}` } };
  },
});

export const getPlacementRoute = defineRoute({
  method: 'get',
  path: '/placements/{placementId}',
  summary: 'A placement',
  tags: ['placements'],
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
  summary: 'The employer accepts or refuses a proposed placement',
  tags: ['placements'],
  roles: ['employer', 'admin'],
  request: { params: placementIdParams, body: decidePlacementRequest },
  authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
  responses: { 200: { description: 'Answered; the gates are checked next', schema: recheckView }, 422: { description: 'Already answered' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const view = await viaWorkflow(() =>
      deps.temporal.workflow.getHandle(processIds.placement(params.placementId)).executeUpdate(decidePlacementUpdate, { args: [{ ...body, actor: actorOf(principal!), requestId }] }),
    );
    return { status: 200, body: { status: view.status, failedGates: view.failedGates, lastDay: view.lastDay } };
  },
});

export const placementProcessRoute = defineRoute({
  method: 'get',
  path: '/placements/{placementId}/process',
  summary: 'Where the placement’s process stands: the gates that fail, if any',
  tags: ['placements'],
  roles: ['admin', 'employer'],
  request: { params: placementIdParams },
  authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
  responses: { 200: { description: 'Process state', schema: recheckView } },
  handler: async ({ params, principal, deps }) => {
    const view = await viaWorkflow(() => deps.temporal.workflow.getHandle(processIds.placement(params.placementId)).query(placementStateQuery));
    return { status: 200, body: { status: view.status, failedGates: view.failedGates, lastDay: view.lastDay } };
  },
});

export const endPlacementRoute = defineRoute({
  method: 'post',
  path: '/placements/{placementId}/end',
  summary: 'End a placement early, with a reason',
  tags: ['placements'],
  roles: ['admin'],
  request: { params: placementIdParams, body: endPlacementRequest },
  authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
  responses: { 202: { description: 'It ends after its new last day', schema: recheckView }, 422: { description: 'Cannot end now' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const view = await viaWorkflow(() =>
      deps.temporal.workflow.getHandle(processIds.placement(params.placementId)).executeUpdate(endPlacementUpdate, {
        args: [{ ...body, today: todayInBrussels(), actor: actorOf(principal!), requestId }],
      }),
    );
    return { status: 202, body: { status: view.status, failedGates: view.failedGates, lastDay: view.lastDay } };
  },
});

export const listTimesheetsRoute = defineRoute({
  method: 'get',
  path: '/placements/{placementId}/timesheets',
  summary: 'Every version of every week of a placement, newest first',
  tags: ['timesheets'],
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
          id: r.id, isoWeek: r.isoWeek, version: r.version, status: r.status as z.infer<typeof timesheetView>['status'], totalMinutes: r.totalMinutes, totalsByKind: r.totalsByKind,
          submittedAt: r.submittedAt?.toISOString() ?? null, decidedAt: r.decidedAt?.toISOString() ?? null, decisionVia: r.decisionVia ?? null,
          disputeReason: r.disputeReason ?? null, supersedes: r.supersedes ?? null, correctionReason: r.correctionReason ?? null,
          workerConfirmedAt: r.workerConfirmedAt?.toISOString() ?? null, approvalEvidence: r.approvalEvidence ?? null,
        })),
      },
    };
  },
});

export const getTimesheetRoute = defineRoute({
  method: 'get',
  path: '/placements/{placementId}/timesheets/{isoWeek}',
  summary: 'The current version of a week',
  tags: ['timesheets'],
  roles: ['admin', 'employer', 'worker'],
  request: { params: weekParams },
  authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
  responses: { 200: { description: 'The week', schema: timesheetView }, 404: { description: 'No such week' } },
  handler: async ({ params, principal, deps }) => {
    const em = deps.orm.em.fork();
    // The records answer: a week's process closes and is eventually gone (retention), its rows stay.
    // Only a week nobody has saved yet has no row: its open process answers (an empty draft).
    const week = (await latestWeekVersion(em, params.placementId, params.isoWeek))
      ?? (await viaWorkflow(() => timesheetHandle(deps, params.placementId, params.isoWeek).query(timesheetStateQuery)));
    return { status: 200, body: { ...week, chain: await billingChain(em, principal!, params.placementId, params.isoWeek) } };
  },
});

const weekUpdateRoute = <B extends z.ZodType>(opts: {
  path: string; summary: string; roles: readonly ('admin' | 'employer' | 'worker')[]; body: B; method?: 'post' | 'put';
  run: (deps: ApiDeps, handle: ReturnType<typeof timesheetHandle>, body: z.infer<B>, actor: { userId: string; role: Principal['role'] }, requestId: string) => Promise<unknown>;
  /** Rules checked on the request before the week's process is asked (e.g. no hours of days to come). */
  check?: (body: z.infer<B>, isoWeek: string) => RuleViolation[];
}) =>
  defineRoute({
    method: opts.method ?? 'post',
    path: `/placements/{placementId}/timesheets/{isoWeek}/${opts.path}`,
    summary: opts.summary,
    tags: ['timesheets'],
    roles: opts.roles,
    request: { params: weekParams, body: opts.body },
    authorize: ({ params, principal, deps }) => findVisiblePlacement(deps.orm.em.fork(), principal, params.placementId),
    responses: { 200: { description: 'The week after this step', schema: timesheetView }, 404: { description: 'No such placement or week' }, 422: { description: 'A rule refuses it' } },
    handler: async ({ params, body, principal, deps, requestId }) => {
      const violations = opts.check?.(body, params.isoWeek) ?? [];
      if (violations.length > 0) throw problems.unprocessable(violations[0]!.code, violations.map((v) => `${v.field}: ${v.message}`).join('; '), violations);
      const handle = timesheetHandle(deps, params.placementId, params.isoWeek);
      return { status: 200, body: await viaWorkflow(() => opts.run(deps, handle, body, actorOf(principal!), requestId)) };
    },
  });

export const saveEntriesRoute = weekUpdateRoute({
  method: 'put', path: 'entries', summary: 'Record the days of the week (worker or employer); working-time rules are checked',
  roles: ['worker', 'employer'], body: saveEntriesRequest,
  check: (body, isoWeek) => validateDaysWorked(isoWeek, body.entries, todayInBrussels()),
  run: (_d, handle, body, actor, requestId) => handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: body.entries, actor, requestId }] }),
});
export const submitTimesheetRoute = weekUpdateRoute({
  path: 'submission', summary: 'Submit the week for approval; the employer’s contacts get a magic link',
  roles: ['worker', 'employer'], body: z.object({}).strict(),
  run: (_d, handle, _b, actor, requestId) => handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor, requestId }] }),
});
export const decideTimesheetRoute = weekUpdateRoute({
  path: 'decision', summary: 'Approve or dispute a submitted week (employer contact)',
  roles: ['employer'], body: timesheetDecisionRequest,
  run: (_d, handle, body, actor, requestId) => handle.executeUpdate(decideTimesheetUpdate, { args: [{ ...body, via: 'account', actor, requestId }] }),
});
export const confirmTimesheetRoute = weekUpdateRoute({
  path: 'confirmation', summary: 'The worker confirms the hours they see',
  roles: ['worker'], body: z.object({}).strict(),
  run: (_d, handle, _b, actor, requestId) => handle.executeUpdate(confirmTimesheetUpdate, { args: [{ actor, requestId }] }),
});
export const correctTimesheetRoute = weekUpdateRoute({
  path: 'corrections', summary: 'Correct an approved week: a new version with a reason, approved again, that supersedes it',
  roles: ['admin', 'employer'], body: correctionRequest,
  check: (body, isoWeek) => validateDaysWorked(isoWeek, body.entries, todayInBrussels()),
  run: (_d, handle, body, actor, requestId) => handle.executeUpdate(correctTimesheetUpdate, { args: [{ ...body, actor, requestId }] }),
});

export const placementApprovedHoursRoute = defineRoute({
  method: 'get',
  path: '/placements/{placementId}/approved-hours',
  summary: 'Approved hours of a placement not yet billed nor paid',
  tags: ['timesheets'],
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
  summary: 'Approved hours not yet billed nor paid, per placement: what payroll and invoicing take next',
  tags: ['timesheets'],
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

