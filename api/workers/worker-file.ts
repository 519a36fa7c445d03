import { payrollFactsOf } from '../../db/payroll-facts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../domain/access/roles';
import { processIds } from '../../domain/process-ids';
import { erasureBlockers, OPEN_CONTRACT_STATUSES, OPEN_PLACEMENT_STATUSES } from '../../domain/workers/erasure';
import { recordAudit } from '../../db/audit';
import { AuditEntry, DimonaDeclaration, EmploymentContract, Placement, StoredDocument, Timesheet, Worker, type IWorker } from '../../db/entities';
import type { ApiDeps } from '../deps';
import { problems } from '../http/problem';
import { toWorkerView } from './worker-records';

/**
 * The worker's whole file, for a GDPR access request: profile and identifiers in clear, every
 * contract, declaration, placement, timesheet version and document reference, and the audit
 * trail of who did and read what. The export itself is recorded, with its reason.
 */
export async function exportWorkerFile(deps: ApiDeps, em: EntityManager, actor: Principal, worker: IWorker, reason: string, requestId: string) {
  const contracts = await em.find(EmploymentContract, { worker: worker.id }, { orderBy: { createdAt: 'asc' } });
  const declarations = contracts.length
    ? await em.find(DimonaDeclaration, { contract: { $in: contracts.map((c) => c.id) } }, { orderBy: { submittedAt: 'asc' } })
    : [];
  const placements = await em.find(Placement, { worker: worker.id }, { orderBy: { startDate: 'asc' } });
  const timesheets = placements.length
    ? await em.find(Timesheet, { placement: { $in: placements.map((p) => p.id) } }, { orderBy: { isoWeek: 'asc', version: 'asc' } })
    : [];
  const documents = await em.find(StoredDocument, { workerId: worker.id }, { fields: ['id', 'kind', 'fileName', 'contentType', 'sha256', 'createdAt'] });
  const audit = await em.find(AuditEntry, { workerId: worker.id }, { orderBy: { id: 'asc' } });
  recordAudit(em, { actor, action: 'worker.exported', subjectType: 'worker', subjectId: worker.id, workerId: worker.id, reason, requestId });
  await em.flush();
  return {
    exportedAt: new Date().toISOString(),
    worker: toWorkerView(worker, deps, await payrollFactsOf(em, worker.id)),
    contracts: contracts.map((c) => ({
      id: c.id,
      status: c.status,
      sector: c.sector,
      jobTitle: c.jobTitle,
      jointCommittee: c.jointCommittee,
      workerCategory: c.workerCategory,
      hourlyWageCents: c.hourlyWageCents,
      weeklyHours: Number(c.weeklyHours),
      startDate: c.startDate,
      endDate: c.endDate,
      language: c.language,
      signedByWorkerAt: c.signedByWorkerAt?.toISOString() ?? null,
      signedByCooperativeAt: c.signedByCooperativeAt?.toISOString() ?? null,
      endedOn: c.endedOn ?? null,
    })),
    dimonaDeclarations: declarations.map((d) => ({
      contractId: d.contract,
      action: d.action,
      status: d.status,
      onssReference: d.onssReference ?? null,
      periodId: d.periodId ?? null,
      submittedAt: d.submittedAt.toISOString(),
      payload: JSON.parse(deps.cipher.decrypt(d.payloadCipher, { table: 'dimona_declaration', column: 'payload_cipher', id: d.id })) as unknown,
    })),
    placements: placements.map((p) => ({
      id: p.id,
      employerId: p.employer,
      startDate: p.startDate,
      endDate: p.endDate,
      payRateCents: p.payRateCents,
      status: p.status,
      endedOn: p.endedOn ?? null,
    })),
    timesheets: timesheets.map((t) => ({
      placementId: t.placement,
      isoWeek: t.isoWeek,
      version: t.version,
      status: t.status,
      entries: t.entries,
      totalMinutes: t.totalMinutes,
    })),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      fileName: d.fileName,
      contentType: d.contentType,
      sha256: d.sha256,
      createdAt: d.createdAt.toISOString(),
    })),
    accessLog: audit.map((a) => ({ at: a.occurredAt.toISOString(), actorId: a.actorId, actorRole: a.actorRole, action: a.action, reason: a.reason ?? null })),
  };
}

/**
 * Erasure: what the law lets us erase is erased (contact details, address, bank account, birth
 * data, permit number, profile), the file is closed and its onboarding process stops. Payroll and
 * social-security records stay for their legal retention period, with the national number they
 * were declared under, encrypted.
 */
export async function eraseWorker(deps: ApiDeps, actor: Principal, workerId: string, reason: string, requestId: string) {
  const em = deps.orm.em.fork();
  const blockers = erasureBlockers({
    contracts: await em.count(EmploymentContract, { worker: workerId, status: { $in: [...OPEN_CONTRACT_STATUSES] } }),
    placements: await em.count(Placement, { worker: workerId, status: { $in: [...OPEN_PLACEMENT_STATUSES] } }),
  });
  if (blockers.length) throw problems.conflict(blockers[0]!.code, 'End the worker’s contracts and placements before erasing their file.', blockers);
  await em.transactional(async (tx) => {
    const w = await tx.findOneOrFail(Worker, { id: workerId });
    Object.assign(w, {
      firstName: 'erased',
      displayName: 'erased',
      languagesSpoken: [],
      skills: [],
      sectorsWanted: [],
      contactEmailCipher: null,
      contactPhoneCipher: null,
      birthDataCipher: null,
      addressCipher: null,
      ibanCipher: null,
      permitNumberCipher: null,
      erasedAt: new Date(),
    });
    // Their accounts close with the file: the sign-in e-mail and number are erased, every session ends.
    await tx.getConnection().execute(
      `update user_account set disabled_at = coalesce(disabled_at, now()), display_name = 'erased', email = null, email_cipher = null, email_hash = null,
         phone_cipher = null, phone_hash = null, session_version = session_version + 1 where worker_id = ?`,
      [workerId],
      'run',
      tx.getTransactionContext(),
    );
    recordAudit(tx, { actor, action: 'worker.erased', subjectType: 'worker', subjectId: workerId, workerId, reason, requestId });
  });
  await deps.temporal.workflow
    .getHandle(processIds.workerOnboarding(workerId))
    .terminate('file erased')
    .catch(() => undefined);
}
