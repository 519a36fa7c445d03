import type { RuleViolation } from '../rule-violation';
import { authorisationCovers, type WorkAuthorisation } from '../workers/onboarding';
import { compareDates, type CalendarDate } from '../time/dates';
import { roundHalfUp, type Cents } from '../money';

/**
 * A placement of one worker with an employer for a job request:
 *   proposed → (employer accepts) accepted → (gates hold on the start day) active → ended
 *   proposed → refused; accepted → blocked while a gate fails (re-checked daily)
 * A placement never starts without the three legal gates.
 */
export const PLACEMENT_STATUSES = ['proposed', 'refused', 'accepted', 'blocked', 'active', 'ended', 'cancelled'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** How the employer is billed per hour: a coefficient on the pay rate, or a fixed rate. */
export type BillingTerms = { mode: 'coefficient'; coefficient: number } | { mode: 'fixed'; hourlyRateCents: number };

/** The bill rate per hour. The coefficient is rounded half-up to the cent, as an invoice line would be. */
export function billRateCents(payRateCents: Cents, billing: BillingTerms): Cents {
  return billing.mode === 'fixed' ? billing.hourlyRateCents : roundHalfUp(payRateCents * billing.coefficient);
}

export function validateBilling(payRateCents: Cents, billing: BillingTerms): RuleViolation[] {
  const rate = billRateCents(payRateCents, billing);
  if (billing.mode === 'coefficient' && !(billing.coefficient >= 1 && billing.coefficient <= 4)) {
    return [{ field: 'billing.coefficient', code: 'coefficient-out-of-range', message: 'the coefficient must lie between 1 and 4' }];
  }
  if (rate < payRateCents) return [{ field: 'billing.hourlyRateCents', code: 'bill-rate-below-pay', message: 'the bill rate cannot be under the pay rate' }];
  return [];
}

/** What the gates look at: the worker's permit and the contract that covers the placement. */
export interface GateFacts {
  workAuthorisation: WorkAuthorisation | null;
  permitExpired: boolean;
  contract: {
    status: string;
    startDate: CalendarDate;
    endDate: CalendarDate;
    signedByWorker: boolean;
    signedByCooperative: boolean;
    dimonaAcknowledged: boolean;
  } | null;
}

export type GateCode = 'permit-not-valid' | 'contract-not-signed' | 'dimona-not-acknowledged';

/** The legal gates of a placement period. Empty: it may start. */
export function placementGates(start: CalendarDate, end: CalendarDate, facts: GateFacts): RuleViolation[] {
  const failed: RuleViolation[] = [];
  if (facts.permitExpired || !authorisationCovers(facts.workAuthorisation, start, end)) {
    failed.push({ field: 'workerId', code: 'permit-not-valid', message: 'the work permit does not cover the whole placement' });
  }
  const c = facts.contract;
  const contractCovers = c !== null && compareDates(c.startDate, start) <= 0 && compareDates(end, c.endDate) <= 0;
  if (!c || !contractCovers || !c.signedByWorker || !c.signedByCooperative) {
    failed.push({ field: 'contractId', code: 'contract-not-signed', message: 'no employment contract signed by both sides covers the placement' });
  }
  if (!c?.dimonaAcknowledged || c.status !== 'active') {
    failed.push({ field: 'contractId', code: 'dimona-not-acknowledged', message: 'ONSS has not acknowledged the Dimona of the contract' });
  }
  return failed;
}

export function validatePlacementPeriod(
  start: CalendarDate,
  end: CalendarDate,
  request: { startDate: CalendarDate; endDate: CalendarDate },
  today: CalendarDate,
): RuleViolation[] {
  const errors: RuleViolation[] = [];
  if (compareDates(start, today) < 0) errors.push({ field: 'startDate', code: 'start-in-past', message: `cannot start before today (${today})` });
  if (compareDates(end, start) < 0) errors.push({ field: 'endDate', code: 'ends-before-start', message: 'cannot end before it starts' });
  if (compareDates(start, request.startDate) < 0 || compareDates(end, request.endDate) > 0) {
    errors.push({ field: 'endDate', code: 'outside-job-request', message: `must fall within the job request (${request.startDate} to ${request.endDate})` });
  }
  return errors;
}

/** Every rule a proposed placement must meet: its period, equal pay with the job request, its billing. */
export function validatePlacementTerms(t: {
  startDate: CalendarDate;
  endDate: CalendarDate;
  payRateCents: Cents;
  billing: BillingTerms;
  request: { startDate: CalendarDate; endDate: CalendarDate; offeredHourlyWageCents: Cents };
  today: CalendarDate;
}): RuleViolation[] {
  return [
    ...validatePlacementPeriod(t.startDate, t.endDate, t.request, t.today),
    ...validateBilling(t.payRateCents, t.billing),
    ...(t.payRateCents < t.request.offeredHourlyWageCents
      ? [{ field: 'payRateCents', code: 'below-equal-pay', message: 'the pay rate cannot be under the wage of the job request (equal pay)' }]
      : []),
  ];
}

/**
 * The contract a placement runs under: the one it is linked to, else the first of the worker's
 * contracts whose period covers the whole placement. Null when none does.
 */
export function coveringContract<C extends { id: string; startDate: CalendarDate; endDate: CalendarDate }>(
  contracts: readonly C[],
  placement: { contractId: string | null; startDate: CalendarDate; endDate: CalendarDate },
): C | null {
  return (
    contracts.find((c) => c.id === placement.contractId) ??
    contracts.find((c) => compareDates(c.startDate, placement.startDate) <= 0 && compareDates(placement.endDate, c.endDate) <= 0) ??
    null
  );
}

/**
 * After a placement ends early, its contract ends with it (and files its Dimona OUT) unless
 * another placement still runs under it, it is not running, or it ends by then anyway.
 */
export function contractEndsWithPlacement(f: {
  otherOpenPlacements: number;
  contractStatus: string;
  contractEnd: CalendarDate;
  placementLastDay: CalendarDate;
}): boolean {
  return f.otherOpenPlacements === 0 && f.contractStatus === 'active' && compareDates(f.placementLastDay, f.contractEnd) < 0;
}
