import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Principal } from '../../domain/access/roles';
import { billRateCents, validatePlacementTerms } from '../../domain/placements/placement';
import { APPROVED } from '../../domain/timesheets/timesheet';
import { recordAudit } from '../../db/audit';
import { Employer, JobRequest, Placement, Timesheet, UserAccount, Worker, type IPlacement } from '../../db/entities';
import type { ApiDeps } from '../deps';
import { findVisibleJobRequest } from '../employers/employer-records';
import { problems } from '../http/problem';
import { notePendingStart, startPendingProcess } from '../processes';
import { placementProcessInput, type ProcessStart } from '../../workflows/process-starts';
import { todayInBrussels } from '../workers/clock';
import type { approvedHoursView, placementView, proposePlacementRequest } from './schemas';

/**
 * Proposes a placement: period inside the job request, equal pay at least, a bill rate not under
 * the pay rate; written with its audit entry, then its workflow starts and the employer is told.
 */
export async function proposePlacement(
  deps: ApiDeps,
  actor: Principal,
  jobRequestId: string,
  input: z.infer<typeof proposePlacementRequest>,
  requestId: string,
) {
  const em = deps.orm.em.fork();
  const request = await findVisibleJobRequest(em, actor, jobRequestId);
  const worker = await em.findOne(Worker, { id: input.workerId, erasedAt: null });
  if (!worker) throw problems.validation([{ field: 'workerId', code: 'unknown-worker', message: 'no such worker' }]);
  const payRateCents = input.payRateCents ?? request.offeredHourlyWageCents;
  const billing =
    input.billing.mode === 'coefficient'
      ? { mode: 'coefficient' as const, coefficient: input.billing.coefficient }
      : { mode: 'fixed' as const, hourlyRateCents: input.billing.hourlyRateCents };
  const violations = validatePlacementTerms({ startDate: input.startDate, endDate: input.endDate, payRateCents, billing, request, today: todayInBrussels() });
  if (violations.length) throw problems.unprocessable(violations[0]!.code, violations.map((v) => `${v.field}: ${v.message}`).join('; '), violations);
  const id = randomUUID();
  const start: ProcessStart = {
    kind: 'placement',
    input: placementProcessInput(
      { id, worker: worker.id, employer: request.employer, startDate: input.startDate, endDate: input.endDate },
      deps.config.TIMESHEET_DEEMED_APPROVAL_DAYS,
    ),
  };
  await em.transactional(async (tx) => {
    tx.create(Placement, {
      id,
      jobRequest: request.id,
      employer: request.employer,
      worker: worker.id,
      contract: null,
      startDate: input.startDate,
      endDate: input.endDate,
      payRateCents,
      billingMode: billing.mode,
      billingCoefficient: billing.mode === 'coefficient' ? billing.coefficient : null,
      billRateCents: billRateCents(payRateCents, billing),
      status: 'proposed',
    });
    recordAudit(tx, { actor, action: 'placement.proposed', subjectType: 'placement', subjectId: id, workerId: worker.id, requestId });
    notePendingStart(tx, start);
  });
  await startPendingProcess(deps, start);
  return id;
}

/** A placement the principal may see: admins all, the employer's contacts and the worker theirs. Others: 404. */
export async function findVisiblePlacement(em: EntityManager, principal: Principal, placementId: string): Promise<IPlacement> {
  const placement = await em.findOne(Placement, { id: placementId });
  const visible =
    placement &&
    (principal.role === 'admin' ||
      (principal.role === 'employer' && principal.employerId === placement.employer) ||
      (principal.role === 'worker' && principal.workerId === placement.worker));
  if (!visible) throw problems.notFound('placement');
  return placement;
}

export async function toPlacementView(em: EntityManager, p: IPlacement, reader: Principal): Promise<z.infer<typeof placementView>> {
  return (await toPlacementViews(em, [p], reader))[0]!;
}

