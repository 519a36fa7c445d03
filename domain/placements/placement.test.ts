import { describe, expect, it } from 'vitest';
import {
  billRateCents,
  contractEndsWithPlacement,
  coveringContract,
  placementGates,
  validateBilling,
  validatePlacementPeriod,
  validatePlacementTerms,
  type GateFacts,
} from './placement';
import { validateJobRequest, type JobRequestTerms } from './job-request';
import { rankCandidates, type CandidateFacts } from './matching';

const permit = { issuingAuthority: 'Brussels Region', validFrom: '2026-11-01', validUntil: '2027-10-31' };
const contract = {
  status: 'active',
  startDate: '2026-12-01',
  endDate: '2027-03-31',
  signedByWorker: true,
  signedByCooperative: true,
  dimonaAcknowledged: true,
};
const facts = (f: Partial<GateFacts> = {}): GateFacts => ({ workAuthorisation: permit, permitExpired: false, contract, ...f });
const gateCodes = (f: Partial<GateFacts>, start = '2026-12-07', end = '2027-01-31') => placementGates(start, end, facts(f)).map((g) => g.code);

describe.shuffle('placement gates: no shift without a legal basis', () => {
  it('open when the permit, the signed contract and the acknowledged Dimona cover the placement', () => expect(gateCodes({})).toEqual([]));
  it.each([
    [{ workAuthorisation: null }, 'permit-not-valid'],
    [{ permitExpired: true }, 'permit-not-valid'],
    [{ workAuthorisation: { ...permit, validUntil: '2027-01-30' } }, 'permit-not-valid'],
    [{ contract: null }, 'contract-not-signed'],
    [{ contract: { ...contract, signedByCooperative: false } }, 'contract-not-signed'],
    [{ contract: { ...contract, endDate: '2027-01-30' } }, 'contract-not-signed'],
    [{ contract: { ...contract, dimonaAcknowledged: false, status: 'awaiting-dimona' } }, 'dimona-not-acknowledged'],
    [{ contract: { ...contract, status: 'suspended' } }, 'dimona-not-acknowledged'],
  ])('closed by %o (%s)', (f, code) => expect(gateCodes(f)).toContain(code));
});

describe.shuffle('billing', () => {
  it('applies a coefficient on the pay rate, rounded half-up to the cent', () => {
    expect(billRateCents(1650, { mode: 'coefficient', coefficient: 1.85 })).toBe(3053); // 3052.5
    expect(billRateCents(1650, { mode: 'fixed', hourlyRateCents: 3200 })).toBe(3200);
  });
  it('refuses a bill rate under the pay rate or an absurd coefficient', () => {
    expect(validateBilling(1650, { mode: 'fixed', hourlyRateCents: 1600 })[0]?.code).toBe('bill-rate-below-pay');
    expect(validateBilling(1650, { mode: 'coefficient', coefficient: 0.9 })[0]?.code).toBe('coefficient-out-of-range');
  });
  it('pays at least the wage of the job request (equal pay)', () => {
    const terms = {
      startDate: '2026-12-01',
      endDate: '2027-01-31',
      billing: { mode: 'coefficient' as const, coefficient: 1.8 },
      today: '2026-11-27',
      request: { startDate: '2026-12-01', endDate: '2027-01-31', offeredHourlyWageCents: 1650 },
    };
    expect(validatePlacementTerms({ ...terms, payRateCents: 1650 })).toEqual([]);
    expect(validatePlacementTerms({ ...terms, payRateCents: 1649 }).map((v) => v.code)).toEqual(['below-equal-pay']);
  });
  it('keeps a placement inside its job request', () => {
    expect(validatePlacementPeriod('2026-12-01', '2027-02-01', { startDate: '2026-12-01', endDate: '2027-01-31' }, '2026-11-27')[0]?.code).toBe(
      'outside-job-request',
    );
  });
});

describe.shuffle('job requests', () => {
  const base: JobRequestTerms = {
    occupation: 'aide-soignant',
    sector: 'care',
    headcount: 2,
    hoursPerWeek: 30,
    startDate: '2026-12-01',
    endDate: '2027-05-31',
    requiredSkills: [],
    requiredLanguages: [],
    offeredHourlyWageCents: 1650,
    comparableStaffHourlyWageCents: 1650,
  };
  it('accepts equal pay exactly', () => expect(validateJobRequest(base, '2026-11-27')).toEqual([]));
  it('refuses an offer under what the employer pays its own staff', () =>
    expect(validateJobRequest({ ...base, offeredHourlyWageCents: 1649 }, '2026-11-27').map((e) => e.code)).toEqual(['below-equal-pay']));
  it('refuses, without failing, a start before any known minimum wage', () =>
    expect(validateJobRequest({ ...base, startDate: '2020-01-06', endDate: '2020-02-28' }, '2026-11-27').map((e) => `${e.field}:${e.code}`)).toContain(
      'startDate:before-known-minimum-wage',
    ));
});

