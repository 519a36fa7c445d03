import type { Cents } from '../money';
import { roundHalfUp } from '../money';
import type { RuleViolation } from '../rule-violation';
import { compareDates, type CalendarDate, type CalendarMonth, type CalendarQuarter } from '../time/dates';
import {
  CONTRACT_TYPE,
  CONTRIBUTION_CODES,
  CONTRIBUTION_TYPE_CLOSING_FUND,
  CONTRIBUTION_TYPE_GENERAL,
  DEDUCTION_CODES,
  EMPLOYER_CLASS,
  REMUNERATION_CODES,
  SERVICE_CODES,
  WORKER_CODES,
  YEARLY_BONUS_FREQUENCY,
  type WorkerCategory,
} from './dmfa-codes';
import { firstDayOfQuarter, lastDayOfQuarter, monthsOfQuarter } from './quarter';

/**
 * The quarterly DmfA, built only from the quarter's finalised payslips — never recomputed: every
 * amount is a sum of payslip lines. The shape follows the XML (facts §9): employer → natural
 * person (INSS) → worker record (worker code) → occupations (services, remunerations, the
 * structural reduction) + worker contributions and deductions.
 */

/** The slice of a payslip line the declaration reads. */
export interface PayslipLineForDeclaration {
  code: string;
  side: 'worker' | 'employer';
  amountCents: Cents;
  inputs?: Record<string, unknown>;
}

/** What the DmfA reads of a finalised payslip (table `payslip`, CONTRACTS.md). */
export interface PayslipForDeclaration {
  id: string;
  period: CalendarMonth;
  workerId: string;
  contractId: string;
  kind: 'regular' | 'regularisation';
  correctsPayslipId: string | null;
  workerCategory: WorkerCategory;
  jointCommittee: string;
  weeklyHours: number;
  fullTimeWeeklyHours: number;
  minutesByKind: Partial<Record<'regular' | 'overtime' | 'night' | 'sunday' | 'publicHoliday', number>>;
  daysWorked: number;
  grossCents: Cents;
  personalContributionCents: Cents;
  socialWorkBonusCents: Cents;
  withholdingTaxCents: Cents;
  specialContributionCents: Cents;
  employerContributionsCents: Cents;
  structuralReductionCents: Cents;
  lines: PayslipLineForDeclaration[];
}

/** The contract an occupation line describes. */
export interface ContractForDeclaration {
  contractId: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
  /** An early end's last day. */
  endedOn: CalendarDate | null;
  jointCommittee: string;
  weeklyHours: number;
}

/** A worker of the quarter: the INSS (national or BIS number) is decrypted only to build the file. */
export interface WorkerForDeclaration {
  workerId: string;
  /** The worker's pseudonymous code, carried as NaturalPersonUserReference (never personal data). */
  workerCode: string;
  inss: string | null;
}

export interface DmfaEmployer {
  /** ONSS registration number (9 digits at most). */
  onssNumber: string;
  /** Enterprise number (KBO/BCE), 10 digits. */
  enterpriseNumber: string;
}

export interface DmfaService {
  code: string;
  days: number;
  hoursHundredths: number;
}
export interface DmfaRemuneration {
  code: string;
  frequency: number | null;
  amountCents: Cents;
}
export interface DmfaDeduction {
  code: string;
  basisCents: Cents | null;
  amountCents: Cents;
}
export interface DmfaContribution {
  code: string;
  type: number;
  basisCents: Cents | null;
  amountCents: Cents;
}

export interface DmfaOccupation {
  sequenceNbr: number;
  contractId: string;
  startDate: CalendarDate;
  /** Only when the occupation ends within the quarter. */
  endDate: CalendarDate | null;
  jointCommittee: string;
  /** Days a week × 100 (e.g. 500). */
  workingDaysSystem: number;
  contractType: 0 | 1;
  /** Weekly hours of a full-time reference (S) × 100. */
  refMeanWorkingHours: number;
  /** The worker's weekly hours (Q) × 100. */
  meanWorkingHours: number;
  services: DmfaService[];
  remunerations: DmfaRemuneration[];
  deductions: DmfaDeduction[];
}

export interface DmfaWorkerRecord {
  employerClass: string;
  workerCode: string;
  category: WorkerCategory;
  occupations: DmfaOccupation[];
  contributions: DmfaContribution[];
  deductions: DmfaDeduction[];
}

export interface DmfaNaturalPerson {
  sequenceNbr: number;
  workerId: string;
  userReference: string;
  /** Null only when the worker has no INSS yet: a blocking exception, the file is not built. */
  inss: string | null;
  workerRecords: DmfaWorkerRecord[];
}

