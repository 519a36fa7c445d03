import { normaliseEnterpriseNumber, validateEnterpriseNumber } from '../identifiers/enterprise-number';
import { normaliseNiss, validateNiss } from '../identifiers/niss';
import { compareDates, isCalendarDate, type CalendarDate } from '../time/dates';

/**
 * Dimona: the immediate declaration to ONSS/RSZ that an employment starts (IN), ends (OUT) or
 * did not take place (CANCEL). The shapes follow the ONSS Dimona REST API v2 body (names as
 * Odoo's client sends them, see docs/belgian-payroll-facts.md §8): one of dimonaIn, dimonaOut
 * or dimonaCancel, always with the employer and the worker.
 */

/** Joint committees in the Dimona XML enumeration; any other committee is declared as 'XXX'. */
export const DIMONA_JOINT_COMMISSIONS = ['124', '140', '144', '145', '149', '302', '320', '322'] as const;
export const JOINT_COMMISSION_NOT_RELEVANT = 'XXX';

/**
 * Worker types of the Dimona XML enumeration (v231). OTH = ordinary worker, STU = student,
 * EXT = horeca occasional worker, FLX = flexi-job; the other meanings are not confirmed.
 */
export const DIMONA_WORKER_TYPES = [
  'A17',
  'ALT',
  'BCW',
  'DWD',
  'EXT',
  'FLX',
  'IVT',
  'O17',
  'PMP',
  'RTA',
  'S17',
  'STU',
  'T17',
  'TEA',
  'TRI',
  'STG',
  'OTH',
] as const;
export type DimonaWorkerType = (typeof DIMONA_WORKER_TYPES)[number];

export type DimonaAction = 'IN' | 'OUT' | 'CANCEL';

export interface DimonaEmployer {
  /** ONSS registration number of the employer. */
  readonly employerId: string;
  /** Enterprise number (KBO/BCE), 10 digits. */
  readonly companyId: string;
}

/** A worker known to the social security: national register or BIS number (INSZ), 11 digits. */
export interface DimonaWorkerBySsin {
  readonly ssin: string;
}

export interface DimonaAddress {
  readonly street: string;
  readonly houseNumber: string;
  readonly postCode: string;
  /** ONSS municipality code (e.g. Brussels city = 21004). */
  readonly municipality: { readonly name: string; readonly code: string };
  /** ONSS country code (BE = 150). */
  readonly country: string;
}

/**
 * A worker without an INSZ yet (common for the cooperative's workers before the BIS number is
 * issued): ONSS identifies them from these data. Countries use ONSS numeric codes.
 */
export interface DimonaWorkerByIdentification {
  readonly familyName: string;
  readonly givenName: string;
  readonly birthDate: CalendarDate;
  readonly placeOfBirth: string;
  readonly countryOfBirth: string;
  readonly nationality: string;
  /** As ONSS codes it; the exact code list is not confirmed in our sources. */
  readonly gender: string;
  readonly address?: DimonaAddress;
}

export type DimonaWorker = DimonaWorkerBySsin | DimonaWorkerByIdentification;

export interface DimonaFeatures {
  readonly jointCommissionNumber: string;
  readonly workerType: DimonaWorkerType;
}

interface DimonaParties {
  readonly employer: DimonaEmployer;
  readonly worker: DimonaWorker;
}

export interface DimonaInRequest extends DimonaParties {
  readonly dimonaIn: { readonly startDate: CalendarDate; readonly endDate?: CalendarDate; readonly features: DimonaFeatures };
}
export interface DimonaOutRequest extends DimonaParties {
  readonly dimonaOut: { readonly periodId: string; readonly endDate: CalendarDate };
}
export interface DimonaCancelRequest extends DimonaParties {
  readonly dimonaCancel: { readonly periodId: string };
}
export type DimonaRequest = DimonaInRequest | DimonaOutRequest | DimonaCancelRequest;

export function dimonaActionOf(request: DimonaRequest): DimonaAction {
  if ('dimonaIn' in request) return 'IN';
  if ('dimonaOut' in request) return 'OUT';
  return 'CANCEL';
}

// ---------------------------------------------------------------------------------------------
// Builders: from the cooperative's facts to the body ONSS expects.

/** Identification data in the cooperative's words; the NISS/BIS number wins when there is one. */
export type DimonaWorkerIdentity = { readonly ssin: string } | DimonaWorkerByIdentification;

