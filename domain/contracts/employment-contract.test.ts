import { describe, expect, it } from 'vitest';
import { validateCancel, validateEnd, validateNewContract, validateSignature, type ContractTerms, type WorkerReadiness } from './employment-contract';
import { nationalMinimumHourlyWage } from './minimum-wage';

const today = '2026-11-27';
const terms: ContractTerms = {
  sector: 'care',
  jobTitle: 'Aide-soignante',
  jointCommittee: '330',
  workerCategory: 'white-collar',
  hourlyWageCents: 1600,
  weeklyHours: 30,
  startDate: '2026-12-01',
  endDate: '2027-05-31',
};
const ready: WorkerReadiness = {
  onboardingStatus: 'ready',
  hasConsent: true,
  identifiableForDimona: true,
  workAuthorisation: { issuingAuthority: 'Brussels Region', validFrom: '2026-11-01', validUntil: '2027-10-31' },
};
const codes = (t: Partial<ContractTerms>, w: Partial<WorkerReadiness> = {}) =>
  validateNewContract({ ...terms, ...t }, { ...ready, ...w }, today).map((e) => `${e.field}:${e.code}`);

describe.shuffle('a new employment contract', () => {
  it('may be drafted when every rule holds', () => expect(codes({})).toEqual([]));

  it.each([
    [{ startDate: '2026-11-26' }, {}, 'startDate:start-in-past'],
    [{ endDate: '2026-11-30' }, {}, 'endDate:ends-before-start'],
    [{ endDate: '2027-12-02' }, {}, 'endDate:too-long'],
    [{ weeklyHours: 0 }, {}, 'weeklyHours:weekly-hours-out-of-range'],
    [{ weeklyHours: 38.5 }, {}, 'weeklyHours:weekly-hours-out-of-range'],
    [{ hourlyWageCents: 1282 }, {}, 'hourlyWageCents:below-minimum-wage'],
    [{ startDate: '2019-03-01', endDate: '2019-06-30' }, {}, 'startDate:before-known-minimum-wage'],
    [{ startDate: '0001-01-01', endDate: '0001-06-30' }, {}, 'startDate:before-known-minimum-wage'],
    [{ jointCommittee: '200' }, {}, 'jointCommittee:joint-committee-mismatch'],
    [{}, { hasConsent: false }, 'workerId:consent-missing'],
    [{}, { workAuthorisation: null }, 'workerId:work-authorisation-missing'],
    [{}, { workAuthorisation: { issuingAuthority: 'x', validFrom: '2025-01-01', validUntil: '2026-11-26' } }, 'workerId:permit-expired'],
    [{}, { workAuthorisation: { issuingAuthority: 'x', validFrom: '2026-11-01', validUntil: '2027-05-30' } }, 'endDate:permit-does-not-cover-period'],
    [{}, { workAuthorisation: { issuingAuthority: 'x', validFrom: '2026-12-02', validUntil: '2027-10-31' } }, 'endDate:permit-does-not-cover-period'],
    [{}, { onboardingStatus: 'awaiting-documents' }, 'workerId:onboarding-incomplete'],
    [{}, { identifiableForDimona: false }, 'workerId:identity-missing'],
  ])('refuses %o %o with %s', (t, w, expected) => expect(codes(t, w)).toContain(expected));

  it('accepts a start today, a wage exactly at the minimum, and a permit ending on the last day', () => {
    expect(
      codes({ startDate: today, hourlyWageCents: 1283 }, { workAuthorisation: { issuingAuthority: 'x', validFrom: today, validUntil: '2027-05-31' } }),
    ).toEqual([]);
  });

  it('uses the minimum in force on the start date, marked provisional where it is carried forward', () => {
    expect(nationalMinimumHourlyWage('2025-01-31').value).toBe(1233);
    expect(nationalMinimumHourlyWage('2025-02-01').value).toBe(1283);
    expect(nationalMinimumHourlyWage('2026-12-01').provisional).toBe(true);
  });
});

describe.shuffle('signing, ending and cancelling', () => {
  it('lets each party sign once, only while awaiting signatures', () => {
    expect(validateSignature({ status: 'awaiting-signatures', signedBy: [] }, 'worker')).toEqual([]);
    expect(validateSignature({ status: 'awaiting-signatures', signedBy: ['worker'] }, 'worker')[0]?.code).toBe('already-signed');
    expect(validateSignature({ status: 'expired-unsigned', signedBy: [] }, 'cooperative')[0]?.code).toBe('not-awaiting-signatures');
  });

  it('ends only a running, started contract on a day inside it', () => {
    expect(validateEnd('active', '2026-11-01', '2027-01-31', '2026-12-15', today)).toEqual([]);
    expect(validateEnd('awaiting-dimona', '2026-11-01', '2027-01-31', '2026-12-15', today)[0]?.code).toBe('not-running');
    expect(validateEnd('active', '2026-12-01', '2027-01-31', '2026-12-15', today)[0]?.code).toBe('not-started');
    expect(validateEnd('active', '2026-11-01', '2027-01-31', '2027-02-01', today)[0]?.code).toBe('outside-contract');
    expect(validateEnd('active', '2026-11-01', '2027-01-31', '2026-11-20', today)[0]?.code).toBe('in-the-past');
  });

  it('cancels before the start, or a contract that never got its Dimona', () => {
    expect(validateCancel('active', '2026-12-01', today)).toEqual([]);
    expect(validateCancel('active', '2026-11-01', today)[0]?.code).toBe('already-started');
    expect(validateCancel('blocked-awaiting-dimona', '2026-11-01', today)).toEqual([]);
    expect(validateCancel('ended', '2026-11-01', today)[0]?.code).toBe('not-cancellable');
  });
});
