import { z } from 'zod';
import { ApprovalLink, Employer, Placement, Timesheet, Worker } from '../../db/entities';
import { TOKEN_PURPOSES } from '../../domain/access/token-purposes';
import type { ApiDeps } from '../deps';
import { ProblemError } from '../http/problem';
import { defineRoute } from '../http/route';
import { approvalLinkView, magicLinkDecisionRequest, timesheetView } from '../placements/schemas';
import { decideWeek } from '../placements/timesheet-decisions';

const tokenParams = z.object({ token: z.string().min(20).max(2000) });

/**
 * A magic link is good when its signature holds, it has not expired and it was never used.
 * Anything else is refused before a byte of the timesheet is shown.
 */
async function openLink(deps: ApiDeps, token: string) {
  const checked = await deps.tokens.check(token, TOKEN_PURPOSES.timesheetApproval);
  if (!checked.ok) {
    throw checked.reason === 'expired'
      ? new ProblemError(410, 'link-expired', 'Link expired', 'This approval link has expired; the cooperative will send a new one.')
      : new ProblemError(404, 'invalid-link', 'Unknown link', 'This approval link is not valid.');
  }
  const em = deps.orm.em.fork();
  const link = await em.findOne(ApprovalLink, { jti: String(checked.claims.jti ?? '') });
  if (!link || link.timesheet !== checked.claims.sub) throw new ProblemError(404, 'invalid-link', 'Unknown link', 'This approval link is not valid.');
  if (link.usedAt) throw new ProblemError(410, 'link-used', 'Link already used', 'This approval link has already been used.');
  const timesheet = await em.findOneOrFail(Timesheet, { id: link.timesheet });
  const placement = await em.findOneOrFail(Placement, { id: timesheet.placement });
  return { em, link, timesheet, placement, version: Number(checked.claims.ver) };
}

export const viewApprovalRoute = defineRoute({
  method: 'get',
  path: '/approvals/{token}',
  summary: 'Open a magic link: the week to approve',
  description: 'For an employer contact without an account: the worker’s code and first name, the days and the total.',
  operationId: 'openApprovalLink',
  tags: ['Timesheets'],
  changes: 'Changes nothing (opening the link does not use it up).',
  access: { public: 'holding an approval link' },
  roles: 'public',
  request: { params: tokenParams },
  responses: { 200: { description: 'The week', schema: approvalLinkView }, 404: { description: 'Unknown link' }, 410: { description: 'Used or expired link' } },
  handler: async ({ params, deps }) => {
    const { em, link, timesheet, placement, version } = await openLink(deps, params.token);
    const worker = await em.findOneOrFail(Worker, { id: placement.worker }, { fields: ['code', 'firstName'] });
    const employer = await em.findOneOrFail(Employer, { id: placement.employer }, { fields: ['legalName'] });
    return {
      status: 200,
      body: {
        employer: employer.legalName,
        worker: { code: worker.code, firstName: worker.firstName },
        isoWeek: timesheet.isoWeek,
        version,
        status: timesheet.status as z.infer<typeof approvalLinkView>['status'],
        entries: timesheet.entries as z.infer<typeof approvalLinkView>['entries'],
        totalMinutes: timesheet.totalMinutes,
        expiresAt: link.expiresAt.toISOString(),
      },
    };
  },
});

export const decideByLinkRoute = defineRoute({
  method: 'post',
  path: '/approvals/{token}',
  summary: 'Approve or dispute a week through its magic link',
  description: 'Single use: the answer uses the link up. The approver gives their name, kept as evidence.',
  operationId: 'decideTimesheetByLink',
  tags: ['Timesheets'],
  changes:
    'Records the decision (approved or disputed, with the approver’s name) on the version, the audit entry and the link’s use in one transaction, and queues the signal that tells the week’s process, which then notifies the worker in their language. Approved hours become payable and billable.',
  access: { public: 'holding an approval link' },
  roles: 'public',
  request: { params: tokenParams, body: magicLinkDecisionRequest },
  responses: {
    200: { description: 'Recorded', schema: timesheetView },
    404: { description: 'Unknown link' },
    409: { description: 'The week no longer awaits this answer (`not-awaiting-approval`), or a newer version does (`stale-version`)' },
    410: { description: 'Used or expired link' },
    422: { description: 'A dispute without a reason (`reason-required`)' },
  },
  handler: async ({ params, body, deps, requestId }) => {
    const { link, timesheet, placement, version } = await openLink(deps, params.token);
    const week = await decideWeek(deps, {
      placementId: placement.id,
      isoWeek: timesheet.isoWeek,
      version,
      decision: body.decision,
      reason: body.reason,
      via: 'magic-link',
      linkId: link.jti,
      approverName: body.approverName,
      actor: { userId: `magic-link:${link.recipientEmail}`, role: 'employer' },
      requestId,
    });
    return { status: 200, body: week };
  },
});