describe.shuffle('matching', () => {
  const worker = (w: Partial<CandidateFacts>): CandidateFacts => ({
    workerId: w.code ?? 'x',
    code: 'W-A',
    firstName: 'A',
    skills: [],
    languagesSpoken: [],
    sectorsWanted: [],
    onboardingStatus: 'ready',
    workAuthorisation: permit,
    activeContracts: [{ startDate: '2026-11-01', endDate: '2027-06-30' }],
    busyPeriods: [],
    ...w,
  });
  const request = {
    sector: 'care',
    startDate: '2026-12-01',
    endDate: '2027-03-31',
    requiredSkills: ['elderly care', 'first aid'],
    requiredLanguages: ['fr', 'nl'],
  };

  it('ranks by skills, languages and sector wish, with the reasons', () => {
    const ranked = rankCandidates(request, [
      worker({ code: 'W-LOW', languagesSpoken: ['fr'] }),
      worker({ code: 'W-TOP', skills: ['Elderly care', 'first aid'], languagesSpoken: ['fr', 'nl'], sectorsWanted: ['care'] }),
      worker({ code: 'W-MID', skills: ['first aid'], sectorsWanted: ['care'] }),
    ]);
    expect(ranked.map((r) => [r.code, r.score])).toEqual([
      ['W-TOP', 13],
      ['W-MID', 6],
      ['W-LOW', 2],
    ]);
    expect(ranked[0]!.reasons).toContain('skills: elderly care, first aid');
    expect(ranked[2]!.reasons).toContain('does not speak nl');
  });

  it('lists workers without a valid permit or an active contract as not placeable, with why, after the others', () => {
    const ranked = rankCandidates(request, [
      worker({ code: 'W-NOPERMIT', skills: ['elderly care', 'first aid'], workAuthorisation: null }),
      worker({ code: 'W-NOCONTRACT', activeContracts: [] }),
      worker({ code: 'W-OK' }),
    ]);
    expect(ranked.map((r) => [r.code, r.placeable])).toEqual([
      ['W-OK', true],
      ['W-NOPERMIT', false],
      ['W-NOCONTRACT', false],
    ]);
    expect(ranked[1]!.reasons[0]).toMatch(/no work permit/);
    expect(ranked[2]!.reasons[0]).toMatch(/no active employment contract/);
  });

  it('lowers a worker already placed during the period', () => {
    const [busy] = rankCandidates(request, [
      worker({ code: 'W-BUSY', skills: ['first aid', 'elderly care'], busyPeriods: [{ startDate: '2027-01-01', endDate: '2027-02-01' }] }),
    ]);
    expect(busy!.score).toBe(1);
    expect(busy!.reasons).toContain('already placed during part of the period');
  });
});

describe.shuffle('the contract of a placement', () => {
  const contracts = [
    { id: 'short', startDate: '2026-12-01', endDate: '2026-12-31' },
    { id: 'long', startDate: '2026-11-01', endDate: '2027-06-30' },
  ];
  it('is the linked one, else the first that covers the whole placement', () => {
    expect(coveringContract(contracts, { contractId: 'short', startDate: '2027-01-01', endDate: '2027-02-01' })?.id).toBe('short');
    expect(coveringContract(contracts, { contractId: null, startDate: '2026-12-05', endDate: '2027-01-15' })?.id).toBe('long');
    expect(coveringContract(contracts, { contractId: null, startDate: '2026-10-01', endDate: '2026-12-15' })).toBeNull();
  });
  it('ends with an early-ended placement only when nothing else needs it', () => {
    const base = { otherOpenPlacements: 0, contractStatus: 'active', contractEnd: '2027-06-30', placementLastDay: '2027-01-15' };
    expect(contractEndsWithPlacement(base)).toBe(true);
    expect(contractEndsWithPlacement({ ...base, otherOpenPlacements: 1 })).toBe(false);
    expect(contractEndsWithPlacement({ ...base, contractStatus: 'suspended' })).toBe(false);
    expect(contractEndsWithPlacement({ ...base, placementLastDay: '2027-06-30' })).toBe(false);
  });
});
