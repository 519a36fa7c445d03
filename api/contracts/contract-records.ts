import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Principal } from '../../domain/access/roles';
import { validateNewContract, type ContractStatus } from '../../domain/contracts/employment-contract';
import { recordAudit } from '../../db/audit';
import { DimonaDeclaration, EmploymentContract, StoredDocument, Worker, type IEmploymentContract, type IStoredDocument } from '../../db/entities';
import { contractDraftKey, contractSignedKey } from '../../domain/contracts/contract-documents';
import type { ApiDeps } from '../deps';
import { problems } from '../http/problem';
import { notePendingStart, startPendingProcess } from '../processes';
import type { ProcessStart } from '../../workflows/process-starts';
import { todayInBrussels } from '../workers/clock';
import type { contractView, createContractRequest } from './schemas';

/**
 * Drafts a contract: every rule checked against the worker's file (nothing written when one
 * fails), the row and its audit entry in one transaction, then the contract workflow starts.
 */
export async function draftContract(deps: ApiDeps, actor: Principal, workerId: string, terms: z.infer<typeof createContractRequest>, requestId: string) {
  const em = deps.orm.em.fork();
  const worker = await em.findOne(Worker, { id: workerId, erasedAt: null });
  if (!worker) throw problems.notFound('worker');
  const violations = validateNewContract(
    terms,
    {
      onboardingStatus: worker.onboardingStatus,
      hasConsent: worker.consentGivenAt !== null && worker.consentGivenAt !== undefined,
      workAuthorisation:
        worker.permitValidFrom && worker.permitValidUntil
          ? { issuingAuthority: worker.permitIssuingAuthority ?? '', validFrom: worker.permitValidFrom, validUntil: worker.permitValidUntil }
          : null,
      identifiableForDimona: Boolean(worker.nationalNumberCipher || worker.birthDataCipher),
    },
    todayInBrussels(),
  );
  if (violations.length) throw problems.unprocessable(violations[0]!.code, violations.map((v) => `${v.field}: ${v.message}`).join('; '), violations);

  const id = randomUUID();
  const language = terms.language ?? (worker.preferredLanguage === 'nl' ? 'nl' : 'fr');
  const start: ProcessStart = { kind: 'employment-contract', input: { contractId: id, workerId, startDate: terms.startDate, endDate: terms.endDate } };
  await em.transactional(async (tx) => {
    tx.create(EmploymentContract, {
      id,
      worker: workerId,
      status: 'awaiting-signatures' satisfies ContractStatus,
      sector: terms.sector,
      jobTitle: terms.jobTitle,
      jointCommittee: terms.jointCommittee,
      workerCategory: terms.workerCategory,
      hourlyWageCents: terms.hourlyWageCents,
      weeklyHours: terms.weeklyHours,
      startDate: terms.startDate,
      endDate: terms.endDate,
      language,
    });
    recordAudit(tx, { actor, action: 'contract.drafted', subjectType: 'employment-contract', subjectId: id, workerId, requestId });
    notePendingStart(tx, start);
  });
  await startPendingProcess(deps, start);
  return id;
}

/** A contract the principal may see: admins all, a worker their own; others are told it does not exist. */
export async function findVisibleContract(em: EntityManager, principal: Principal, contractId: string): Promise<IEmploymentContract> {
  const contract = await em.findOne(EmploymentContract, { id: contractId });
  const visible = contract && (principal.role === 'admin' || (principal.role === 'worker' && principal.workerId === contract.worker));
  if (!visible) throw problems.notFound('contract');
  return contract;
}

/** Every stored version of a contract's document, oldest first: the draft (1), then the signed one. */
export async function contractDocumentVersions(em: EntityManager, contractId: string): Promise<IStoredDocument[]> {
  return em.find(StoredDocument, { businessKey: { $in: [contractDraftKey(contractId), contractSignedKey(contractId)] } }, { orderBy: { version: 'asc' } });
}

export async function toContractView(em: EntityManager, c: IEmploymentContract): Promise<z.infer<typeof contractView>> {
  const declarations = await em.find(DimonaDeclaration, { contract: c.id }, { orderBy: { submittedAt: 'asc' } });
  const documents = await em.find(
    StoredDocument,
    { businessKey: { $in: [contractDraftKey(c.id), contractSignedKey(c.id)] } },
    { fields: ['id', 'businessKey', 'version', 'sha256', 'createdAt', 'supersedes'], orderBy: { version: 'asc' } },
  );
  const versionOf = new Map(documents.map((d) => [d.id, d.version]));
  return {
    id: c.id,
    workerId: c.worker,
    status: c.status as ContractStatus,
    sector: c.sector,
    jobTitle: c.jobTitle,
    jointCommittee: c.jointCommittee,
    workerCategory: c.workerCategory as 'white-collar' | 'blue-collar',
    hourlyWageCents: c.hourlyWageCents,
    weeklyHours: Number(c.weeklyHours),
    startDate: c.startDate,
    endDate: c.endDate,
    language: c.language as 'fr' | 'nl',
    signedByWorkerAt: c.signedByWorkerAt?.toISOString() ?? null,
    signedByCooperativeAt: c.signedByCooperativeAt?.toISOString() ?? null,
    endedOn: c.endedOn ?? null,
    endReason: c.endReason ?? null,
    documentUrl: c.document ? `/api/v1/contracts/${c.id}/document` : null,
    documents: documents.map((d) => ({
      version: d.version,
      kind: d.businessKey === contractSignedKey(c.id) ? ('signed' as const) : ('draft' as const),
      url: `/api/v1/contracts/${c.id}/document?version=${d.version}`,
      sha256: d.sha256,
      issuedAt: d.createdAt.toISOString(),
      supersedes: d.supersedes ? (versionOf.get(d.supersedes) ?? null) : null,
    })),
    dimona: declarations.map((d) => ({
      action: d.action as 'IN' | 'OUT' | 'CANCEL',
      status: d.status,
      onssReference: d.onssReference ?? null,
      periodId: d.periodId ?? null,
      anomalies: d.anomalies.map(({ code, message }) => ({ code, message })),
      submittedAt: d.submittedAt.toISOString(),
    })),
  };
}
