import { computePayslip } from '../payroll';
import type { CalendarMonth } from '../time/dates';
import type { PayslipForDeclaration } from './dmfa';
import type { WorkerCategory } from './dmfa-codes';

/**
 * Payslip records as the payroll run stores them, computed by the real payroll engine: the
 * declaration tests build their quarters from these (pure, no database).
 */
export interface PayslipFixture {
  id: string;
  workerId: string;
  contractId: string;
  period: CalendarMonth;
  category: WorkerCategory;
  weeklyHours: number;
  hourlyWageCents: number;
  regularMinutes: number;
  overtimeMinutes?: number;
  daysWorked: number;
  kind?: 'regular' | 'regularisation';
  correctsPayslipId?: string | null;
  jointCommittee?: string;
}

export function payslipRecord(f: PayslipFixture): PayslipForDeclaration {
  const hours = { regular: f.regularMinutes / 60, ...(f.overtimeMinutes ? { overtime: f.overtimeMinutes / 60 } : {}) };
  const worked = (f.regularMinutes + (f.overtimeMinutes ?? 0)) / 60;
  const slip = computePayslip({
    period: f.period,
    payKind: 'regular',
    workerCategory: f.category,
    hours,
    hourlyWageCents: f.hourlyWageCents,
    workedHours: worked > 0 ? worked : undefined,
    family: 'single',
    dependentChildren: 0,
  });
  const line = (code: string) => slip.lines.filter((l) => l.code === code).reduce((s, l) => s + l.amountCents, 0);
  const employerLines = slip.lines.filter((l) => l.side === 'employer' && l.code !== 'EMPLOYER_STRUCTURAL_REDUCTION');
  return {
    id: f.id,
    period: f.period,
    workerId: f.workerId,
    contractId: f.contractId,
    kind: f.kind ?? 'regular',
    correctsPayslipId: f.correctsPayslipId ?? null,
    workerCategory: f.category,
    jointCommittee: f.jointCommittee ?? '322',
    weeklyHours: f.weeklyHours,
    fullTimeWeeklyHours: 38,
    minutesByKind: { regular: f.regularMinutes, overtime: f.overtimeMinutes ?? 0, night: 0, sunday: 0, publicHoliday: 0 },
    daysWorked: f.daysWorked,
    grossCents: slip.totals.grossCents,
    personalContributionCents: slip.totals.personalSocialSecurityCents,
    socialWorkBonusCents: slip.totals.socialWorkBonusCents,
    withholdingTaxCents: slip.totals.withholdingTaxCents,
    specialContributionCents: slip.totals.specialSocialSecurityContributionCents,
    employerContributionsCents: employerLines.reduce((s, l) => s + l.amountCents, 0),
    structuralReductionCents: -line('EMPLOYER_STRUCTURAL_REDUCTION'),
    lines: slip.lines.map((l) => ({ code: l.code, side: l.side, amountCents: l.amountCents, inputs: l.inputs })),
  };
}

/** A valid national number (born in the 1980s) for the n-th generated worker. */
export function generatedInss(n: number): string {
  const birth = `8${n % 10}${String((n % 12) + 1).padStart(2, '0')}${String((n % 28) + 1).padStart(2, '0')}`;
  const serial = String(1 + (Math.floor(n / 10) % 997)).padStart(3, '0');
  const nine = `${birth}${serial}`;
  return `${nine}${String(97 - (Number(nine) % 97)).padStart(2, '0')}`;
}

export interface GeneratedQuarter {
  workers: { workerId: string; workerCode: string; inss: string | null }[];
  contracts: { contractId: string; startDate: string; endDate: string; endedOn: string | null; jointCommittee: string; weeklyHours: number }[];
  payslips: PayslipForDeclaration[];
}

/**
 * `count` workers paid over a quarter: mostly full-time white-collar; worker 1 part-time (19 h),
 * worker 2 blue-collar (PC 124), worker 3's contract ends in the quarter's second month, worker 4
 * gets a regularisation payslip for the first month.
 */
export function generateQuarter(months: readonly CalendarMonth[], count: number): GeneratedQuarter {
  const quarter: GeneratedQuarter = { workers: [], contracts: [], payslips: [] };
  for (let n = 0; n < count; n++) {
    const workerId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const contractId = `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
    const partTime = n === 1;
    const blue = n === 2;
    const endsEarly = n === 3;
    const weeklyHours = partTime ? 19 : 38;
    const lastMonth = endsEarly ? months[1]! : months[2]!;
    quarter.workers.push({ workerId, workerCode: `W-${String(n).padStart(5, '0')}`, inss: generatedInss(n) });
    quarter.contracts.push({
      contractId,
      startDate: '2024-01-08',
      endDate: endsEarly ? `${lastMonth}-14` : '2027-12-31',
      endedOn: null,
      jointCommittee: blue ? '124' : '322',
      weeklyHours,
    });
    for (const period of months) {
      if (period > lastMonth) continue;
      const days = endsEarly && period === lastMonth ? 10 : 21;
      const minutes = Math.round((days * weeklyHours * 60) / 5) + (n % 7) * 15;
      quarter.payslips.push(
        payslipRecord({
          id: `${workerId}:${period}`,
          workerId,
          contractId,
          period,
          category: blue ? 'blue-collar' : 'white-collar',
          weeklyHours,
          hourlyWageCents: 1500 + (n % 40) * 25,
          regularMinutes: minutes,
          overtimeMinutes: n % 5 === 0 ? 120 : 0,
          daysWorked: days,
          jointCommittee: blue ? '124' : '322',
        }),
      );
    }
    if (n === 4) {
      quarter.payslips.push(
        payslipRecord({
          id: `${workerId}:${months[0]}:regularisation`,
          workerId,
          contractId,
          period: months[0]!,
          category: 'white-collar',
          weeklyHours,
          hourlyWageCents: 1500 + (n % 40) * 25,
          regularMinutes: 240,
          daysWorked: 0,
          kind: 'regularisation',
          correctsPayslipId: `${workerId}:${months[0]}`,
        }),
      );
    }
  }
  return quarter;
}
