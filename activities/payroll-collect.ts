import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { computePayslip, type PayslipTotals, type StoredPayslipLine } from '../domain/payroll';
import { payslipInputFor } from '../domain/payroll-runs/contract-payslip';
import { addMinutes, hoursInPeriod, isoWeeksTouchingMonth, NO_MINUTES, type MinutesByKind } from '../domain/payroll-runs/hours-in-period';
import { periodBounds } from '../domain/payroll-runs/pay-period';
import { regularisationOf, type PaidPayslip } from '../domain/payroll-runs/regularisation';
import { exceptionMessages, netChangedTooMuch, type RunException } from '../domain/payroll-runs/run-exceptions';
import { taxSituationOn, type TaxSituation } from '../domain/payroll-runs/tax-situation';
import type { TimesheetEntry } from '../domain/timesheets/timesheet-entry';
import { addMonths, firstDayOfMonth, monthOf } from '../domain/time/dates';
import { PayrollException, PayslipDraft } from '../db/entities';
import { heartbeat } from './heartbeat';
import { contractsInScope, execSql, regularisablePeriods, regularisationPairs } from '../db/payroll-scope';
import type { FieldCipher } from '../platform/crypto/field-cipher';
import { fieldsOf } from '../platform/crypto/field-cipher';

const APPROVED = `('approved', 'deemed-approved')`;
const exec = execSql;

interface ContractRow {
  id: string;
  worker_id: string;
  worker_category: string;
  hourly_wage_cents: number;
  weekly_hours: string;
  joint_committee: string;
  job_title: string;
}
interface WorkerRow {
  id: string;
  code: string;
  iban_cipher: string | null;
  permit_valid_until: string | null;
}
interface VersionRow {
  id: string;
  iso_week: string;
  entries: TimesheetEntry[];
  contract_id: string;
  employer_id: string;
  employer_name: string;
}

export interface ComputeChunkInput {
  runId: string;
  period: string;
  round: number;
  afterContractId: string | null;
  limit: number;
  /** Contracts done before this chunk, for the progress the run shows. */
  doneBefore: number;
}

export interface ComputeChunkResult {
  processed: number;
  lastContractId: string | null;
  done: boolean;
}

const FULL_TIME_WEEKLY_HOURS = 38;

/**
 * Computes the payslip drafts of the next contracts of a run: the month's approved hours (the
 * latest approved version of each week, split by day), the tax situation in force, the engine;
 * plus a regularisation for each earlier month whose pay no longer matches. Exceptions are listed,
 * never blocking. Writes by business key (draft key, exception key): a retry writes nothing twice.
 */
