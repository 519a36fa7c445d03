import { describe, expect, it } from 'vitest';
import { validateNiss } from '../identifiers/niss';
import { buildDmfa, compareWithPreviousQuarter, type DmfaBuildInput, type PayslipForDeclaration } from './dmfa';
import { generateQuarter, generatedInss, payslipRecord } from './dmfa.fixtures';
import { dmfaBatchFileName, dmfaOnssNumber, writeDmfaXml } from './dmfa-xml';
import { monthsOfQuarter } from './quarter';

const employer = { onssNumber: '199999934', enterpriseNumber: '0790123495' };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function quarterInput(count: number) {
  const q = generateQuarter(monthsOfQuarter('2026-Q1'), count);
  return { quarter: '2026-Q1', employer, ...q } satisfies DmfaBuildInput;
}

/** What the payslips say, per worker, straight from their stored columns. */
function payslipSums(payslips: readonly PayslipForDeclaration[], workerId: string) {
  const own = payslips.filter((p) => p.workerId === workerId);
  return {
    gross: sum(own.map((p) => p.grossCents)),
    personal: sum(own.map((p) => p.personalContributionCents)),
    workBonus: sum(own.map((p) => p.socialWorkBonusCents)),
    special: sum(own.map((p) => p.specialContributionCents)),
    structural: sum(own.map((p) => p.structuralReductionCents)),
    employer: sum(own.map((p) => p.employerContributionsCents)),
    annualHoliday: sum(own.flatMap((p) => p.lines.filter((l) => l.code === 'EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_ANNUAL').map((l) => l.amountCents))),
  };
}

describe.shuffle('the DmfA of a generated quarter of 200 workers', () => {
  const input = quarterInput(200);
  const { declaration, exceptions } = buildDmfa(input);

  it('has no exception and one natural person per worker, each with a valid INSS', () => {
    expect(exceptions).toEqual([]);
    expect(declaration.naturalPersons).toHaveLength(200);
    for (const p of declaration.naturalPersons) expect(validateNiss(p.inss!).ok).toBe(true);
  });

  it('declares, per worker, the payslips’ amounts to the cent', () => {
    for (const person of declaration.naturalPersons) {
      const expected = payslipSums(input.payslips, person.workerId);
      const records = person.workerRecords;
      const contributions = records.flatMap((r) => r.contributions);
      const remunerations = records.flatMap((r) => r.occupations.flatMap((o) => o.remunerations));
      const occupationDeductions = records.flatMap((r) => r.occupations.flatMap((o) => o.deductions));
      const workerDeductions = records.flatMap((r) => r.deductions);
      expect(sum(remunerations.map((r) => r.amountCents))).toBe(expected.gross);
      expect(sum(workerDeductions.filter((d) => d.code === '0001').map((d) => d.amountCents))).toBe(expected.workBonus);
      expect(sum(occupationDeductions.filter((d) => d.code === '3000').map((d) => d.amountCents))).toBe(expected.structural);
      expect(sum(contributions.filter((c) => c.code === '856').map((c) => c.amountCents))).toBe(expected.special);
      // The worker-code line carries the personal and the basic employer contribution; the other
      // codes the small employer contributions; the annual blue-collar part is billed separately.
      const declaredContributions = sum(contributions.filter((c) => c.code !== '856').map((c) => c.amountCents));
      expect(declaredContributions).toBe(expected.personal + expected.employer - expected.annualHoliday);
    }
  });

  it('owes the ONSS the contributions less the deductions, in total', () => {
    const all = input.payslips;
    const annual = sum(all.flatMap((p) => p.lines.filter((l) => l.code === 'EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_ANNUAL').map((l) => l.amountCents)));
    const expected =
      sum(
        all.map(
          (p) => p.personalContributionCents + p.employerContributionsCents + p.specialContributionCents - p.socialWorkBonusCents - p.structuralReductionCents,
        ),
      ) - annual;
    expect(declaration.netOwedCents).toBe(expected);
  });

  it('declares the part-timer part time, the blue-collar worker under code 015, the ended contract with its end date', () => {
    const person = (n: number) => declaration.naturalPersons.find((p) => p.userReference === `W-${String(n).padStart(5, '0')}`)!;
    const partTime = person(1).workerRecords[0]!.occupations[0]!;
    expect(partTime).toMatchObject({ contractType: 1, meanWorkingHours: 1900, refMeanWorkingHours: 3800, workingDaysSystem: 250 });
    const blue = person(2).workerRecords[0]!;
    expect(blue.workerCode).toBe('015');
    expect(blue.occupations[0]!.jointCommittee).toBe('124');
    expect(person(0).workerRecords[0]!.workerCode).toBe('495');
    expect(person(3).workerRecords[0]!.occupations[0]!.endDate).toBe('2026-02-14');
    expect(person(0).workerRecords[0]!.occupations[0]!.endDate).toBeNull();
  });

  it('counts the regularisation payslip with the month it regularises', () => {
    const regularised = declaration.totals.find((t) => t.workerCode === 'W-00004')!;
    expect(regularised.payslipCount).toBe(4);
    expect(regularised.remunerationCents).toBe(payslipSums(input.payslips, regularised.workerId).gross);
  });

  it('declares days × 100 and hours × 100 of service code 1', () => {
    const full = declaration.naturalPersons[0]!.workerRecords[0]!.occupations[0]!;
    const minutes = sum(
      input.payslips
        .filter((p) => p.workerId === declaration.naturalPersons[0]!.workerId)
        .map((p) => (p.minutesByKind.regular ?? 0) + (p.minutesByKind.overtime ?? 0)),
    );
    expect(full.services).toEqual([{ code: '001', days: 6300, hoursHundredths: Math.round((minutes * 100) / 60) }]);
  });

  it('is deterministic: the same payslips in another order give the same XML', () => {
    const shuffled = { ...input, payslips: [...input.payslips].reverse(), workers: [...input.workers].reverse() };
    const options = { createdOn: '2026-04-02', createdAt: '10:00:00.000', reference: 'TC-2026Q1-V1' };
    expect(writeDmfaXml(buildDmfa(shuffled).declaration, options)).toBe(writeDmfaXml(declaration, options));
  });
});

