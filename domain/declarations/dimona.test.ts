import { describe, expect, it } from 'vitest';
import {
  buildDimonaCancel,
  buildDimonaIn,
  buildDimonaOut,
  dimonaActionOf,
  hasBlockingAnomaly,
  jointCommissionForDimona,
  validateDimona,
  type DimonaInRequest,
  type DimonaRequest,
  type DimonaWorkerByIdentification,
} from './dimona';

// Test vectors from the facts (§10): python-stdnum's NISS, BIS and KBO examples.
const employer = { employerId: '1234567', companyId: '0403.019.261' };
const identification: DimonaWorkerByIdentification = {
  familyName: 'Diallo',
  givenName: 'Aminata',
  birthDate: '1994-03-12',
  placeOfBirth: 'Conakry',
  countryOfBirth: '237',
  nationality: '237',
  gender: 'F',
};
const submittedOn = '2026-11-20';

function dimonaIn(overrides: Partial<DimonaInRequest['dimonaIn']> = {}, worker: DimonaInRequest['worker'] = { ssin: '85073003328' }): DimonaInRequest {
  return {
    employer: { employerId: '1234567', companyId: '0403019261' },
    worker,
    dimonaIn: { startDate: '2026-12-01', endDate: '2027-05-31', features: { jointCommissionNumber: '322', workerType: 'OTH' }, ...overrides },
  };
}

const { familyName: _omitted, ...withoutFamilyName } = identification;

describe.shuffle('validateDimona', () => {
  const cases: Array<{ name: string; request: DimonaRequest; expected: Array<{ code: string; field: string; severity: string }> }> = [
    { name: 'a worker with a valid national number, on time', request: dimonaIn(), expected: [] },
    { name: 'a worker with a BIS number (month + 40)', request: dimonaIn({}, { ssin: '98472899765' }), expected: [] },
    { name: 'a worker identified by complete identification data', request: dimonaIn({}, identification), expected: [] },
    { name: 'an open-ended period (no end date)', request: dimonaIn({ endDate: undefined }), expected: [] },
    { name: 'the catch-all joint commission XXX', request: dimonaIn({ features: { jointCommissionNumber: 'XXX', workerType: 'OTH' } }), expected: [] },
    {
      name: 'a national number with wrong check digits',
      request: dimonaIn({}, { ssin: '85073003329' }),
      expected: [{ code: 'ssin-invalid', field: 'worker.ssin', severity: 'blocking' }],
    },
    {
      name: 'a national number that is not 11 digits',
      request: dimonaIn({}, { ssin: '12345' }),
      expected: [{ code: 'ssin-invalid', field: 'worker.ssin', severity: 'blocking' }],
    },
    {
      name: 'identification data without the family name',
      request: dimonaIn({}, withoutFamilyName as DimonaWorkerByIdentification),
      expected: [{ code: 'identification-incomplete', field: 'worker.familyName', severity: 'blocking' }],
    },
    {
      name: 'identification data with a blank place of birth and an impossible birth date',
      request: dimonaIn({}, { ...identification, placeOfBirth: '  ', birthDate: '1994-02-30' }),
      expected: [
        { code: 'identification-incomplete', field: 'worker.placeOfBirth', severity: 'blocking' },
        { code: 'birth-date-invalid', field: 'worker.birthDate', severity: 'blocking' },
      ],
    },
    {
      name: 'a joint commission outside the Dimona list',
      request: dimonaIn({ features: { jointCommissionNumber: '330', workerType: 'OTH' } }),
      expected: [{ code: 'joint-commission-not-declarable', field: 'dimonaIn.features.jointCommissionNumber', severity: 'blocking' }],
    },
    {
      name: 'an unknown worker type',
      request: dimonaIn({ features: { jointCommissionNumber: '302', workerType: 'XYZ' as 'OTH' } }),
      expected: [{ code: 'worker-type-unknown', field: 'dimonaIn.features.workerType', severity: 'blocking' }],
    },
    {
      name: 'an end before the start',
      request: dimonaIn({ startDate: '2026-12-01', endDate: '2026-11-30' }),
      expected: [{ code: 'end-before-start', field: 'dimonaIn.endDate', severity: 'blocking' }],
    },
    {
      name: 'a start date that is not a date',
      request: dimonaIn({ startDate: '2026-13-01' }),
      expected: [{ code: 'date-invalid', field: 'dimonaIn.startDate', severity: 'blocking' }],
    },
    {
      name: 'a start before the submission day: late, but not refused',
      request: dimonaIn({ startDate: '2026-11-19' }),
      expected: [{ code: 'late-declaration', field: 'dimonaIn.startDate', severity: 'warning' }],
    },
    {
      name: 'an invalid enterprise number and a missing ONSS number',
      request: { ...dimonaIn(), employer: { employerId: '', companyId: 'BE0123456789' } },
      expected: [
        { code: 'employer-id-invalid', field: 'employer.employerId', severity: 'blocking' },
        { code: 'company-id-invalid', field: 'employer.companyId', severity: 'blocking' },
      ],
    },
    {
      name: 'an OUT with its period id',
      request: { employer, worker: { ssin: '85073003328' }, dimonaOut: { periodId: 'P-1', endDate: '2027-05-31' } },
      expected: [],
    },
    {
      name: 'an OUT without period id',
      request: { employer, worker: { ssin: '85073003328' }, dimonaOut: { periodId: '', endDate: '2027-05-31' } },
      expected: [{ code: 'period-id-missing', field: 'dimonaOut.periodId', severity: 'blocking' }],
    },
    {
      name: 'a CANCEL without period id',
      request: { employer, worker: { ssin: '85073003328' }, dimonaCancel: { periodId: ' ' } },
      expected: [{ code: 'period-id-missing', field: 'dimonaCancel.periodId', severity: 'blocking' }],
    },
  ];

  it.each(cases)('$name', ({ request, expected }) => {
    const anomalies = validateDimona(request, { submittedOn });
    expect(anomalies.map(({ code, field, severity }) => ({ code, field, severity }))).toEqual(expected);
    for (const anomaly of anomalies) expect(anomaly.message.length).toBeGreaterThan(10);
  });

  it('a start on the submission day itself is on time', () => {
    expect(validateDimona(dimonaIn({ startDate: submittedOn }), { submittedOn })).toEqual([]);
  });

  it('only blocking anomalies refuse a declaration', () => {
    expect(hasBlockingAnomaly(validateDimona(dimonaIn({ startDate: '2026-11-01' }), { submittedOn }))).toBe(false);
    expect(hasBlockingAnomaly(validateDimona(dimonaIn({}, { ssin: '85073003329' }), { submittedOn }))).toBe(true);
  });
});

