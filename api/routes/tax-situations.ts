import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { taxSituationOn, validateTaxSituation, type TaxSituation } from '../../domain/payroll-runs/tax-situation';
import { recordAudit } from '../../db/audit';
import { WorkerTaxSituation, type IWorkerTaxSituation } from '../../db/entities';
import type { ApiDeps } from '../deps';
import { problems } from '../http/problem';
import { defineRoute } from '../http/route';
import { situationParams, taxSituationHistory, taxSituationRequest, taxSituationView } from '../payroll/schemas';
import { todayInBrussels } from '../workers/clock';
import { workerIdParams } from '../workers/schemas';
import { findVisibleWorker, tellOnboardingPayrollFacts } from '../workers/worker-records';

function toView(deps: ApiDeps, row: IWorkerTaxSituation): z.infer<typeof taxSituationView> {
  const s = JSON.parse(deps.cipher.decrypt(row.situationCipher, { table: 'worker_tax_situation', column: 'situation_cipher', id: row.id })) as Omit<
    TaxSituation,
    'effectiveFrom'
  >;
  return {
    id: row.id,
    effectiveFrom: row.effectiveFrom,
    family: s.family,
    dependentChildren: s.dependentChildren,
    disabledChildren: s.disabledChildren,
    otherDependantsUnder65: s.otherDependantsUnder65,
    dependantsAged65OrMore: s.dependantsAged65OrMore,
    claimsSingleReductions: s.claimsSingleReductions,
    status: row.status as 'confirmed' | 'pending-confirmation',
    recordedByRole: row.recordedByRole,
    recordedAt: row.recordedAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
  };
}

async function historyOf(deps: ApiDeps, workerId: string): Promise<z.infer<typeof taxSituationHistory>> {
  const rows = await deps.orm.em.fork().find(WorkerTaxSituation, { workerId }, { orderBy: { effectiveFrom: 'desc', recordedAt: 'desc' } });
  const history = rows.map((r) => toView(deps, r));
  const confirmed = history.filter((h) => h.status === 'confirmed').sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  return { current: taxSituationOn(confirmed, todayInBrussels()) ?? null, history };
}

export const getTaxSituationRoute = defineRoute({
  method: 'get',
  path: '/workers/{workerId}/tax-situation',
  summary: "A worker's tax situation in force, and its history",
  description: 'Family charges used for the withholding tax.',
  operationId: 'getTaxSituation',
  readsEncrypted: true,
  tags: ['Payroll'],
  changes: 'Records the read in the worker’s access log; nothing else.',
  access: { worker: 'their own file only' },
  roles: ['admin', 'worker'],
  request: { params: workerIdParams },
  authorize: ({ params, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, params.workerId),
  responses: { 200: { description: 'Situation and history', schema: taxSituationHistory }, 404: { description: 'No such worker' } },
  handler: async ({ params, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    recordAudit(em, {
      actor: principal!,
      action: 'worker.read-tax-situation',
      subjectType: 'worker',
      subjectId: params.workerId,
      workerId: params.workerId,
      requestId,
    });
    await em.flush();
    return { status: 200, body: await historyOf(deps, params.workerId) };
  },
});

export const recordTaxSituationRoute = defineRoute({
  method: 'put',
  path: '/workers/{workerId}/tax-situation',
  summary: 'Record a tax situation from a date',
  description:
    'A new version; the history is kept. Admins record it confirmed; a worker may declare their own, which waits for an administrator’s confirmation before payroll uses it. A situation applying to months already paid is regularised by the next run.',
  operationId: 'recordTaxSituation',
  tags: ['Payroll'],
  changes: 'Adds a dated version of the tax situation (encrypted; the earlier ones are kept); records it in the audit log and the worker’s access log.',
  access: { worker: 'their own file only, awaiting confirmation' },
  roles: ['admin', 'worker'],
  request: { params: workerIdParams, body: taxSituationRequest },
  authorize: ({ params, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, params.workerId),
  responses: {
    201: { description: 'Recorded', schema: taxSituationView },
    404: { description: 'No such worker' },
    422: { description: 'The situation is not consistent' },
  },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const situation: TaxSituation = { ...body };
    const violations = validateTaxSituation(situation);
    if (violations.length > 0) throw problems.unprocessable(violations[0]!.code, 'The tax situation is not consistent.', violations);
    const byAdmin = principal!.role === 'admin';
    const { effectiveFrom, ...charges } = situation;
    const em = deps.orm.em.fork();
    const id = randomUUID();
    const row = em.create(WorkerTaxSituation, {
      id,
      workerId: params.workerId,
      effectiveFrom,
      situationCipher: deps.cipher.encrypt(JSON.stringify(charges), { table: 'worker_tax_situation', column: 'situation_cipher', id }),
      status: byAdmin ? 'confirmed' : 'pending-confirmation',
      recordedBy: principal!.userId,
      recordedByRole: principal!.role,
      confirmedBy: byAdmin ? principal!.userId : null,
      confirmedAt: byAdmin ? new Date() : null,
    });
    recordAudit(em, {
      actor: principal!,
      action: byAdmin ? 'worker.tax-situation-recorded' : 'worker.tax-situation-declared',
      subjectType: 'worker',
      subjectId: params.workerId,
      workerId: params.workerId,
      requestId,
      details: { effectiveFrom },
    });
    await em.flush();
    // A confirmed situation may be the last thing payroll needed: the onboarding is told.
    if (byAdmin) await tellOnboardingPayrollFacts(deps, params.workerId, principal!, requestId);
    return { status: 201, body: toView(deps, row) };
  },
});

export const confirmTaxSituationRoute = defineRoute({
  method: 'post',
  path: '/workers/{workerId}/tax-situation/{situationId}/confirmation',
  summary: 'Confirm a tax situation the worker declared',
  description: 'From then on payroll uses it; months already paid are regularised by the next run.',
  operationId: 'confirmTaxSituation',
  readsEncrypted: true,
  tags: ['Payroll'],
  changes: 'Marks the declared version confirmed, by whom and when; records it in the audit log.',
  roles: ['admin'],
  request: { params: situationParams },
  authorize: ({ params, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, params.workerId),
  responses: {
    200: { description: 'Confirmed', schema: taxSituationView },
    404: { description: 'No such situation' },
    409: { description: 'Already confirmed' },
  },
  handler: async ({ params, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const row = await em.findOne(WorkerTaxSituation, { id: params.situationId, workerId: params.workerId });
    if (!row) throw problems.notFound('tax situation');
    if (row.status === 'confirmed') throw problems.conflict('already-confirmed', 'This tax situation is already confirmed.');
    row.status = 'confirmed';
    row.confirmedBy = principal!.userId;
    row.confirmedAt = new Date();
    recordAudit(em, {
      actor: principal!,
      action: 'worker.tax-situation-confirmed',
      subjectType: 'worker',
      subjectId: params.workerId,
      workerId: params.workerId,
      requestId,
    });
    await em.flush();
    await tellOnboardingPayrollFacts(deps, params.workerId, principal!, requestId);
    return { status: 200, body: toView(deps, row) };
  },
});