export interface DimonaInFacts {
  readonly employer: DimonaEmployer;
  readonly worker: DimonaWorkerIdentity;
  readonly startDate: CalendarDate;
  /** Fixed-term contracts declare their end date up front. */
  readonly endDate?: CalendarDate;
  /** The contract's joint committee, e.g. '322' or '330'. */
  readonly jointCommittee: string;
  readonly workerType: DimonaWorkerType;
}

export function buildDimonaIn(facts: DimonaInFacts): DimonaInRequest {
  const dimonaIn = {
    startDate: facts.startDate,
    // ONSS rejects empty fields (Odoo drops them too): an open-ended period has no endDate key.
    ...(facts.endDate === undefined ? {} : { endDate: facts.endDate }),
    features: { jointCommissionNumber: jointCommissionForDimona(facts.jointCommittee), workerType: facts.workerType },
  };
  return { ...parties(facts.employer, facts.worker), dimonaIn };
}

export function buildDimonaOut(facts: { employer: DimonaEmployer; worker: DimonaWorkerIdentity; periodId: string; endDate: CalendarDate }): DimonaOutRequest {
  return { ...parties(facts.employer, facts.worker), dimonaOut: { periodId: facts.periodId, endDate: facts.endDate } };
}

export function buildDimonaCancel(facts: { employer: DimonaEmployer; worker: DimonaWorkerIdentity; periodId: string }): DimonaCancelRequest {
  return { ...parties(facts.employer, facts.worker), dimonaCancel: { periodId: facts.periodId } };
}

/**
 * Dimona only knows the committees of its enumeration; for every other one (PC 200, 330, …)
 * the declaration carries 'XXX', as Odoo's client does. An unknown committee is therefore
 * not an error here: the contract's committee still governs pay, only the declaration field differs.
 */
export function jointCommissionForDimona(jointCommittee: string): string {
  const trimmed = jointCommittee.trim();
  return (DIMONA_JOINT_COMMISSIONS as readonly string[]).includes(trimmed) ? trimmed : JOINT_COMMISSION_NOT_RELEVANT;
}

function parties(employer: DimonaEmployer, worker: DimonaWorkerIdentity): DimonaParties {
  return {
    employer: { employerId: employer.employerId.trim(), companyId: normaliseEnterpriseNumber(employer.companyId) },
    // ONSS wants the 11 digits, not the printed YY.MM.DD-SSS.CC form.
    worker: 'ssin' in worker ? { ssin: normaliseNiss(worker.ssin) } : worker,
  };
}

// ---------------------------------------------------------------------------------------------
// Validation: the checks ONSS would make, so a declaration is fixed before it is filed.

export type AnomalySeverity = 'blocking' | 'warning';

export type DimonaAnomalyCode =
  | 'employer-id-invalid'
  | 'company-id-invalid'
  | 'ssin-invalid'
  | 'identification-incomplete'
  | 'birth-date-invalid'
  | 'date-invalid'
  | 'end-before-start'
  | 'joint-commission-not-declarable'
  | 'worker-type-unknown'
  | 'period-id-missing'
  | 'late-declaration';

/** What ONSS answers about a declaration: blocking anomalies refuse it, warnings do not. */
export interface Anomaly {
  readonly code: string;
  /** Path in the request body, e.g. 'worker.ssin' or 'dimonaIn.startDate'. */
  readonly field: string;
  readonly severity: AnomalySeverity;
  readonly message: string;
}

const IDENTIFICATION_FIELDS = ['familyName', 'givenName', 'birthDate', 'placeOfBirth', 'countryOfBirth', 'nationality', 'gender'] as const;

export interface DimonaValidationContext {
  /** The day the declaration is filed (Brussels); an input so that validation never reads a clock. */
  readonly submittedOn: CalendarDate;
}