describe.shuffle('Dimona builders', () => {
  it('an IN carries digits only and drops an absent end date', () => {
    const request = buildDimonaIn({
      employer: { employerId: ' 1234567 ', companyId: 'BE 0403.019.261' },
      worker: { ssin: '85.07.30-033.28' },
      startDate: '2026-12-01',
      jointCommittee: '322',
      workerType: 'OTH',
    });
    expect(request).toEqual({
      employer: { employerId: '1234567', companyId: '0403019261' },
      worker: { ssin: '85073003328' },
      dimonaIn: { startDate: '2026-12-01', features: { jointCommissionNumber: '322', workerType: 'OTH' } },
    });
    expect('endDate' in request.dimonaIn).toBe(false);
    expect(dimonaActionOf(request)).toBe('IN');
    expect(validateDimona(request, { submittedOn })).toEqual([]);
  });

  it('an IN for a worker without INSZ carries the identification data', () => {
    const request = buildDimonaIn({
      employer,
      worker: identification,
      startDate: '2026-12-01',
      endDate: '2027-05-31',
      jointCommittee: '302',
      workerType: 'OTH',
    });
    expect(request.worker).toEqual(identification);
    expect(request.dimonaIn.endDate).toBe('2027-05-31');
  });

  it.each([
    ['322', '322'],
    [' 124 ', '124'],
    ['330', 'XXX'],
    ['200', 'XXX'],
    ['302.00', 'XXX'],
  ])('joint committee %j is declared as %j', (committee, declared) => {
    expect(jointCommissionForDimona(committee)).toBe(declared);
  });

  it('OUT and CANCEL name the period they act on', () => {
    const out = buildDimonaOut({ employer, worker: { ssin: '98.47.28-997.65' }, periodId: 'P-42', endDate: '2027-03-15' });
    expect(out.dimonaOut).toEqual({ periodId: 'P-42', endDate: '2027-03-15' });
    expect(out.worker).toEqual({ ssin: '98472899765' });
    expect(dimonaActionOf(out)).toBe('OUT');
    const cancel = buildDimonaCancel({ employer, worker: { ssin: '85073003328' }, periodId: 'P-42' });
    expect(cancel.dimonaCancel).toEqual({ periodId: 'P-42' });
    expect(dimonaActionOf(cancel)).toBe('CANCEL');
  });
});
