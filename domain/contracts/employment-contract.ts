import type { RuleViolation } from '../rule-violation';
import { authorisationCovers, type WorkAuthorisation } from '../workers/onboarding';
import { compareDates, daysBetween, type CalendarDate } from '../time/dates';
import { minimumWageViolations } from './minimum-wage';

/**
 * An employment contract between the cooperative and a worker, from draft to end.
 *   awaiting-signatures → (both signed) awaiting-dimona → (Dimona IN acknowledged) active → ended
 *   awaiting-signatures → expired-unsigned (14 days)      awaiting-dimona → dimona-refused
 *   awaiting-dimona, on the start day without acknowledgement → blocked-awaiting-dimona
 *   any open status → suspended (permit expired); before the start → cancelled (Dimona CANCEL)
 */
export const CONTRACT_STATUSES = [
  'awaiting-signatures',
  'expired-unsigned',
  'awaiting-dimona',
  'blocked-awaiting-dimona',
  'dimona-refused',
  'active',
  'suspended',
  'ended',
  'cancelled',
] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** Statuses in which a permit expiry suspends the contract. */
export const SUSPENDED_BY_PERMIT_EXPIRY: readonly ContractStatus[] = ['awaiting-signatures', 'awaiting-dimona', 'blocked-awaiting-dimona', 'active'];

export const SECTOR_JOINT_COMMITTEE = { care: '330', horeca: '302', construction: '124' } as const;
export const WORKER_CATEGORIES = ['white-collar', 'blue-collar'] as const;
export type WorkerCategory = (typeof WORKER_CATEGORIES)[number];
export const SIGNING_PARTIES = ['worker', 'cooperative'] as const;
export type SigningParty = (typeof SIGNING_PARTIES)[number];

/** Days after sending before the signers are reminded, and before an unsigned contract expires. */
export const SIGNATURE_REMINDER_DAYS = 3;
export const SIGNATURE_EXPIRY_DAYS = 14;
/** Full time in Belgium's general regime; a contract never exceeds it. */
export const MAX_WEEKLY_HOURS = 38;
/** Fixed-term contracts under the derogation last at most as long as the permit; a cap keeps typos out. */
export const MAX_CONTRACT_DAYS = 366;

export interface ContractTerms {
  sector: 'care' | 'horeca' | 'construction' | 'other';
  jobTitle: string;
  jointCommittee: string;
  workerCategory: WorkerCategory;
  hourlyWageCents: number;
  weeklyHours: number;
  startDate: CalendarDate;
  endDate: CalendarDate;
}

export interface WorkerReadiness {
  onboardingStatus: string;
  hasConsent: boolean;
  workAuthorisation: WorkAuthorisation | null;
  /** Dimona needs a national/BIS number or complete identification data. */
  identifiableForDimona: boolean;
}

