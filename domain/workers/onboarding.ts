import { addDays, compareDates, isCalendarDate, type CalendarDate } from '../time/dates';

/**
 * Worker onboarding: intake → consent → work authorisation → documents checked → what payroll
 * needs (a way to be paid, an address, a confirmed tax situation) → ready.
 * A worker whose permit has expired is not placeable until it is renewed.
 * Pure rules: the workflow keeps the state, these functions say what may happen to it.
 */
export const ONBOARDING_STATUSES = [
  'awaiting-consent',
  'awaiting-work-authorisation',
  'awaiting-documents',
  'awaiting-payroll-details',
  'ready',
  'permit-expired',
] as const;
export type OnboardingStatus = (typeof ONBOARDING_STATUSES)[number];

/** The GDPR consent texts the cooperative has used; a consent names the one the worker read. */
export const CONSENT_TEXT_VERSIONS = ['2026-01'] as const;

/** What an admin must have seen and checked before a first contract. */
export const DOCUMENT_CHECKLIST = ['identity-document', 'work-permit', 'bank-details', 'diplomas-or-skills'] as const;
export type ChecklistItem = (typeof DOCUMENT_CHECKLIST)[number];

/** Days before expiry at which an admin is alerted. */
export const PERMIT_ALERT_DAYS_BEFORE = 30;

export interface Consent {
  textVersion: string;
  givenAt: string; // ISO instant
}

/** The work authorisation under the Brussels derogation. Its number never enters this state. */
export interface WorkAuthorisation {
  issuingAuthority: string;
  validFrom: CalendarDate;
  validUntil: CalendarDate;
}

/**
 * What payroll needs before a worker is ready, as facts only (never the values: workflow state
 * holds no personal data): a way to be paid (an IBAN, or a recorded alternative such as a
 * circular cheque for a worker without a bank account), a postal address (the payslip and the
 * tax form are addressed), and a confirmed tax situation (the withholding tax depends on it).
 */
export interface PayrollFacts {
  paymentRoute: boolean;
  address: boolean;
  taxSituation: boolean;
}
export const PAYROLL_REQUIREMENTS = ['payment-route', 'address', 'tax-situation'] as const;
export type PayrollRequirement = (typeof PAYROLL_REQUIREMENTS)[number];
/** Ways to pay a worker without an IBAN that the cooperative has agreed to. */
export const ALTERNATIVE_PAYMENTS = ['circular-cheque', 'prepaid-card'] as const;
export type AlternativePayment = (typeof ALTERNATIVE_PAYMENTS)[number];

/** What payroll still needs, in checklist order. */
export function missingForPayroll(facts: PayrollFacts): PayrollRequirement[] {
  const missing: PayrollRequirement[] = [];
  if (!facts.paymentRoute) missing.push('payment-route');
  if (!facts.address) missing.push('address');
  if (!facts.taxSituation) missing.push('tax-situation');
  return missing;
}

export interface OnboardingState {
  workerId: string;
  status: OnboardingStatus;
  consent: Consent | null;
  workAuthorisation: WorkAuthorisation | null;
  /** Bumped at each new or renewed authorisation, so timers know theirs is stale. */
  authorisationVersion: number;
  documentsChecked: ChecklistItem[];
  permitAlertSentFor: CalendarDate | null;
  /**
   * What payroll needs, as facts. Absent in the state of a process started before the rule (its
   * worker counts as ready once the documents are checked, as before) until the facts are first
   * recorded.
   */
  payroll?: PayrollFacts;
}

export type { RuleViolation } from '../rule-violation';
import type { RuleViolation } from '../rule-violation';

export function initialOnboardingState(workerId: string, payroll?: PayrollFacts): OnboardingState {
  return {
    workerId,
    ...(payroll ? { payroll } : {}),
    status: 'awaiting-consent',
    consent: null,
    workAuthorisation: null,
    authorisationVersion: 0,
    documentsChecked: [],
    permitAlertSentFor: null,
  };
}

/** The status that follows from the facts recorded so far, on a given day. */
export function statusOn(state: OnboardingState, today: CalendarDate): OnboardingStatus {
  if (!state.consent) return 'awaiting-consent';
  if (!state.workAuthorisation) return 'awaiting-work-authorisation';
  if (compareDates(today, state.workAuthorisation.validUntil) > 0) return 'permit-expired';
  const missing = DOCUMENT_CHECKLIST.filter((item) => !state.documentsChecked.includes(item));
  if (missing.length) return 'awaiting-documents';
  return state.payroll && missingForPayroll(state.payroll).length ? 'awaiting-payroll-details' : 'ready';
}