/** Every anomaly at once, so the administrator can fix the declaration in one go. Never throws. */
export function validateDimona(request: DimonaRequest, { submittedOn }: DimonaValidationContext): Anomaly[] {
  const anomalies: Anomaly[] = [];
  const add = (code: DimonaAnomalyCode, field: string, message: string, severity: AnomalySeverity = 'blocking') =>
    anomalies.push({ code, field, severity, message });

  const employer = request.employer ?? ({} as Partial<DimonaEmployer>);
  if (!isFilled(employer.employerId) || !/^\d+$/.test(employer.employerId.trim())) {
    add('employer-id-invalid', 'employer.employerId', 'The ONSS registration number of the employer is missing or is not made of digits.');
  }
  const company = isFilled(employer.companyId) ? validateEnterpriseNumber(employer.companyId) : undefined;
  if (!company?.ok) {
    add('company-id-invalid', 'employer.companyId', company ? company.message : 'The enterprise number (KBO/BCE) of the employer is missing.');
  }

  validateWorker(request.worker, add);

  if ('dimonaIn' in request) {
    const { startDate, endDate, features } = request.dimonaIn;
    const startOk = checkDate(startDate, 'dimonaIn.startDate', add);
    const endOk = endDate === undefined || checkDate(endDate, 'dimonaIn.endDate', add);
    if (startOk && endDate !== undefined && endOk && compareDates(endDate, startDate) < 0) {
      add('end-before-start', 'dimonaIn.endDate', `The end date ${endDate} is before the start date ${startDate}.`);
    }
    const commission = features?.jointCommissionNumber;
    if (commission !== JOINT_COMMISSION_NOT_RELEVANT && !(DIMONA_JOINT_COMMISSIONS as readonly string[]).includes(commission)) {
      add(
        'joint-commission-not-declarable',
        'dimonaIn.features.jointCommissionNumber',
        `Joint committee ${JSON.stringify(commission)} is not declarable: use one of ${DIMONA_JOINT_COMMISSIONS.join(', ')} or ${JOINT_COMMISSION_NOT_RELEVANT}.`,
      );
    }
    if (!(DIMONA_WORKER_TYPES as readonly string[]).includes(features?.workerType)) {
      add('worker-type-unknown', 'dimonaIn.features.workerType', `Worker type ${JSON.stringify(features?.workerType)} is not a Dimona worker type.`);
    }
    // Dimona IN is due at the latest when work starts; filed later it is still accepted, but
    // the employer risks a sanction, so the administrator must see it.
    if (startOk && isCalendarDate(submittedOn) && compareDates(startDate, submittedOn) < 0) {
      add('late-declaration', 'dimonaIn.startDate', `The employment started on ${startDate}, before this declaration (${submittedOn}): it is late.`, 'warning');
    }
  } else if ('dimonaOut' in request) {
    checkPeriodId(request.dimonaOut.periodId, 'dimonaOut.periodId', add);
    checkDate(request.dimonaOut.endDate, 'dimonaOut.endDate', add);
  } else {
    checkPeriodId(request.dimonaCancel.periodId, 'dimonaCancel.periodId', add);
  }
  return anomalies;
}

export function hasBlockingAnomaly(anomalies: readonly Anomaly[]): boolean {
  return anomalies.some((a) => a.severity === 'blocking');
}

type AddAnomaly = (code: DimonaAnomalyCode, field: string, message: string, severity?: AnomalySeverity) => void;

function validateWorker(worker: DimonaWorker | undefined, add: AddAnomaly): void {
  // A given NISS/BIS number must be right: ONSS would attach the period to someone else's
  // career otherwise. Identification data are the route only for a worker without one.
  if (worker !== undefined && 'ssin' in worker && worker.ssin !== undefined) {
    const ssin = validateNiss(worker.ssin);
    if (!ssin.ok) add('ssin-invalid', 'worker.ssin', ssin.message);
    return;
  }
  const identity = (worker ?? {}) as Partial<Record<(typeof IDENTIFICATION_FIELDS)[number], unknown>>;
  for (const field of IDENTIFICATION_FIELDS) {
    if (!isFilled(identity[field])) {
      add('identification-incomplete', `worker.${field}`, `Without a national or BIS number, the worker's ${field} is required.`);
    }
  }
  if (isFilled(identity.birthDate) && !isCalendarDate(identity.birthDate)) {
    add('birth-date-invalid', 'worker.birthDate', `The birth date ${JSON.stringify(identity.birthDate)} is not a real date written YYYY-MM-DD.`);
  }
}

function checkDate(value: unknown, field: string, add: AddAnomaly): value is CalendarDate {
  if (isCalendarDate(value)) return true;
  add('date-invalid', field, `${JSON.stringify(value)} is not a real date written YYYY-MM-DD.`);
  return false;
}

function checkPeriodId(value: unknown, field: string, add: AddAnomaly): void {
  if (!isFilled(value)) add('period-id-missing', field, 'The ONSS period id of the declared employment is required.');
}

function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