/** Placements as `reader` may see them, with their workers, employers, sites and contacts read once for the whole list. */
export async function toPlacementViews(em: EntityManager, placements: readonly IPlacement[], reader: Principal): Promise<z.infer<typeof placementView>[]> {
  if (placements.length === 0) return [];
  const ids = <K extends 'worker' | 'employer' | 'jobRequest'>(key: K) => [...new Set(placements.map((p) => p[key] as string))];
  const [workers, employers, jobs, contacts] = await Promise.all([
    em.find(Worker, { id: { $in: ids('worker') } }, { fields: ['id', 'code', 'firstName'] }),
    em.find(Employer, { id: { $in: ids('employer') } }, { fields: ['id', 'legalName'] }),
    em.find(JobRequest, { id: { $in: ids('jobRequest') } }, { fields: ['id', 'occupation', 'siteAddress'] }),
    em.find(
      UserAccount,
      { employer: { $in: ids('employer') }, role: 'employer', email: { $ne: null }, disabledAt: null },
      { fields: ['employer', 'displayName', 'email'], orderBy: { createdAt: 'asc' } },
    ),
  ]);
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const [worker, employer, job] = [byId(workers), byId(employers), byId(jobs)];
  // The employer's first account is its contact.
  const contact = new Map<string, (typeof contacts)[number]>();
  for (const c of contacts) if (c.employer && !contact.has(c.employer)) contact.set(c.employer, c);
  return placements.map((p) => {
    const w = worker.get(p.worker)!;
    const site = job.get(p.jobRequest)!;
    const person = contact.get(p.employer);
    const { street, houseNumber, postalCode, city } = site.siteAddress;
    return {
      id: p.id,
      jobRequestId: p.jobRequest,
      employerId: p.employer,
      worker: { id: w.id, code: w.code, firstName: w.firstName },
      contractId: p.contract ?? null,
      startDate: p.startDate,
      endDate: p.endDate,
      payRateCents: p.payRateCents,
      // What the employer pays the cooperative is commercial: never the worker's business.
      ...(reader.role === 'worker' ? {} : { billRateCents: p.billRateCents }),
      workplace: {
        employerName: employer.get(p.employer)!.legalName,
        jobTitle: site.occupation,
        siteAddress: { street, houseNumber, postalCode, city },
        contact: person ? { name: person.displayName, email: person.email ?? '' } : null,
      },
      status: p.status as z.infer<typeof placementView>['status'],
      statusReason: p.statusReason ?? null,
      endedOn: p.endedOn ?? null,
    };
  });
}

/**
 * Approved hours not yet billed nor paid, per placement: the latest approved version of each
 * week (a superseded one is never counted twice).
 */
export async function approvedUnbilledUnpaid(em: EntityManager, placements: IPlacement[]): Promise<z.infer<typeof approvedHoursView>> {
  const ids = placements.map((p) => p.id);
  const rows = ids.length
    ? await em.find(
        Timesheet,
        { placement: { $in: ids }, status: { $in: [...APPROVED] }, invoiceId: null, payslipId: null },
        { orderBy: { isoWeek: 'asc', version: 'asc' } },
      )
    : [];
  const workers = new Map((await em.find(Worker, { id: { $in: placements.map((p) => p.worker) } }, { fields: ['id', 'code'] })).map((w) => [w.id, w.code]));
  return {
    placements: placements.map((p) => {
      const weeks = rows
        .filter((r) => r.placement === p.id)
        .map((r) => ({
          timesheetId: r.id,
          isoWeek: r.isoWeek,
          version: r.version,
          status: r.status,
          totalMinutes: r.totalMinutes,
          totalsByKind: r.totalsByKind,
        }));
      return {
        placementId: p.id,
        workerCode: workers.get(p.worker) ?? '',
        payRateCents: p.payRateCents,
        billRateCents: p.billRateCents,
        weeks,
        totalMinutes: weeks.reduce((sum, w) => sum + w.totalMinutes, 0),
      };
    }),
  };
}