/** Per worker, what the payslips paid and what the declaration says — compared to the cent. */
export interface DmfaWorkerTotals {
  workerId: string;
  workerCode: string;
  payslipCount: number;
  remunerationCents: Cents;
  personalContributionCents: Cents;
  employerContributionsCents: Cents;
  specialContributionCents: Cents;
  workBonusCents: Cents;
  structuralReductionCents: Cents;
  /** Employer lines of the payslips the DmfA does not carry (the annual blue-collar holiday part, billed yearly). */
  notDeclaredEmployerCents: Cents;
  days: number;
  hoursHundredths: number;
}

export interface DmfaDeclaration {
  quarter: CalendarQuarter;
  employer: DmfaEmployer;
  naturalPersons: DmfaNaturalPerson[];
  /** Contributions − deductions of the whole quarter, as <NetOwedAmount>. */
  netOwedCents: Cents;
  totals: DmfaWorkerTotals[];
}

export interface DmfaException extends RuleViolation {
  workerId: string | null;
  blocking: boolean;
}

export interface DmfaBuild {
  declaration: DmfaDeclaration;
  exceptions: DmfaException[];
}

export interface DmfaBuildInput {
  quarter: CalendarQuarter;
  employer: DmfaEmployer;
  workers: readonly WorkerForDeclaration[];
  contracts: readonly ContractForDeclaration[];
  payslips: readonly PayslipForDeclaration[];
}

const NORMAL_PAY_LINES = new Set(['GROSS_PAY', 'REGULAR_HOURS', 'OVERTIME_HOURS', 'NIGHT_HOURS', 'SUNDAY_HOURS', 'PUBLIC_HOLIDAY_HOURS']);
const YEARLY_BONUS_LINES = new Set(['THIRTEENTH_MONTH']);
const WORK_BONUS_LINES = new Set(['SOCIAL_WORK_BONUS', 'SOCIAL_WORK_BONUS_PART_A', 'SOCIAL_WORK_BONUS_PART_B']);
/** Worker lines that are not social-security matters (tax), so the DmfA does not carry them. */
const TAX_LINES = new Set([
  'WITHHOLDING_TAX',
  'WITHHOLDING_REDUCTION_CHILDREN',
  'WITHHOLDING_REDUCTION_SINGLE_PARENT',
  'WITHHOLDING_REDUCTION_SINGLE_BENEFICIARY',
  'WITHHOLDING_REDUCTION_OTHER_DEPENDANTS',
  'WITHHOLDING_REDUCTION_DEPENDANTS_65',
  'FISCAL_WORK_BONUS',
]);
/** Employer lines declared as their own contribution code, with the payslip line amount. */
const EMPLOYER_CONTRIBUTION_LINES: Record<string, { code: string; type: number }> = {
  EMPLOYER_WORK_ACCIDENT_FUND: { code: CONTRIBUTION_CODES.workAccidentFund.code, type: CONTRIBUTION_TYPE_GENERAL },
  EMPLOYER_ASBESTOS_FUND: { code: CONTRIBUTION_CODES.asbestosFund.code, type: CONTRIBUTION_TYPE_GENERAL },
  EMPLOYER_CLOSING_FUND: { code: CONTRIBUTION_CODES.closingFund.code, type: CONTRIBUTION_TYPE_CLOSING_FUND },
  EMPLOYER_CLOSING_FUND_TEMPORARY_UNEMPLOYMENT: { code: CONTRIBUTION_CODES.closingFundTemporaryUnemployment.code, type: CONTRIBUTION_TYPE_GENERAL },
  EMPLOYER_SECTOR_FUND: { code: CONTRIBUTION_CODES.sectorFund.code, type: CONTRIBUTION_TYPE_GENERAL },
  EMPLOYER_TEN_OR_MORE_WORKERS: { code: CONTRIBUTION_CODES.tenOrMoreWorkers.code, type: CONTRIBUTION_TYPE_GENERAL },
  EMPLOYER_TEMPORARY_UNEMPLOYMENT: { code: CONTRIBUTION_CODES.temporaryUnemployment.code, type: CONTRIBUTION_TYPE_GENERAL },
};
/**
 * Employer lines that make up, with the personal contribution, the contribution on the worker
 * code (the global rate). The blue-collar quarterly holiday-pay part is added to it (unverified:
 * the ONSS computes it on the 108 % base of the 015 line).
 */
