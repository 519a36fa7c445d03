import { z } from 'zod';
import { calendarDate } from '../http/input-guards';
import { CONTRACT_STATUSES, SIGNING_PARTIES, WORKER_CATEGORIES } from '../../domain/contracts/employment-contract';
import { SECTORS } from '../workers/schemas';


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
  .meta({ id: 'CreateContractRequest' });

export const contractIdParams = z.object({ contractId: z.uuid() });

export const dimonaView = z.object({
  action: z.enum(['IN', 'OUT', 'CANCEL']),
  status: z.string(),
  onssReference: z.string().nullable(),
  periodId: z.string().nullable(),
  anomalies: z.array(z.object({ code: z.string(), message: z.string() })),
  submittedAt: z.string(),
});

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
    documentUrl: z.string().nullable(),
    dimona: z.array(dimonaView),
  })
  .meta({ id: 'EmploymentContract' });

export const signContractRequest = z
  .object({ agree: z.literal(true).meta({ description: 'The signer has read the contract and agrees to it' }) })
  .strict()
  .meta({ id: 'SignContractRequest' });
export const signedView = z
  .object({ status: z.enum(CONTRACT_STATUSES), signedBy: z.array(z.enum(SIGNING_PARTIES)), pendingRequest: z.enum(['end', 'cancel']).nullable() })
  .meta({ id: 'ContractProcess' });

export const endContractRequest = z.object({ endedOn: calendarDate, reason: z.string().trim().min(3).max(300) }).strict().meta({ id: 'EndContractRequest' });
export const cancelContractRequest = z.object({ reason: z.string().trim().min(3).max(300) }).strict().meta({ id: 'CancelContractRequest' });