describe.shuffle('exceptions that stop a DmfA from leaving', () => {
  it('a worker without a national or BIS number', () => {
    const input = quarterInput(3);
    input.workers[1] = { ...input.workers[1]!, inss: null };
    const { exceptions } = buildDmfa(input);
    expect(exceptions).toEqual([expect.objectContaining({ code: 'inss-missing', workerId: input.workers[1]!.workerId, blocking: true })]);
    expect(exceptions[0]!.message).not.toMatch(/\d{11}/);
  });

  it('a quarter without payslips', () => {
    const input = quarterInput(2);
    expect(buildDmfa({ ...input, quarter: '2026-Q2' }).exceptions.map((e) => e.code)).toEqual(['no-payslips']);
  });

  it('a payslip line the DmfA has no code for', () => {
    const input = quarterInput(1);
    input.payslips[0] = { ...input.payslips[0]!, lines: [...input.payslips[0]!.lines, { code: 'DOUBLE_HOLIDAY_PAY', side: 'worker', amountCents: 100 }] };
    expect(buildDmfa(input).exceptions.map((e) => e.code)).toContain('line-not-declarable');
  });

  it('a regularisation that takes back more than the quarter paid', () => {
    const input = quarterInput(1);
    const back = payslipRecord({
      id: 'neg',
      workerId: input.workers[0]!.workerId,
      contractId: input.contracts[0]!.contractId,
      period: '2026-01',
      category: 'white-collar',
      weeklyHours: 38,
      hourlyWageCents: 1600,
      regularMinutes: 60,
      daysWorked: 0,
      kind: 'regularisation',
    });
    const negative = { ...back, lines: back.lines.map((l) => (l.code === 'REGULAR_HOURS' ? { ...l, amountCents: -10_000_000 } : l)) };
    expect(buildDmfa({ ...input, payslips: [...input.payslips, negative] }).exceptions.map((e) => e.code)).toContain('amount-out-of-range');
  });
});

describe.shuffle('the change against the previous quarter', () => {
  it('names joiners, leavers and the change of pay', () => {
    const q1 = buildDmfa(quarterInput(3)).declaration.totals;
    const q2 = q1.slice(1).map((t) => ({ ...t, remunerationCents: t.remunerationCents + 1000 }));
    const changes = compareWithPreviousQuarter(q2, q1);
    expect(changes.map((c) => [c.workerCode, c.previous !== null, c.current !== null, c.remunerationChangeCents])).toEqual([
      ['W-00000', true, false, -q1[0]!.remunerationCents],
      ['W-00001', true, true, 1000],
      ['W-00002', true, true, 1000],
    ]);
  });
});

describe.shuffle('numbers and names of the file', () => {
  it.each([
    ['199999934', '199999934'],
    ['0199999934', '199999934'],
    ['1234567890', null],
    ['299999999', null],
  ])('ONSS number %s → %s', (input, expected) => expect(dmfaOnssNumber(input)).toBe(expected));

  it('names the batch file as the channel expects', () => {
    expect(dmfaBatchFileName('199999934', '2026-04-02', 3, 'T')).toBe('FI.DMFA.199999934.20260402.00003.T.1.1');
    expect(() => dmfaBatchFileName('19x', '2026-04-02', 3, 'T')).toThrow(RangeError);
  });

  it('generates valid national numbers', () => {
    for (let n = 0; n < 300; n++) expect(validateNiss(generatedInss(n)).ok).toBe(true);
  });
});