const WORKER_CODE_EMPLOYER_LINES = new Set(['EMPLOYER_SOCIAL_SECURITY', 'EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_QUARTERLY']);
/** Billed by the ONSS once a year on the previous year's wages (debit notice in March): not in the DmfA. */
const NOT_DECLARED_EMPLOYER_LINES = new Set(['EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_ANNUAL']);
const ALL_KNOWN_LINES = new Set([
  ...NORMAL_PAY_LINES,
  ...YEARLY_BONUS_LINES,
  ...WORK_BONUS_LINES,
  ...TAX_LINES,
  ...Object.keys(EMPLOYER_CONTRIBUTION_LINES),
  ...WORKER_CODE_EMPLOYER_LINES,
  ...NOT_DECLARED_EMPLOYER_LINES,
  'PERSONAL_SOCIAL_SECURITY',
  'SPECIAL_SOCIAL_SECURITY_CONTRIBUTION',
  'EMPLOYER_STRUCTURAL_REDUCTION',
]);

/** The largest amount an 11-digit DmfA amount field holds. */
export const MAX_DMFA_AMOUNT_CENTS = 99_999_999_999;
const FULL_WEEK_DAYS_HUNDREDTHS = 500;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const linesOf = (payslips: readonly PayslipForDeclaration[], codes: ReadonlySet<string> | string) =>
  payslips.flatMap((p) => p.lines).filter((l) => (typeof codes === 'string' ? l.code === codes : codes.has(l.code)));
const amountOf = (payslips: readonly PayslipForDeclaration[], codes: ReadonlySet<string> | string) => sum(linesOf(payslips, codes).map((l) => l.amountCents));

/** The contribution base of a payslip: the employer line's base (108 % for blue-collar), else the gross. */
function contributionBaseOf(payslip: PayslipForDeclaration): Cents {
  const line = payslip.lines.find((l) => l.code === 'EMPLOYER_SOCIAL_SECURITY');
  const base = line?.inputs?.baseCents;
  return typeof base === 'number' && Number.isSafeInteger(base) ? base : payslip.grossCents;
}

/** Minutes → hours × 100, rounded half up once on the total. */
function hoursHundredthsOf(minutes: number): number {
  return roundHalfUp((minutes * 100) / 60);
}

function minutesOf(payslip: PayslipForDeclaration): number {
  return sum(Object.values(payslip.minutesByKind).map((m) => m ?? 0));
}

/** '322' or '330.01': the three-digit committee numbers the XML accepts. */
export function isDmfaJointCommittee(value: string): boolean {
  return /^(\d{3}|\d{3}\.\d{2}|\d{3}\.\d{2}\.\d{2})$/.test(value);
}

/** Orders occupations and people the same way every time (a build is deterministic). */
const byId =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * Builds the quarter's declaration from its payslips. Pure and deterministic. Problems that
 * stop the file from being sent (no INSS, a line the DmfA cannot carry, a negative amount)
 * come back as blocking exceptions next to the declaration, never as a half-built file.
 */
