/**
 * Why a worker's pay needs a person's eye. An exception never blocks the other payslips: the run
 * lists it with a sentence the administrator can act on. Sentences name the worker's code, never
 * their name or an identifier.
 */
export type RunExceptionKind =
  | 'week-not-approved'
  | 'permit-expired'
  | 'no-iban'
  | 'no-tax-situation'
  | 'provisional-parameters'
  | 'net-changed'
  | 'regularisation';

export interface RunException {
  kind: RunExceptionKind;
  workerId: string;
  workerCode: string;
  message: string;
}

/** Over this change of net pay against the previous month, the run asks for a look. */
export const NET_CHANGE_THRESHOLD_PERCENT = 30;

const euros = (cents: number) => `${(cents / 100).toFixed(2)} €`;

export const exceptionMessages = {
  weekNotApproved: (code: string, isoWeek: string, status: string, employer: string) =>
    `Week ${isoWeek} of ${code} at ${employer} is ${status}, not approved: its hours are not paid in this run and will be paid in the run after their approval.`,
  permitExpired: (code: string, expiredOn: string) =>
    `The work permit of ${code} expired on ${expiredOn}, within the month: the hours after that day should not exist; check them before approving.`,
  noIban: (code: string) => `${code} has no bank account on file: the net is not in the SEPA file; pay it another way and keep the receipt.`,
  noTaxSituation: (code: string) =>
    `${code} has not declared a tax situation: the withholding tax uses the single-person rules, as the law does; record the situation to regularise.`,
  provisional: (code: string, count: number) =>
    `The payslip of ${code} uses ${count} provisional parameter${count === 1 ? '' : 's'} (carried forward until official figures are entered); it will be regularised then.`,
  netChanged: (code: string, previousNetCents: number, netCents: number, percent: number) =>
    `The net of ${code} changed by ${percent > 0 ? '+' : ''}${percent} % against last month (${euros(previousNetCents)} → ${euros(netCents)}): check the hours before approving.`,
  regularisation: (code: string, number: string, period: string, netDifferenceCents: number) =>
    `A regularisation of payslip ${number} (${period}) of ${code} is included: ${netDifferenceCents >= 0 ? '+' : ''}${euros(netDifferenceCents)} net.`,
};

/** The change in percent (rounded to a whole number), or null when there is nothing to compare. */
export function netChangePercent(previousNetCents: number | null, netCents: number): number | null {
  if (previousNetCents === null || previousNetCents <= 0) return null;
  return Math.round(((netCents - previousNetCents) * 100) / previousNetCents);
}

export function netChangedTooMuch(previousNetCents: number | null, netCents: number): number | null {
  const change = netChangePercent(previousNetCents, netCents);
  return change !== null && Math.abs(change) > NET_CHANGE_THRESHOLD_PERCENT ? change : null;
}