export function validateConsent(state: OnboardingState, consent: { textVersion: string }): RuleViolation[] {
  if (!(CONSENT_TEXT_VERSIONS as readonly string[]).includes(consent.textVersion)) {
    return [{ field: 'textVersion', code: 'unknown-consent-text', message: `the consent text version must be one of ${CONSENT_TEXT_VERSIONS.join(', ')}` }];
  }
  if (state.consent) return [{ field: 'textVersion', code: 'consent-already-given', message: 'consent has already been recorded' }];
  return [];
}

export function validateWorkAuthorisation(state: OnboardingState, a: WorkAuthorisation, today: CalendarDate): RuleViolation[] {
  const errors: RuleViolation[] = [];
  if (!state.consent) errors.push({ field: 'consent', code: 'consent-missing', message: 'the worker has not given consent yet' });
  if (!isCalendarDate(a.validFrom)) errors.push({ field: 'validFrom', code: 'invalid-date', message: 'must be a date YYYY-MM-DD' });
  if (!isCalendarDate(a.validUntil)) errors.push({ field: 'validUntil', code: 'invalid-date', message: 'must be a date YYYY-MM-DD' });
  if (errors.length) return errors;
  if (compareDates(a.validUntil, a.validFrom) < 0) {
    errors.push({ field: 'validUntil', code: 'ends-before-start', message: 'the permit cannot end before it starts' });
  } else if (compareDates(a.validUntil, today) < 0) {
    errors.push({ field: 'validUntil', code: 'permit-expired', message: 'this permit has already expired' });
  }
  const current = state.workAuthorisation;
  if (current && compareDates(a.validUntil, current.validUntil) < 0) {
    errors.push({ field: 'validUntil', code: 'renewal-shortens-permit', message: 'a renewal cannot end before the permit it renews' });
  }
  return errors;
}

export function validateDocumentsChecked(state: OnboardingState, items: readonly string[]): RuleViolation[] {
  if (!state.consent) return [{ field: 'consent', code: 'consent-missing', message: 'the worker has not given consent yet' }];
  const unknown = items.filter((i) => !(DOCUMENT_CHECKLIST as readonly string[]).includes(i));
  if (unknown.length) return [{ field: 'items', code: 'unknown-checklist-item', message: `unknown items: ${unknown.join(', ')}` }];
  if (items.length === 0) return [{ field: 'items', code: 'empty', message: 'name at least one checked item' }];
  return [];
}

export function withConsent(state: OnboardingState, consent: Consent, today: CalendarDate): OnboardingState {
  const next = { ...state, consent };
  return { ...next, status: statusOn(next, today) };
}

export function withWorkAuthorisation(state: OnboardingState, a: WorkAuthorisation, today: CalendarDate): OnboardingState {
  const next = { ...state, workAuthorisation: a, authorisationVersion: state.authorisationVersion + 1, permitAlertSentFor: null };
  return { ...next, status: statusOn(next, today) };
}

export function withDocumentsChecked(state: OnboardingState, items: readonly ChecklistItem[], today: CalendarDate): OnboardingState {
  const documentsChecked = DOCUMENT_CHECKLIST.filter((i) => state.documentsChecked.includes(i) || items.includes(i));
  const next = { ...state, documentsChecked };
  return { ...next, status: statusOn(next, today) };
}

export function withPayrollFacts(state: OnboardingState, payroll: PayrollFacts, today: CalendarDate): OnboardingState {
  const next = { ...state, payroll };
  return { ...next, status: statusOn(next, today) };
}

/** The day an admin is alerted about an expiring permit. */
export function permitAlertDay(a: WorkAuthorisation): CalendarDate {
  return addDays(a.validUntil, -PERMIT_ALERT_DAYS_BEFORE);
}

/** The first day the permit no longer covers. */
export function permitExpiryDay(a: WorkAuthorisation): CalendarDate {
  return addDays(a.validUntil, 1);
}

/** Whether the authorisation covers every day of a period (an open end is not covered by a dated permit). */
export function authorisationCovers(a: WorkAuthorisation | null, start: CalendarDate, end: CalendarDate | null): boolean {
  if (!a) return false;
  if (compareDates(start, a.validFrom) < 0) return false;
  return end !== null && compareDates(end, a.validUntil) <= 0;
}