export function buildDmfa(input: DmfaBuildInput): DmfaBuild {
  const months = new Set(monthsOfQuarter(input.quarter));
  const quarterEnd = lastDayOfQuarter(input.quarter);
  const quarterStart = firstDayOfQuarter(input.quarter);
  const exceptions: DmfaException[] = [];
  const payslips = input.payslips.filter((p) => months.has(p.period));
  const contracts = new Map(input.contracts.map((c) => [c.contractId, c]));
  const workers = [...input.workers].sort(byId((w) => w.workerCode));

  const naturalPersons: DmfaNaturalPerson[] = [];
  const totals: DmfaWorkerTotals[] = [];
  let netOwedCents = 0;

  for (const worker of workers) {
    const own = payslips.filter((p) => p.workerId === worker.workerId).sort(byId((p) => `${p.period}:${p.kind}:${p.id}`));
    if (own.length === 0) continue;
    const fail = (code: string, field: string, message: string) => exceptions.push({ workerId: worker.workerId, field, code, message, blocking: true });
    if (!worker.inss || !/^\d{11}$/.test(worker.inss)) {
      fail('inss-missing', 'inss', `Worker ${worker.workerCode} has no national or BIS number: the DmfA identifies every worker by INSS.`);
    }
    for (const line of own.flatMap((p) => p.lines)) {
      if (!ALL_KNOWN_LINES.has(line.code))
        fail('line-not-declarable', 'lines', `Payslip line ${line.code} of worker ${worker.workerCode} has no DmfA code yet.`);
    }

    const workerRecords: DmfaWorkerRecord[] = [];
    for (const category of ['white-collar', 'blue-collar'] as const) {
      const slips = own.filter((p) => p.workerCategory === category);
      if (slips.length === 0) continue;
      const contractIds = [...new Set(slips.map((p) => p.contractId))].sort();
      const occupations: DmfaOccupation[] = contractIds.map((contractId, index) => {
        const ofContract = slips.filter((p) => p.contractId === contractId);
        const contract = contracts.get(contractId);
        const first = ofContract[0]!;
        const jointCommittee = (contract?.jointCommittee ?? first.jointCommittee).trim();
        if (!isDmfaJointCommittee(jointCommittee))
          fail(
            'joint-committee-invalid',
            'jointCommittee',
            `Contract of worker ${worker.workerCode} names joint committee "${jointCommittee}", not a DmfA committee number.`,
          );
        if (!contract) fail('contract-missing', 'contractId', `A payslip of worker ${worker.workerCode} names a contract the declaration cannot read.`);
        const weeklyHours = contract?.weeklyHours ?? first.weeklyHours;
        const fullTime = first.fullTimeWeeklyHours;
        const lastDay = contract ? (contract.endedOn ?? contract.endDate) : null;
        const minutes = sum(ofContract.map(minutesOf));
        const days = sum(ofContract.map((p) => p.daysWorked));
        const services: DmfaService[] =
          days > 0 || minutes > 0
            ? [{ code: SERVICE_CODES.paidPresence.code, days: Math.max(days, 0) * 100, hoursHundredths: hoursHundredthsOf(minutes) }]
            : [];
        const remunerations: DmfaRemuneration[] = [];
        const normal = amountOf(ofContract, NORMAL_PAY_LINES);
        if (normal !== 0) remunerations.push({ code: REMUNERATION_CODES.normal.code, frequency: null, amountCents: normal });
        const bonus = amountOf(ofContract, YEARLY_BONUS_LINES);
        if (bonus !== 0) remunerations.push({ code: REMUNERATION_CODES.premiumNotTiedToQuarter.code, frequency: YEARLY_BONUS_FREQUENCY, amountCents: bonus });
        const structural = -amountOf(ofContract, 'EMPLOYER_STRUCTURAL_REDUCTION');
        const deductions: DmfaDeduction[] =
          structural !== 0 ? [{ code: DEDUCTION_CODES.structuralReduction.code, basisCents: null, amountCents: structural }] : [];
        return {
          sequenceNbr: index + 1,
          contractId,
          startDate: contract?.startDate ?? quarterStart,
          endDate: lastDay && compareDates(lastDay, quarterEnd) <= 0 ? lastDay : null,
          jointCommittee,
          workingDaysSystem: Math.min(700, roundHalfUp((FULL_WEEK_DAYS_HUNDREDTHS * weeklyHours) / fullTime)),
          contractType: weeklyHours < fullTime ? CONTRACT_TYPE.partTime : CONTRACT_TYPE.fullTime,
          refMeanWorkingHours: roundHalfUp(fullTime * 100),
          meanWorkingHours: roundHalfUp(weeklyHours * 100),
          services,
          remunerations,
          deductions,
        };
      });

      const basis = sum(slips.map(contributionBaseOf));
      const personal = -amountOf(slips, 'PERSONAL_SOCIAL_SECURITY');
      const workerCode = WORKER_CODES[category].code;
      const contributions: DmfaContribution[] = [
        { code: workerCode, type: CONTRIBUTION_TYPE_GENERAL, basisCents: basis, amountCents: personal + amountOf(slips, WORKER_CODE_EMPLOYER_LINES) },
      ];
      for (const [lineCode, target] of Object.entries(EMPLOYER_CONTRIBUTION_LINES)) {
        const amount = amountOf(slips, lineCode);
        if (amount !== 0) contributions.push({ code: target.code, type: target.type, basisCents: basis, amountCents: amount });
      }
      const special = -amountOf(slips, 'SPECIAL_SOCIAL_SECURITY_CONTRIBUTION');
      if (special !== 0)
        contributions.push({ code: CONTRIBUTION_CODES.specialSocialSecurity.code, type: CONTRIBUTION_TYPE_GENERAL, basisCents: null, amountCents: special });
      const workBonus = amountOf(slips, WORK_BONUS_LINES);
      const deductions: DmfaDeduction[] = workBonus !== 0 ? [{ code: DEDUCTION_CODES.workBonus.code, basisCents: null, amountCents: workBonus }] : [];
      workerRecords.push({ employerClass: EMPLOYER_CLASS.code, workerCode, category, occupations, contributions, deductions });
    }

    const records = workerRecords;
    const amounts = [
      ...records.flatMap((r) => r.contributions.map((c) => c.amountCents)),
      ...records.flatMap((r) => r.deductions.map((d) => d.amountCents)),
      ...records.flatMap((r) => r.occupations.flatMap((o) => [...o.remunerations.map((x) => x.amountCents), ...o.deductions.map((x) => x.amountCents)])),
    ];
    if (amounts.some((a) => a < 0 || a > MAX_DMFA_AMOUNT_CENTS)) {
      fail(
        'amount-out-of-range',
        'amounts',
        `Worker ${worker.workerCode} has a quarterly amount below zero or beyond 11 digits (a regularisation larger than the pay?).`,
      );
    }
    const contributed = sum(records.flatMap((r) => r.contributions.map((c) => c.amountCents)));
    const deducted = sum(records.flatMap((r) => [...r.deductions, ...r.occupations.flatMap((o) => o.deductions)].map((d) => d.amountCents)));
    netOwedCents += contributed - deducted;

    naturalPersons.push({
      sequenceNbr: naturalPersons.length + 1,
      workerId: worker.workerId,
      userReference: worker.workerCode,
      inss: worker.inss,
      workerRecords: records,
    });
    totals.push({
      workerId: worker.workerId,
      workerCode: worker.workerCode,
      payslipCount: own.length,
      remunerationCents: sum(records.flatMap((r) => r.occupations.flatMap((o) => o.remunerations.map((x) => x.amountCents)))),
      personalContributionCents: -amountOf(own, 'PERSONAL_SOCIAL_SECURITY'),
      employerContributionsCents: amountOf(own, new Set([...WORKER_CODE_EMPLOYER_LINES, ...Object.keys(EMPLOYER_CONTRIBUTION_LINES)])),
      specialContributionCents: -amountOf(own, 'SPECIAL_SOCIAL_SECURITY_CONTRIBUTION'),
      workBonusCents: amountOf(own, WORK_BONUS_LINES),
      structuralReductionCents: -amountOf(own, 'EMPLOYER_STRUCTURAL_REDUCTION'),
      notDeclaredEmployerCents: amountOf(own, NOT_DECLARED_EMPLOYER_LINES),
      days: sum(own.map((p) => p.daysWorked)),
      hoursHundredths: hoursHundredthsOf(sum(own.map(minutesOf))),
    });
  }

  for (const p of payslips) {
    if (!input.workers.some((w) => w.workerId === p.workerId)) {
      exceptions.push({
        workerId: p.workerId,
        field: 'workerId',
        code: 'worker-missing',
        message: 'A payslip names a worker the declaration cannot read.',
        blocking: true,
      });
    }
  }
  if (naturalPersons.length === 0) {
    exceptions.push({
      workerId: null,
      field: 'quarter',
      code: 'no-payslips',
      message: `No finalised payslip falls in ${input.quarter}: there is nothing to declare.`,
      blocking: true,
    });
  }
  if (netOwedCents < 0) {
    exceptions.push({
      workerId: null,
      field: 'netOwedAmount',
      code: 'amount-out-of-range',
      message: 'The deductions exceed the contributions of the quarter.',
      blocking: true,
    });
  }
  return { declaration: { quarter: input.quarter, employer: input.employer, naturalPersons, netOwedCents, totals }, exceptions };
}

/** Per worker, the change of the totals against the previous quarter's declaration (null: not declared then). */
export interface DmfaWorkerChange {
  workerId: string;
  workerCode: string;
  current: DmfaWorkerTotals | null;
  previous: DmfaWorkerTotals | null;
  remunerationChangeCents: Cents;
  hoursChangeHundredths: number;
}

export function compareWithPreviousQuarter(current: readonly DmfaWorkerTotals[], previous: readonly DmfaWorkerTotals[]): DmfaWorkerChange[] {
  const ids = [...new Set([...current.map((t) => t.workerId), ...previous.map((t) => t.workerId)])];
  return ids
    .map((workerId) => {
      const now = current.find((t) => t.workerId === workerId) ?? null;
      const before = previous.find((t) => t.workerId === workerId) ?? null;
      return {
        workerId,
        workerCode: (now ?? before)!.workerCode,
        current: now,
        previous: before,
        remunerationChangeCents: (now?.remunerationCents ?? 0) - (before?.remunerationCents ?? 0),
        hoursChangeHundredths: (now?.hoursHundredths ?? 0) - (before?.hoursHundredths ?? 0),
      };
    })
    .sort(byId((c) => c.workerCode));
}