export async function computeChunk(em: EntityManager, cipher: FieldCipher, input: ComputeChunkInput): Promise<ComputeChunkResult> {
  const paidPeriods = await regularisablePeriods(em, input.period);
  const contractIds = await contractsInScope(em, input.period, paidPeriods, input.afterContractId, input.limit);
  if (contractIds.length === 0) return { processed: 0, lastContractId: input.afterContractId, done: true };

  const contracts = (await exec(
    em,
    `select id::text, worker_id::text, worker_category, hourly_wage_cents, weekly_hours::text, joint_committee, job_title from employment_contract where id = any(?::uuid[])`,
    [contractIds],
  )) as unknown as ContractRow[];
  const workerIds = [...new Set(contracts.map((c) => c.worker_id))];
  const workers = new Map(
    (
      (await exec(em, `select id::text, code, iban_cipher, permit_valid_until::text from worker where id = any(?::uuid[])`, [
        workerIds,
      ])) as unknown as WorkerRow[]
    ).map((w) => [w.id, w]),
  );
  const situations = new Map<string, TaxSituation[]>();
  for (const r of await exec(
    em,
    `select id::text, worker_id::text, effective_from::text, situation_cipher from worker_tax_situation where status = 'confirmed' and worker_id = any(?::uuid[]) order by recorded_at`,
    [workerIds],
  )) {
    const list = situations.get(r.worker_id as string) ?? [];
    list.push({
      ...(JSON.parse(
        cipher.decrypt(r.situation_cipher as string, { table: 'worker_tax_situation', column: 'situation_cipher', id: r.id as string }),
      ) as TaxSituation),
      effectiveFrom: r.effective_from as string,
    });
    situations.set(r.worker_id as string, list);
  }
  const pairs = await regularisationPairs(em, paidPeriods, contractIds);
  const allPeriods = [input.period, ...new Set(pairs.map((p) => p.period))];
  const versions = (await exec(
    em,
    `select t.id::text, t.iso_week, t.entries, pl.contract_id::text, pl.employer_id::text, e.legal_name as employer_name
       from timesheet t join placement pl on pl.id = t.placement_id join employer e on e.id = pl.employer_id
      where pl.contract_id = any(?::uuid[]) and t.status in ${APPROVED} and t.iso_week = any(?::text[])`,
    [contractIds, [...new Set(allPeriods.flatMap(isoWeeksTouchingMonth))]],
  )) as unknown as VersionRow[];
  const pending = await exec(
    em,
    `select t.iso_week, t.status, t.entries, pl.contract_id::text, e.legal_name as employer_name
       from timesheet t join placement pl on pl.id = t.placement_id join employer e on e.id = pl.employer_id
      where pl.contract_id = any(?::uuid[]) and t.iso_week = any(?::text[]) and t.status in ('submitted', 'disputed', 'draft')
        and not exists (select 1 from timesheet a where a.placement_id = t.placement_id and a.iso_week = t.iso_week and a.status in ${APPROVED})`,
    [contractIds, isoWeeksTouchingMonth(input.period)],
  );
  const previousNet = new Map(
    (
      await exec(em, `select contract_id::text, net_cents from payslip where kind = 'regular' and period = ? and contract_id = any(?::uuid[])`, [
        monthOf(addMonths(firstDayOfMonth(input.period), -1)),
        contractIds,
      ])
    ).map((r) => [r.contract_id as string, r.net_cents as number]),
  );
  const paid = new Map<string, (PaidPayslip & { id: string; kind: string })[]>();
  if (pairs.length > 0) {
    for (const r of await exec(
      em,
      `select id::text, contract_id::text, coalesce(regularises_period, period) as q, number, kind, lines, totals from payslip
        where contract_id = any(?::uuid[]) and coalesce(regularises_period, period) = any(?::text[]) order by issued_at`,
      [[...new Set(pairs.map((p) => p.contractId))], [...new Set(pairs.map((p) => p.period))]],
    )) {
      const key = `${r.contract_id}:${r.q}`;
      paid.set(key, [
        ...(paid.get(key) ?? []),
        { id: r.id as string, kind: r.kind as string, number: r.number as string, lines: r.lines as StoredPayslipLine[], totals: r.totals as PayslipTotals },
      ]);
    }
  }

  const draftIds = new Map(
    (await exec(em, `select draft_key, id::text from payslip_draft where run_id = ? and contract_id = any(?::uuid[])`, [input.runId, contractIds])).map((r) => [
      r.draft_key as string,
      r.id as string,
    ]),
  );
  const drafts: Record<string, unknown>[] = [];
  const exceptions: (RunException & { key: string })[] = [];
  const flag = (e: RunException, detail: string) => exceptions.push({ ...e, key: `${e.kind}:${e.workerId}:${detail}` });

  for (const contract of contracts) {
    heartbeat();
    const worker = workers.get(contract.worker_id)!;
    const history = situations.get(worker.id) ?? [];
    const iban = cipher.decryptOptional(worker.iban_cipher, { table: 'worker', column: 'iban_cipher', id: worker.id });
    const monthOfContract = (period: string) => {
      const own = versions.filter((v) => v.contract_id === contract.id);
      let minutes: MinutesByKind = { ...NO_MINUTES };
      const days = new Set<string>();
      const byEmployer = new Map<string, { employerId: string; employerName: string; minutes: number }>();
      const used: string[] = [];
      for (const v of own) {
        if (!isoWeeksTouchingMonth(period).includes(v.iso_week)) continue;
        const h = hoursInPeriod(v.entries, period);
        used.push(v.id);
        if (h.totalMinutes === 0) continue;
        minutes = addMinutes(minutes, h.minutesByKind);
        for (const d of h.days) days.add(d);
        const e = byEmployer.get(v.employer_id) ?? { employerId: v.employer_id, employerName: v.employer_name, minutes: 0 };
        e.minutes += h.totalMinutes;
        byEmployer.set(v.employer_id, e);
      }
      const situation = taxSituationOn(history, periodBounds(period).last) ?? null;
      const payslip = Object.values(minutes).some((m) => m > 0)
        ? computePayslip(
            payslipInputFor({
              period,
              workerCategory: contract.worker_category as 'white-collar' | 'blue-collar',
              hourlyWageCents: contract.hourly_wage_cents,
              minutesByKind: minutes,
              taxSituation: situation,
            }),
          )
        : null;
      return { minutes, days: days.size, byEmployer: [...byEmployer.values()], used, situation, payslip };
    };
    const draftOf = (
      kind: 'regular' | 'regularisation',
      m: ReturnType<typeof monthOfContract>,
      amounts: { lines: readonly StoredPayslipLine[]; totals: PayslipTotals },
      extra: { correctsPayslipId?: string | null; regularisesPeriod?: string | null; provisionalParameters: string[] },
    ) => {
      const employerLines = amounts.lines.filter((l) => l.side === 'employer');
      const structural = employerLines.filter((l) => l.code === 'EMPLOYER_STRUCTURAL_REDUCTION').reduce((s, l) => s + l.amountCents, 0);
      const draftKey = `${input.runId}:${contract.id}:${kind}${kind === 'regularisation' ? `:${extra.regularisesPeriod}` : ''}`;
      // A draft computed again keeps its row (and id): its encrypted columns are bound to that id.
      const id = draftIds.get(draftKey) ?? randomUUID();
      const field = fieldsOf('payslip_draft', id);
      return {
        id,
        draftKey,
        runId: input.runId,
        period: input.period,
        workerId: worker.id,
        contractId: contract.id,
        workerCode: worker.code,
        kind,
        correctsPayslipId: extra.correctsPayslipId ?? null,
        regularisesPeriod: extra.regularisesPeriod ?? null,
        sequence: 0,
        workerCategory: contract.worker_category,
        jointCommittee: contract.joint_committee,
        jobTitle: contract.job_title,
        weeklyHours: Number(contract.weekly_hours),
        fullTimeWeeklyHours: FULL_TIME_WEEKLY_HOURS,
        hourlyWageCents: contract.hourly_wage_cents,
        minutesByKind: m.minutes,
        daysWorked: m.days,
        minutesByEmployer: m.byEmployer,
        grossCents: amounts.totals.grossCents,
        personalContributionCents: amounts.totals.personalSocialSecurityCents,
        socialWorkBonusCents: amounts.totals.socialWorkBonusCents,
        withholdingTaxCents: amounts.totals.withholdingTaxCents,
        specialContributionCents: amounts.totals.specialSocialSecurityContributionCents,
        netCents: amounts.totals.netCents,
        employerContributionsCents: amounts.totals.employerCostCents - amounts.totals.grossCents,
        structuralReductionCents: structural,
        employerCostCents: amounts.totals.employerCostCents,
        totals: { ...amounts.totals } as unknown as Record<string, number>,
        lines: JSON.parse(JSON.stringify(amounts.lines)) as unknown[],
        provisional: extra.provisionalParameters.length > 0,
        provisionalParameters: extra.provisionalParameters,
        taxSituationCipher: cipher.encrypt(JSON.stringify(m.situation ?? { default: 'single-person rules' }), field('tax_situation_cipher')),
        taxSituationRecorded: m.situation !== null,
        paymentMethod: iban ? 'transfer' : 'other',
        ibanCipher: iban ? cipher.encrypt(iban, field('iban_cipher')) : null,
        ibanLast4: iban ? iban.slice(-4) : null,
        timesheetIds: m.used,
      };
    };

    const current = monthOfContract(input.period);
    if (current.payslip) {
      const p = current.payslip;
      drafts.push(draftOf('regular', current, p, { provisionalParameters: p.provisionalParameters }));
      const base = { workerId: worker.id, workerCode: worker.code };
      if (!current.situation) flag({ ...base, kind: 'no-tax-situation', message: exceptionMessages.noTaxSituation(worker.code) }, input.period);
      if (!iban) flag({ ...base, kind: 'no-iban', message: exceptionMessages.noIban(worker.code) }, input.period);
      if (p.provisional)
        flag({ ...base, kind: 'provisional-parameters', message: exceptionMessages.provisional(worker.code, p.provisionalParameters.length) }, input.period);
      const change = netChangedTooMuch(previousNet.get(contract.id) ?? null, p.totals.netCents);
      if (change !== null)
        flag(
          { ...base, kind: 'net-changed', message: exceptionMessages.netChanged(worker.code, previousNet.get(contract.id)!, p.totals.netCents, change) },
          contract.id,
        );
    }
    const { first, last } = periodBounds(input.period);
    if (worker.permit_valid_until && worker.permit_valid_until >= first && worker.permit_valid_until < last) {
      flag(
        {
          workerId: worker.id,
          workerCode: worker.code,
          kind: 'permit-expired',
          message: exceptionMessages.permitExpired(worker.code, worker.permit_valid_until),
        },
        input.period,
      );
    }
    for (const w of pending.filter((r) => r.contract_id === contract.id)) {
      if (hoursInPeriod(w.entries as TimesheetEntry[], input.period).totalMinutes === 0) continue;
      flag(
        {
          workerId: worker.id,
          workerCode: worker.code,
          kind: 'week-not-approved',
          message: exceptionMessages.weekNotApproved(worker.code, w.iso_week as string, w.status as string, w.employer_name as string),
        },
        w.iso_week as string,
      );
    }

    for (const pair of pairs.filter((p) => p.contractId === contract.id)) {
      const earlier = monthOfContract(pair.period);
      const paidForMonth = paid.get(`${contract.id}:${pair.period}`) ?? [];
      const recomputed = earlier.payslip ?? { lines: [], totals: zeroTotals() };
      const original = paidForMonth.find((p) => p.kind === 'regular');
      const difference = regularisationOf(paidForMonth, recomputed, { number: original?.number ?? '—', period: pair.period });
      if (!difference) continue;
      drafts.push(
        draftOf('regularisation', earlier, difference, {
          correctsPayslipId: original?.id ?? null,
          regularisesPeriod: pair.period,
          provisionalParameters: earlier.payslip?.provisionalParameters ?? [],
        }),
      );
      flag(
        {
          workerId: worker.id,
          workerCode: worker.code,
          kind: 'regularisation',
          message: exceptionMessages.regularisation(worker.code, original?.number ?? pair.period, pair.period, difference.totals.netCents),
        },
        pair.period,
      );
    }
  }

  await em.transactional(async (tx) => {
    if (drafts.length > 0)
      await tx.upsertMany(PayslipDraft, drafts.map((d) => ({ createdAt: new Date(), ...d })) as never[], {
        onConflictFields: ['draftKey'],
        onConflictExcludeFields: ['id', 'createdAt'],
      });
    if (exceptions.length > 0) {
      await tx.upsertMany(
        PayrollException,
        exceptions.map((e) => ({
          id: randomUUID(),
          runId: input.runId,
          round: input.round,
          workerId: e.workerId,
          workerCode: e.workerCode,
          kind: e.kind,
          exceptionKey: e.key,
          message: e.message,
          createdAt: new Date(),
        })) as never[],
        { onConflictFields: ['runId', 'round', 'exceptionKey'], onConflictAction: 'ignore' },
      );
    }
    await tx
      .getConnection()
      .execute(
        `update payroll_run set progress_done = ? where id = ?`,
        [input.doneBefore + contractIds.length, input.runId],
        'run',
        tx.getTransactionContext(),
      );
  });
  return { processed: contractIds.length, lastContractId: contractIds[contractIds.length - 1]!, done: contractIds.length < input.limit };
}

function zeroTotals(): PayslipTotals {
  return {
    grossCents: 0,
    personalSocialSecurityCents: 0,
    socialWorkBonusCents: 0,
    taxableCents: 0,
    withholdingTaxBeforeWorkBonusCents: 0,
    fiscalWorkBonusCents: 0,
    withholdingTaxCents: 0,
    specialSocialSecurityContributionCents: 0,
    netCents: 0,
    employerCostCents: 0,
  };
}