/** Every rule a new contract must meet; empty when it may be drafted. `today` is an input. */
export function validateNewContract(terms: ContractTerms, worker: WorkerReadiness, today: CalendarDate): RuleViolation[] {
  const errors: RuleViolation[] = [];
  if (compareDates(terms.startDate, today) < 0) {
    errors.push({ field: 'startDate', code: 'start-in-past', message: `the contract cannot start before today (${today})` });
  }
  if (compareDates(terms.endDate, terms.startDate) < 0) {
    errors.push({ field: 'endDate', code: 'ends-before-start', message: 'the contract cannot end before it starts' });
  } else if (daysBetween(terms.startDate, terms.endDate) >= MAX_CONTRACT_DAYS) {
    errors.push({ field: 'endDate', code: 'too-long', message: `a fixed-term contract lasts at most ${MAX_CONTRACT_DAYS} days here` });
  }
  if (!(terms.weeklyHours > 0 && terms.weeklyHours <= MAX_WEEKLY_HOURS)) {
    errors.push({ field: 'weeklyHours', code: 'weekly-hours-out-of-range', message: `weekly hours must be above 0 and at most ${MAX_WEEKLY_HOURS}` });
  }
  errors.push(...minimumWageViolations('hourlyWageCents', terms.hourlyWageCents, terms.startDate, 'startDate'));
  const expected = SECTOR_JOINT_COMMITTEE[terms.sector as keyof typeof SECTOR_JOINT_COMMITTEE];
  if (expected && terms.jointCommittee !== expected) {
    errors.push({ field: 'jointCommittee', code: 'joint-committee-mismatch', message: `the ${terms.sector} sector falls under joint committee ${expected}` });
  }
  if (!worker.hasConsent) errors.push({ field: 'workerId', code: 'consent-missing', message: 'the worker has not given consent' });
  if (!worker.workAuthorisation) {
    errors.push({ field: 'workerId', code: 'work-authorisation-missing', message: 'the worker has no work authorisation on file' });
  } else if (compareDates(worker.workAuthorisation.validUntil, today) < 0) {
    errors.push({ field: 'workerId', code: 'permit-expired', message: `the work permit expired on ${worker.workAuthorisation.validUntil}` });
  } else if (!authorisationCovers(worker.workAuthorisation, terms.startDate, terms.endDate)) {
    errors.push({
      field: 'endDate',
      code: 'permit-does-not-cover-period',
      message: `the work permit (${worker.workAuthorisation.validFrom} to ${worker.workAuthorisation.validUntil}) does not cover the whole contract`,
    });
  }
  if (worker.onboardingStatus === 'awaiting-documents') {
    errors.push({ field: 'workerId', code: 'onboarding-incomplete', message: 'the worker’s documents have not all been checked' });
  }
  if (!worker.identifiableForDimona) {
    errors.push({ field: 'workerId', code: 'identity-missing', message: 'Dimona needs a national or BIS number, or complete identification data' });
  }
  return errors;
}

export interface SignatureState {
  status: ContractStatus;
  signedBy: SigningParty[];
}

export function validateSignature(state: SignatureState, party: SigningParty): RuleViolation[] {
  if (state.status !== 'awaiting-signatures') {
    return [{ field: 'contract', code: 'not-awaiting-signatures', message: `the contract is ${state.status}, it cannot be signed now` }];
  }
  if (state.signedBy.includes(party)) return [{ field: 'party', code: 'already-signed', message: `the ${party} has already signed` }];
  return [];
}

const ENDABLE: ContractStatus[] = ['active', 'suspended'];
const CANCELLABLE: ContractStatus[] = ['awaiting-signatures', 'awaiting-dimona', 'blocked-awaiting-dimona', 'dimona-refused', 'active', 'suspended'];

export function validateEnd(
  status: ContractStatus,
  startDate: CalendarDate,
  endDate: CalendarDate,
  endedOn: CalendarDate,
  today: CalendarDate,
): RuleViolation[] {
  if (!ENDABLE.includes(status)) return [{ field: 'contract', code: 'not-running', message: `the contract is ${status}: only a running contract can end` }];
  if (compareDates(today, startDate) < 0) return [{ field: 'contract', code: 'not-started', message: 'the contract has not started: cancel it instead' }];
  if (compareDates(endedOn, startDate) < 0 || compareDates(endedOn, endDate) > 0) {
    return [{ field: 'endedOn', code: 'outside-contract', message: `the last day must fall between ${startDate} and ${endDate}` }];
  }
  if (compareDates(endedOn, today) < 0) return [{ field: 'endedOn', code: 'in-the-past', message: 'the last day cannot be before today' }];
  return [];
}

export function validateCancel(status: ContractStatus, startDate: CalendarDate, today: CalendarDate): RuleViolation[] {
  if (!CANCELLABLE.includes(status)) return [{ field: 'contract', code: 'not-cancellable', message: `the contract is ${status}` }];
  if (compareDates(today, startDate) >= 0 && status !== 'dimona-refused' && status !== 'blocked-awaiting-dimona') {
    return [{ field: 'contract', code: 'already-started', message: 'the contract has started: end it instead' }];
  }
  return [];
}
