import { describe, expect, it } from 'vitest';
import {
  initialOnboardingState,
  missingForPayroll,
  statusOn,
  withConsent,
  withDocumentsChecked,
  withPayrollFacts,
  withWorkAuthorisation,
  DOCUMENT_CHECKLIST,
  type OnboardingState,
  type PayrollFacts,
} from './onboarding';

const today = '2026-12-04';
const all: PayrollFacts = { paymentRoute: true, address: true, taxSituation: true };

/** A worker with consent, a permit for a year and every document checked. */
function checked(payroll?: PayrollFacts): OnboardingState {
  let s = initialOnboardingState('w-1', payroll);
  s = withConsent(s, { textVersion: '2026-01', givenAt: '2026-12-01T09:00:00Z' }, today);
  s = withWorkAuthorisation(s, { issuingAuthority: 'Brussels Region', validFrom: '2026-12-01', validUntil: '2027-11-30' }, today);
  return withDocumentsChecked(s, DOCUMENT_CHECKLIST, today);
}

describe.shuffle('what payroll needs before a worker is ready (issue 14.8)', () => {
  it.each([
    [{ paymentRoute: false, address: false, taxSituation: false }, ['payment-route', 'address', 'tax-situation']],
    [{ paymentRoute: true, address: false, taxSituation: false }, ['address', 'tax-situation']],
    [{ paymentRoute: false, address: true, taxSituation: true }, ['payment-route']],
    [{ paymentRoute: true, address: true, taxSituation: false }, ['tax-situation']],
    [all, []],
  ] as const)('%o still needs %o', (facts, missing) => {
    expect(missingForPayroll(facts)).toEqual(missing);
  });

  it.each([
    [{ paymentRoute: true, address: true, taxSituation: false }, 'awaiting-payroll-details'],
    [{ paymentRoute: false, address: true, taxSituation: true }, 'awaiting-payroll-details'],
    [all, 'ready'],
  ] as const)('with every document checked and %o, the worker is %s', (facts, status) => {
    expect(checked(facts).status).toBe(status);
  });

  it('becomes ready when the last fact is recorded, and not before the documents', () => {
    const waiting = checked({ paymentRoute: true, address: true, taxSituation: false });
    expect(withPayrollFacts(waiting, all, today).status).toBe('ready');
    const early = withPayrollFacts(initialOnboardingState('w-2'), all, today);
    expect(early.status).toBe('awaiting-consent');
  });

  it('keeps a process started before the rule (no facts in its state) ready once the documents are checked', () => {
    expect(checked(undefined).status).toBe('ready');
  });

  it('says the permit expired before anything payroll needs', () => {
    const s = checked({ paymentRoute: false, address: false, taxSituation: false });
    expect(statusOn(s, '2027-12-01')).toBe('permit-expired');
  });
});
