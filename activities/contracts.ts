import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../domain/access/roles';
import { SUSPENDED_BY_PERMIT_EXPIRY, type ContractStatus, type SigningParty } from '../domain/contracts/employment-contract';
import { contractDraftKey, contractSignedKey } from '../domain/contracts/contract-documents';
import { processIds } from '../domain/process-ids';
import { brusselsDateOf } from '../domain/time/brussels';
import { formatNiss } from '../domain/identifiers';
import { recordAudit } from '../db/audit';
import { contractSummary } from '../domain/i18n/contract-summary';
import { recipientLanguage } from '../domain/i18n/notification-messages';
import {
  AuditEntry,
  EmploymentContract,
  Employer,
  JobRequest,
  Placement,
  StoredDocument,
  UserAccount,
  Worker,
  type IEmploymentContract,
  type IWorker,
} from '../db/entities';
import type { ActivityDeps } from './deps';
import { renderContractPdf, type ContractDocumentInput, type Signatory, type SignatureMethod } from './documents/contract-pdf';
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
  /** What the contract PDF prints, read from the records: the parties' legal names, the workplace, the summary. */
  async function contractDocumentInput(em: EntityManager, contractId: string) {
    const contract = await em.findOne(EmploymentContract, { id: contractId });
    if (!contract) throw new NotFoundError(`contract ${contractId}`);
    const worker = await em.findOneOrFail(Worker, { id: contract.worker });
    const field = fieldsOf('worker', worker.id);
    const nationalNumber = cipher.decryptOptional(worker.nationalNumberCipher, field('national_number_cipher'));
    const address = cipher.decryptOptional(worker.addressCipher, field('address_cipher'));
    const identification = cipher.decryptOptional(worker.birthDataCipher, field('birth_data_cipher'));
    const familyName = identification ? (JSON.parse(identification) as { familyName?: string }).familyName : undefined;
    const workplace = await workplaceOf(em, contract);
    const account = await em.findOne(UserAccount, { worker: worker.id, disabledAt: null }, { fields: ['language'], orderBy: { createdAt: 'asc' } });
    const summaryLanguage = recipientLanguage(account?.language, worker.preferredLanguage);
    const input: ContractDocumentInput = {
      language: contract.language as 'fr' | 'nl',
      contractId,
      issuedOn: brusselsDateOf(contract.createdAt.getTime()),
      cooperative: { name: cooperative.name, enterpriseNumber: cooperative.enterpriseNumber, address: cooperative.address },
      worker: {
        code: worker.code,
        // The legal name: first name and family name when the file has it, else the name the file goes by.
        displayName: familyName ? `${worker.firstName} ${familyName}` : worker.displayName,
        nationalNumber: nationalNumber ? formatNiss(nationalNumber) : null,
        address: address ? formatAddress(JSON.parse(address)) : null,
      },
      sector: contract.sector as 'care' | 'horeca' | 'construction' | 'other',
      jobTitle: contract.jobTitle,
      jointCommittee: contract.jointCommittee,
      workerCategory: contract.workerCategory as 'white-collar' | 'blue-collar',
      hourlyWageCents: contract.hourlyWageCents,
      weeklyHours: Number(contract.weeklyHours),
      startDate: contract.startDate,
      endDate: contract.endDate,
      workplace: workplace && { employerName: workplace.employerName, enterpriseNumber: workplace.enterpriseNumber, siteAddress: workplace.siteAddress },
    };
    input.summary = contractSummary(summaryLanguage, {
      jobTitle: input.jobTitle,
      sector: input.sector,
      workplace: workplace && { employerName: workplace.employerName, siteAddress: workplace.siteAddress },
      weeklyHours: input.weeklyHours,
      hourlyWageCents: input.hourlyWageCents,
      startDate: input.startDate,
      endDate: input.endDate,
      cooperative: { name: cooperative.name, address: cooperative.address },
    });
    return { contract, worker, input };
  }

  /** Stores one version of the contract PDF and makes it the contract's current document, in one transaction, once. */
  async function storeContractVersion(v: {
    businessKey: string;
    contract: IEmploymentContract;
    worker: IWorker;
    pdf: Buffer;
    version: number;
    supersedes: string | null;
    fileName: string;
  }): Promise<{ documentId: string }> {
    const documentId = randomUUID();
    // Two runs at once (a retry racing its first attempt): the second insert finds the first's row
    // and does nothing, instead of failing on the unique key and leaving the first's work to guess.
    return orm.em.fork().transactional(async (tx) => {
      const sql = (query: string, params: unknown[]) => tx.getConnection().execute<{ id: string }[]>(query, params, 'all', tx.getTransactionContext());
      const inserted = await sql(
        `insert into stored_document (id, kind, business_key, worker_id, file_name, content_type, language, content_cipher, sha256, size_bytes, version, supersedes, created_at)
         values (?, 'employment-contract', ?, ?, ?, 'application/pdf', ?, ?, ?, ?, ?, ?, now()) on conflict do nothing returning id`,
        [
          documentId,
          v.businessKey,
          v.worker.id,
          v.fileName,
          v.contract.language,
          cipher.encryptBytes(v.pdf, storedDocumentContent(documentId)),
          createHash('sha256').update(v.pdf).digest('hex'),
          v.pdf.length,
          v.version,
          v.supersedes,
        ],
      );
      if (inserted.length === 0) {
        const [stored] = await sql('select id from stored_document where business_key = ?', [v.businessKey]);
        if (!stored) throw new NotFoundError(`document ${v.businessKey}`);
        return { documentId: stored.id };
      }
      await sql('update employment_contract set document_id = ?, updated_at = now() where id = ?', [documentId, v.contract.id]);
      return { documentId };
    });
  }

  return {
    /** The workflow ids of the worker's contracts that a permit expiry suspends. */
    async listSuspendableContracts({ workerId }: { workerId: string }): Promise<string[]> {
      const contracts = await orm.em
        .fork()
        .find(EmploymentContract, { worker: workerId, status: { $in: [...SUSPENDED_BY_PERMIT_EXPIRY] } }, { fields: ['id'] });
      return contracts.map((c) => processIds.employmentContract(c.id));
    },

    /** Renders the contract PDF (version 1, the draft both parties sign) and stores it, encrypted, once. */
    async prepareContractDocument({ contractId }: { contractId: string }): Promise<{ documentId: string }> {
      const em = orm.em.fork();
      const businessKey = contractDraftKey(contractId);
      const existing = await em.findOne(StoredDocument, { businessKey }, { fields: ['id'] });
      if (existing) return { documentId: existing.id };
      const { contract, worker, input } = await contractDocumentInput(em, contractId);
      const pdf = await renderContractPdf(input);
      return storeContractVersion({
        businessKey,
        contract,
        worker,
        pdf,
        version: 1,
        supersedes: null,
        fileName: `contract-${worker.code}-${contract.startDate}-${contract.language}.pdf`,
      });
    },

    /**
     * Once both parties have signed: the signed version of the contract (version 2), stored beside
     * the draft, which stays unchanged as version 1. The same contract text, the workplace known at
     * signing and the summary, then a page with each signatory (legal name, Brussels time, how they
     * had signed in — never an IP address) and the SHA-256 of the draft they signed. The contract's
     * current document becomes this one. Once per contract (business key `contract:<id>:signed`).
     */
    async issueSignedContractDocument({ contractId }: { contractId: string }): Promise<{ documentId: string }> {
      const em = orm.em.fork();
      const businessKey = contractSignedKey(contractId);
      const existing = await em.findOne(StoredDocument, { businessKey }, { fields: ['id'] });
      if (existing) return { documentId: existing.id };
      const { contract, worker, input } = await contractDocumentInput(em, contractId);
      const draft = await em.findOne(StoredDocument, { businessKey: contractDraftKey(contractId) }, { fields: ['id', 'sha256', 'version'] });
      if (!draft) throw new NotFoundError(`draft document of contract ${contractId}`);
      if (!contract.signedByWorkerAt || !contract.signedByCooperativeAt) throw new NotFoundError(`both signatures of contract ${contractId}`);
      const signatories: Signatory[] = [
        {
          party: 'worker',
          legalName: input.worker.displayName,
          signedAt: contract.signedByWorkerAt.getTime(),
          method: await signInMethod(em, contractId, 'worker'),
        },
        {
          party: 'cooperative',
          legalName: (await signerName(em, contractId, 'cooperative')) ?? cooperative.name,
          signedAt: contract.signedByCooperativeAt.getTime(),
          method: await signInMethod(em, contractId, 'cooperative'),
        },
      ];
      const version = draft.version + 1;
      const pdf = await renderContractPdf({
        ...input,
        signatures: { version, signed: { documentId: draft.id, version: draft.version, sha256: draft.sha256 }, signatories },
      });
      return storeContractVersion({
        businessKey,
        contract,
        worker,
        pdf,
        version,
        supersedes: draft.id,
        fileName: `contract-${worker.code}-${contract.startDate}-${contract.language}-signed.pdf`,
      });
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

/** Placements that count as "placed": the employer has accepted the worker. */
const PLACED = ['accepted', 'blocked', 'active'];

/**
 * The user company and site of the placement under this contract: the one linked to it, else
 * one of the worker's accepted placements within its dates (a placement is linked to its
 * contract only at its first gate check). Null when the worker is not placed yet.
 */
async function workplaceOf(em: EntityManager, contract: IEmploymentContract) {
  const placements = await em.find(
    Placement,
    {
      worker: contract.worker,
      status: { $in: PLACED },
      $or: [{ contract: contract.id }, { contract: null, startDate: { $gte: contract.startDate }, endDate: { $lte: contract.endDate } }],
    },
    { orderBy: { startDate: 'asc' } },
  );
  const placement = placements.find((p) => p.contract === contract.id) ?? placements[0];
  if (!placement) return null;
  const employer = await em.findOneOrFail(Employer, { id: placement.employer });
  const request = await em.findOneOrFail(JobRequest, { id: placement.jobRequest });
  const site = request.siteAddress;
  return {
    employerName: employer.legalName,
    enterpriseNumber: employer.enterpriseNumber,
    siteAddress: `${site.street} ${site.houseNumber}, ${site.postalCode} ${site.city}`,
  };
}

/** The audit entry of a party's signature (written once, under this key, by saveContractStatus). */
async function signatureEntry(em: EntityManager, contractId: string, party: 'worker' | 'cooperative') {
  return em.findOne(AuditEntry, { idempotencyKey: `${contractId}:signed:${party}` }, { fields: ['actorId', 'occurredAt'] });
}

/** The display name of the account that signed for the cooperative; null when it is not an account. */
async function signerName(em: EntityManager, contractId: string, party: 'worker' | 'cooperative'): Promise<string | null> {
  const entry = await signatureEntry(em, contractId, party);
  if (!entry || !/^[0-9a-f-]{36}$/i.test(entry.actorId)) return null;
  const account = await em.findOne(UserAccount, { id: entry.actorId }, { fields: ['displayName'] });
  return account?.displayName ?? null;
}

/**
 * How the signer had signed in: their account's last sign-in before the signature, from the
 * audit log (by password, or by SMS code); 'account' when that is not known. Sessions do not
 * carry how they were opened, so this is the latest sign-in, not proof of the session used.
 */
async function signInMethod(em: EntityManager, contractId: string, party: 'worker' | 'cooperative'): Promise<SignatureMethod> {
  const entry = await signatureEntry(em, contractId, party);
  if (!entry) return 'account';
  const signIn = await em.findOne(
    AuditEntry,
    { actorId: entry.actorId, action: { $in: ['auth.login', 'auth.code-sign-in', 'auth.password-changed'] }, occurredAt: { $lte: entry.occurredAt } },
    { fields: ['action'], orderBy: { occurredAt: 'desc', id: 'desc' } },
  );
  if (!signIn) return 'account';
  return signIn.action === 'auth.code-sign-in' ? 'sms-code' : 'password';
}
