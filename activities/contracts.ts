import { createHash, randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { Actor } from '../domain/access/roles';
import { SUSPENDED_BY_PERMIT_EXPIRY, type ContractStatus, type SigningParty } from '../domain/contracts/employment-contract';
import { processIds } from '../domain/process-ids';
import { brusselsDateOf } from '../domain/time/brussels';
import { formatNiss } from '../domain/identifiers';
import { recordAudit } from '../db/audit';
import { AuditEntry, EmploymentContract, StoredDocument, Worker } from '../db/entities';
import type { ActivityDeps } from './deps';
import { renderContractPdf } from './documents/contract-pdf';
import { NotFoundError } from './errors';
import { fieldsOf, storedDocumentContent } from '../platform/crypto/field-cipher';

export interface SaveContractStatusInput {
  contractId: string;
  workerId: string;
  status: ContractStatus;
  actor: Actor;
  signedBy?: SigningParty;
  endedOn?: string;
  reason?: string;
  requestId?: string | null;
  /** One audit entry per business event, whatever the retries. */
  idempotencyKey: string;
}

export function contractActivities({ orm, cipher, cooperative }: ActivityDeps) {
  return {
    /** The workflow ids of the worker's contracts that a permit expiry suspends. */
    async listSuspendableContracts({ workerId }: { workerId: string }): Promise<string[]> {
      const contracts = await orm.em
        .fork()
        .find(EmploymentContract, { worker: workerId, status: { $in: [...SUSPENDED_BY_PERMIT_EXPIRY] } }, { fields: ['id'] });
      return contracts.map((c) => processIds.employmentContract(c.id));
    },

    /** Renders the contract PDF in the worker's language and stores it, encrypted, once. */
    async prepareContractDocument({ contractId }: { contractId: string }): Promise<{ documentId: string }> {
      const em = orm.em.fork();
      const contract = await em.findOne(EmploymentContract, { id: contractId });
      if (!contract) throw new NotFoundError(`contract ${contractId}`);
      const businessKey = `contract:${contractId}`;
      const existing = await em.findOne(StoredDocument, { businessKey }, { fields: ['id'] });
      if (existing) return { documentId: existing.id };
      const worker = await em.findOneOrFail(Worker, { id: contract.worker });
      const field = fieldsOf('worker', worker.id);
      const nationalNumber = cipher.decryptOptional(worker.nationalNumberCipher, field('national_number_cipher'));
      const address = cipher.decryptOptional(worker.addressCipher, field('address_cipher'));
      const identification = cipher.decryptOptional(worker.birthDataCipher, field('birth_data_cipher'));
      const familyName = identification ? (JSON.parse(identification) as { familyName?: string }).familyName : undefined;
      const pdf = await renderContractPdf({
        language: contract.language as 'fr' | 'nl',
        contractId,
        issuedOn: brusselsDateOf(contract.createdAt.getTime()),
        cooperative: { name: cooperative.name, enterpriseNumber: cooperative.enterpriseNumber, address: cooperative.address },
        worker: {
          code: worker.code,
          displayName: familyName ? `${worker.firstName} ${familyName}` : worker.displayName,
          nationalNumber: nationalNumber ? formatNiss(nationalNumber) : null,
          address: address ? formatAddress(JSON.parse(address)) : null,
        },
        sector: contract.sector as 'care' | 'horeca' | 'construction' | 'other',
        jobTitle: contract.jobTitle,
        jointCommittee: contract.jointCommittee,
        workerCategory: contract.workerCategory as 'white-collar' | 'blue-collar',
        hourlyWageCents: contract.hourlyWageCents,
        weeklyHours: contract.weeklyHours,
        startDate: contract.startDate,
        endDate: contract.endDate,
      });
      const documentId = randomUUID();
      try {
        await em.transactional(async (tx) => {
          tx.create(StoredDocument, {
            id: documentId,
            kind: 'employment-contract',
            businessKey,
            workerId: worker.id,
            fileName: `contract-${worker.code}-${contract.startDate}-${contract.language}.pdf`,
            contentType: 'application/pdf',
            language: contract.language,
            contentCipher: cipher.encryptBytes(pdf, storedDocumentContent(documentId)),
            sha256: createHash('sha256').update(pdf).digest('hex'),
            sizeBytes: pdf.length,
          });
          const c = await tx.findOneOrFail(EmploymentContract, { id: contractId });
          c.document = documentId;
        });
      } catch (err) {
        // A retry after a commit whose answer was lost: the document is already there.
        if (!(err instanceof UniqueConstraintViolationException)) throw err;
        const stored = await orm.em.fork().findOneOrFail(StoredDocument, { businessKey }, { fields: ['id'] });
        return { documentId: stored.id };
      }
      return { documentId };
    },

    /** Records a contract event (status, signature, end) with its audit entry, once per key. */
    async saveContractStatus(input: SaveContractStatusInput): Promise<void> {
      await orm.em.fork().transactional(async (tx) => {
        if (await tx.count(AuditEntry, { idempotencyKey: input.idempotencyKey })) return;
        const contract = await tx.findOne(EmploymentContract, { id: input.contractId });
        if (!contract) throw new NotFoundError(`contract ${input.contractId}`);
        const previous = contract.status;
        contract.status = input.status;
        const now = new Date();
        if (input.signedBy === 'worker') contract.signedByWorkerAt = now;
        if (input.signedBy === 'cooperative') contract.signedByCooperativeAt = now;
        if (input.endedOn) contract.endedOn = input.endedOn;
        if (input.reason) contract.endReason = input.reason;
        recordAudit(tx, {
          actor: input.actor,
          action: input.signedBy ? `contract.signed-by-${input.signedBy}` : `contract.${input.status}`,
          subjectType: 'employment-contract',
          subjectId: input.contractId,
          workerId: input.workerId,
          reason: input.reason ?? null,
          requestId: input.requestId,
          idempotencyKey: input.idempotencyKey,
          details: { from: previous, to: input.status, ...(input.endedOn ? { endedOn: input.endedOn } : {}) },
        });
      });
    },
  };
}

function formatAddress(a: { street: string; houseNumber: string; postalCode: string; city: string; country: string }): string {
  return `${a.street} ${a.houseNumber}, ${a.postalCode} ${a.city}${a.country === 'BE' ? '' : `, ${a.country}`}`;
}
