import { z } from 'zod';
import { EXAMPLE_IDS } from '../http/examples';
import { calendarDate } from '../http/input-guards';
import { CONTRACT_STATUSES, SIGNING_PARTIES, WORKER_CATEGORIES } from '../../domain/contracts/employment-contract';
import { SECTORS } from '../workers/schemas';

/** The contract the examples draft, and then show running. */
const createContractExample = {
  sector: 'care',
  jobTitle: 'Aide-soignant',
  jointCommittee: '330',
  workerCategory: 'white-collar',
  hourlyWageCents: 1650,
  weeklyHours: 30,
  startDate: '2026-12-07',
  endDate: '2027-06-06',
  language: 'fr',
};

export const createContractRequest = z
  .object({
    sector: z.enum(SECTORS),
    jobTitle: z.string().trim().min(2).max(120),
    jointCommittee: z.string().regex(/^\d{3}(\.\d{2})?$/, 'must be a joint committee number such as 330 or 302'),
    workerCategory: z.enum(WORKER_CATEGORIES),
    hourlyWageCents: z.number().int().positive().max(100_000),
    weeklyHours: z.number().positive().max(60).multipleOf(0.25),
    startDate: calendarDate,
    endDate: calendarDate,
    language: z.enum(['fr', 'nl']).optional().meta({ description: 'Language of the contract; by default the worker’s, or French' }),
  })
  .strict()
  .meta({
    id: 'CreateContractRequest',
    example: createContractExample,
  });

export const contractIdParams = z.object({ contractId: z.uuid() });
export const contractDocumentQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(99)
    .optional()
    .meta({ description: 'A version of the document (1: the draft the parties signed); by default the current one' }),
});

export const contractDocumentVersion = z
  .object({
    version: z.number().int().meta({ description: '1: the draft both parties signed; 2: the signed contract, with its signature page' }),
    kind: z.enum(['draft', 'signed']),
    url: z.string(),
    sha256: z.string().meta({ description: 'SHA-256 of the PDF bytes, hex' }),
    issuedAt: z.string(),
    supersedes: z.number().int().nullable().meta({ description: 'The version this one replaced as the current document (which stays readable)' }),
  })
  .meta({ id: 'ContractDocumentVersion' });

export const dimonaView = z.object({
  action: z.enum(['IN', 'OUT', 'CANCEL']),
  status: z.string(),
  onssReference: z.string().nullable(),
  periodId: z.string().nullable(),
  anomalies: z.array(z.object({ code: z.string(), message: z.string() })),
  submittedAt: z.string(),
});

/** Signed by both sides, Dimona IN acknowledged: the contract runs. */
export const contractExample = {
  id: EXAMPLE_IDS.contract,
  workerId: EXAMPLE_IDS.worker,
  status: 'active',
  ...createContractExample,
  signedByWorkerAt: '2026-12-01T17:40:00.000Z',
  signedByCooperativeAt: '2026-12-02T08:05:00.000Z',
  endedOn: null,
  endReason: null,
  documentUrl: `/api/v1/contracts/${EXAMPLE_IDS.contract}/document`,
  documents: [
    {
      version: 1,
      kind: 'draft',
      url: `/api/v1/contracts/${EXAMPLE_IDS.contract}/document?version=1`,
      sha256: '6f1c0b7a4e2d9c8b3a5f7e1d0c2b4a6987f5e3d1c0b9a8f7e6d5c4b3a2f1e0d9',
      issuedAt: '2026-11-30T09:12:00.000Z',
      supersedes: null,
    },
    {
      version: 2,
      kind: 'signed',
      url: `/api/v1/contracts/${EXAMPLE_IDS.contract}/document?version=2`,
      sha256: '0d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d1e',
      issuedAt: '2026-12-02T08:05:02.000Z',
      supersedes: 1,
    },
  ],
  dimona: [
    {
      action: 'IN',
      status: 'accepted',
      onssReference: 'DIM-2026-0000481516',
      periodId: '0000000123456',
      anomalies: [],
      submittedAt: '2026-12-02T08:05:03.000Z',
    },
  ],
};

export const contractView = z
  .object({
    id: z.uuid(),
    workerId: z.uuid(),
    status: z.enum(CONTRACT_STATUSES),
    sector: z.string(),
    jobTitle: z.string(),
    jointCommittee: z.string(),
    workerCategory: z.enum(WORKER_CATEGORIES),
    hourlyWageCents: z.number().int(),
    weeklyHours: z.number(),
    startDate: z.string(),
    endDate: z.string(),
    language: z.enum(['fr', 'nl']),
    signedByWorkerAt: z.string().nullable(),
    signedByCooperativeAt: z.string().nullable(),
    endedOn: z.string().nullable(),
    endReason: z.string().nullable(),
    documentUrl: z.string().nullable().meta({ description: 'The current document: the signed version once both parties have signed, else the draft' }),
    documents: z.array(contractDocumentVersion).meta({ description: 'Every version of the contract document, oldest first; none is ever changed' }),
    dimona: z.array(dimonaView),
  })
  .meta({ id: 'EmploymentContract', example: contractExample });

export const signContractRequest = z
  .object({ agree: z.literal(true).meta({ description: 'The signer has read the contract and agrees to it' }) })
  .strict()
  .meta({ id: 'SignContractRequest', example: { agree: true } });
export const signedView = z
  .object({ status: z.enum(CONTRACT_STATUSES), signedBy: z.array(z.enum(SIGNING_PARTIES)), pendingRequest: z.enum(['end', 'cancel']).nullable() })
  .meta({ id: 'ContractProcess', example: { status: 'awaiting-dimona', signedBy: ['worker', 'cooperative'], pendingRequest: null } });

export const endContractRequest = z
  .object({ endedOn: calendarDate, reason: z.string().trim().min(3).max(300) })
  .strict()
  .meta({ id: 'EndContractRequest', example: { endedOn: '2027-02-28', reason: 'The worker found a permanent job elsewhere and resigned.' } });
export const cancelContractRequest = z
  .object({ reason: z.string().trim().min(3).max(300) })
  .strict()
  .meta({ id: 'CancelContractRequest', example: { reason: 'The employer withdrew the job request before the start.' } });
