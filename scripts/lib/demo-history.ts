import { randomUUID } from 'node:crypto';
import type { Principal } from '../../domain/access/roles';
import { processIds } from '../../domain/process-ids';
import { salaryPaymentDate } from '../../domain/payroll-runs/pay-period';
import {
  addDays,
  addMonths,
  firstDayOfMonth,
  isoDayOfWeek,
  lastDayOfMonth,
  lastDayOfQuarter,
  monthOf,
  quarterOf,
  firstDayOfQuarter,
} from '../../domain/time/dates';
import { datesOfIsoWeek, isoWeekOfDate, nextIsoWeek } from '../../domain/time/iso-week';
import type { TimesheetEntry } from '../../domain/timesheets/timesheet-entry';
import { DEFAULT_APPROVAL_POLICY, totalsOf } from '../../domain/timesheets/timesheet';
import { saveEntriesUpdate, submitTimesheetUpdate, timesheetWorkflow } from '../../workflows/timesheet';
import {
  DimonaDeclaration,
  EmploymentContract,
  JobRequest,
  PayrollRun,
  Placement,
  Timesheet,
  UserAccount,
  Worker,
  WorkerTaxSituation,
} from '../../db/entities';
import { recordAudit } from '../../db/audit';
import { startPayrollRun, findRun } from '../../api/payroll/payroll-records';
import { decidePayrollRunUpdate } from '../../workflows/payroll-run';
import { todayInBrussels } from '../../api/workers/clock';
import type { ApiDeps } from '../../api/deps';
import { fieldsOf } from '../../platform/crypto/field-cipher';

/**
 * Demo history: what the cooperative would hold after a few months of work, so that payroll,
 * invoicing and declarations can be shown at once. From the first day of the last quarter that
 * ends before the previous month until the end of the previous month: a contract (signed, Dimona
 * in and out acknowledged) and a placement for three demo workers, and their approved weeks. The
 * months before the previous one are paid (their payroll runs are run and approved by the two
 * demo administrators); the previous month stays unpaid and unbilled, ready for the demo.
 */
export interface DemoHistoryPlan {
  from: string;
  to: string;
  paidMonths: string[];
  unpaidMonth: string;
}

export function demoHistoryPlan(today: string): DemoHistoryPlan {
  const unpaidMonth = monthOf(addMonths(firstDayOfMonth(today), -1));
  const dayBefore = addDays(firstDayOfMonth(unpaidMonth), -1);
  let quarter = quarterOf(dayBefore);
  if (lastDayOfQuarter(quarter) > dayBefore) quarter = quarterOf(addDays(firstDayOfQuarter(quarter), -1));
  const from = firstDayOfQuarter(quarter);
  const paidMonths: string[] = [];
  for (let m = monthOf(from); m < unpaidMonth; m = monthOf(addMonths(firstDayOfMonth(m), 1))) paidMonths.push(m);
  return { from, to: lastDayOfMonth(unpaidMonth), paidMonths, unpaidMonth };
}

const HISTORY = [
  {
    worker: 'amina',
    employer: 'tilleuls',
    sector: 'care',
    jobTitle: 'Aide-soignante',
    jointCommittee: '330',
    category: 'white-collar',
    wage: 1650,
    weeklyHours: 38,
    bill: 2970,
    iban: 'BE43068999999501',
    days: [1, 2, 3, 4, 5],
    hours: 7.6,
    sundayEveryMonth: true,
    overtime: false,
    tax: { family: 'single', dependentChildren: 1, disabledChildren: 0, otherDependantsUnder65: 0, dependantsAged65OrMore: 0, claimsSingleReductions: true },
  },
  {
    worker: 'yonas',
    employer: 'canal',
    sector: 'horeca',
    jobTitle: 'Commis de cuisine',
    jointCommittee: '302',
    category: 'blue-collar',
    wage: 1520,
    weeklyHours: 24,
    bill: 2740,
    iban: 'BE71096123456769',
    days: [3, 4, 5],
    hours: 8,
    sundayEveryMonth: false,
    overtime: false,
    tax: {
      family: 'couple-one-income',
      dependentChildren: 2,
      disabledChildren: 0,
      otherDependantsUnder65: 0,
      dependantsAged65OrMore: 0,
      claimsSingleReductions: false,
    },
  },
  {
    worker: 'kofi',
    employer: 'batibrux',
    sector: 'construction',
    jobTitle: 'Maçon',
    jointCommittee: '124',
    category: 'blue-collar',
    wage: 1780,
    weeklyHours: 38,
    bill: 3200,
    iban: 'BE62510007547061',
    days: [1, 2, 3, 4, 5],
    hours: 7.6,
    sundayEveryMonth: false,
    overtime: true,
    tax: null,
  },
] as const;

const WAITING_WORKER = 'yonas';

const ADDRESS = { street: 'Rue de la Démo', houseNumber: '12', postalCode: '1030', city: 'Schaerbeek', country: 'BE' };

function weekEntries(week: string, h: (typeof HISTORY)[number], from: string, to: string, weekIndex: number): TimesheetEntry[] {
  const entries: TimesheetEntry[] = [];
  for (const date of datesOfIsoWeek(week)) {
    if (date < from || date > to) continue;
    const dow = isoDayOfWeek(date);
    if ((h.days as readonly number[]).includes(dow)) entries.push({ date, hours: h.hours, kind: 'regular' });
    if (h.overtime && dow === 5 && weekIndex % 2 === 0) entries.push({ date, hours: 1.5, kind: 'overtime' });
    if (h.sundayEveryMonth && dow === 7 && date.slice(8, 10) <= '07') entries.push({ date, hours: 6, kind: 'sunday' });
  }
  return entries;
}

/** Seeds the records (idempotent). Answers how many records it added. */
export async function seedDemoHistory(
  deps: ApiDeps,
  workerIds: Record<string, string>,
  employerIds: Record<string, string>,
  today = todayInBrussels(),
): Promise<number> {
  const plan = demoHistoryPlan(today);
  const em = deps.orm.em.fork();
  const seeder: Principal = { userId: 'demo-seed', role: 'admin', displayName: 'demo seed', employerId: null, workerId: null };
  let added = 0;
  for (const h of HISTORY) {
    const workerId = workerIds[h.worker]!;
    const employerId = employerIds[h.employer]!;
    if (await em.findOne(EmploymentContract, { worker: workerId, startDate: plan.from, jobTitle: h.jobTitle })) continue;
    await em.transactional(async (tx) => {
      const worker = await tx.findOneOrFail(Worker, { id: workerId });
      const field = fieldsOf('worker', worker.id);
      worker.ibanCipher ??= deps.cipher.encrypt(h.iban, field('iban_cipher'));
      worker.addressCipher ??= deps.cipher.encrypt(JSON.stringify(ADDRESS), field('address_cipher'));
      worker.consentTextVersion ??= '2026-01';
      worker.consentGivenAt ??= new Date(`${addDays(plan.from, -20)}T09:00:00Z`);
      worker.permitIssuingAuthority ??= 'Région de Bruxelles-Capitale';
      worker.permitNumberCipher ??= deps.cipher.encrypt(`BXL-DEMO-${worker.code}`, field('permit_number_cipher'));
      worker.permitValidFrom ??= addDays(plan.from, -30);
      worker.permitValidUntil ??= addDays(today, 300);
      worker.documentsChecked = ['identity-document', 'work-permit', 'bank-details', 'diplomas-or-skills'];
      worker.onboardingStatus = 'ready';
      const contractId = randomUUID();
      tx.create(EmploymentContract, {
        id: contractId,
        worker: workerId,
        status: 'ended',
        sector: h.sector,
        jobTitle: h.jobTitle,
        jointCommittee: h.jointCommittee,
        workerCategory: h.category,
        hourlyWageCents: h.wage,
        weeklyHours: h.weeklyHours,
        startDate: plan.from,
        endDate: plan.to,
        language: worker.preferredLanguage === 'nl' ? 'nl' : 'fr',
        signedByWorkerAt: new Date(`${addDays(plan.from, -7)}T10:00:00Z`),
        signedByCooperativeAt: new Date(`${addDays(plan.from, -7)}T11:00:00Z`),
        endedOn: null,
      });
      for (const action of ['IN', 'OUT'] as const) {
        const declarationId = randomUUID();
        tx.create(DimonaDeclaration, {
          id: declarationId,
          contract: contractId,
          action,
          idempotencyKey: `demo-history:${contractId}:${action}`,
          status: 'accepted',
          onssReference: `DEMO-${action}-${worker.code}`,
          periodId: `DEMO-PERIOD-${worker.code}`,
          payloadCipher: deps.cipher.encrypt('{}', { table: 'dimona_declaration', column: 'payload_cipher', id: declarationId }),
          anomalies: [],
          answeredAt: new Date(`${action === 'IN' ? addDays(plan.from, -6) : plan.to}T12:00:00Z`),
        });
      }
      const jobRequestId = randomUUID();
      tx.create(JobRequest, {
        id: jobRequestId,
        employer: employerId,
        occupation: h.jobTitle,
        sector: h.sector,
        headcount: 1,
        hoursPerWeek: h.weeklyHours,
        startDate: plan.from,
        endDate: plan.to,
        siteAddress: { street: 'Rue du Site', houseNumber: '3', postalCode: '1030', city: 'Bruxelles' },
        requiredSkills: [],
        requiredLanguages: [],
        offeredHourlyWageCents: h.wage,
        comparableStaffHourlyWageCents: h.wage,
        status: 'filled',
      });
      const placementId = randomUUID();
      tx.create(Placement, {
        id: placementId,
        jobRequest: jobRequestId,
        employer: employerId,
        worker: workerId,
        contract: contractId,
        startDate: plan.from,
        endDate: plan.to,
        payRateCents: h.wage,
        billingMode: 'fixed',
        billingCoefficient: null,
        billRateCents: h.bill,
        status: 'ended',
      });
      const approver = await tx.findOne(UserAccount, { employer: employerId, role: 'employer' });
      const lastWeek = isoWeekOfDate(plan.to);
      // The part-timer's last worked week (not always the week of the last day: he works Wednesday to Friday).
      let lastWorkedWeek = '';
      for (let week = isoWeekOfDate(plan.from), i = 0; ; week = nextIsoWeek(week), i++) {
        if (weekEntries(week, h, plan.from, plan.to, i).length > 0) lastWorkedWeek = week;
        if (week === lastWeek) break;
      }
      let index = 0;
      for (let week = isoWeekOfDate(plan.from); ; week = nextIsoWeek(week), index++) {
        const entries = weekEntries(week, h, plan.from, plan.to, index);
        // The last week of the part-timer is still waiting for the employer: an exception in the demo
        // run. It is sent through a real timesheet workflow once the worker runs (openDemoWaitingWeek),
        // so that the employer can still approve it.
        if (entries.length > 0 && !(h.worker === WAITING_WORKER && week === lastWorkedWeek)) {
          const period = { isoWeek: week, placementStart: plan.from, placementEnd: plan.to };
          const totals = totalsOf(period, entries);
          const mondayOf = datesOfIsoWeek(week)[0]!;
          tx.create(Timesheet, {
            id: randomUUID(),
            placement: placementId,
            isoWeek: week,
            version: 1,
            status: 'approved',
            entries,
            totalsByKind: totals.totalsByKind,
            totalMinutes: totals.totalMinutes,
            submittedAt: new Date(`${addDays(mondayOf, 7)}T08:00:00Z`),
            submittedBy: 'demo-history',
            decidedAt: new Date(`${addDays(mondayOf, 8)}T09:00:00Z`),
            decidedBy: approver?.id ?? 'demo-employer',
            decisionVia: 'account',
            disputeReason: null,
            approvalEvidence: null,
            workerConfirmedAt: null,
            supersedes: null,
            correctionReason: null,
          });
        }
        if (week === lastWeek) break;
      }
      if (h.tax) {
        const situationId = randomUUID();
        tx.create(WorkerTaxSituation, {
          id: situationId,
          workerId,
          effectiveFrom: plan.from,
          situationCipher: deps.cipher.encrypt(JSON.stringify(h.tax), { table: 'worker_tax_situation', column: 'situation_cipher', id: situationId }),
          status: 'confirmed',
          recordedBy: 'demo-seed',
          recordedByRole: 'admin',
          confirmedBy: 'demo-seed',
          confirmedAt: new Date(`${plan.from}T08:00:00Z`),
        });
      }
      recordAudit(tx, { actor: seeder, action: 'demo.history-seeded', subjectType: 'worker', subjectId: workerId, workerId });
    });
    added++;
  }
  return added;
}

/**
 * Pays the months of the demo history before the previous one, through the real payroll workflow:
 * started by admin@demo.coop, approved by admin2@demo.coop. Resumes a run left half-way.
 */
export async function payDemoHistory(deps: ApiDeps, today = todayInBrussels(), timeoutMs = 120_000): Promise<string[]> {
  const plan = demoHistoryPlan(today);
  const em = deps.orm.em.fork();
  const admin = await em.findOneOrFail(UserAccount, { email: 'admin@demo.coop' });
  const admin2 = await em.findOneOrFail(UserAccount, { email: 'admin2@demo.coop' });
  const starter: Principal = { userId: admin.id, role: 'admin', displayName: admin.displayName, employerId: null, workerId: null };
  const paid: string[] = [];
  for (const period of plan.paidMonths) {
    const existing = await em.fork().findOne(PayrollRun, { period });
    if (existing?.status === 'finalised') continue;
    const { run } = await startPayrollRun(deps, starter, period, `demo-seed:${period}`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const now = await findRun(deps.orm.em.fork(), run.id);
      if (now.status === 'finalised') break;
      if (now.status === 'preview') {
        await deps.temporal.workflow
          .getHandle(processIds.payrollRun(period))
          .executeUpdate(decidePayrollRunUpdate, {
            args: [
              {
                decision: 'approve',
                actor: { userId: admin2.id, role: 'admin' },
                paymentDate: salaryPaymentDate(period, lastDayOfMonth(period), deps.config.SALARY_PAYMENT_DAY),
                requestId: `demo-seed:${period}`,
              },
            ],
          })
          .catch(() => undefined);
      }
      if (Date.now() > deadline) throw new Error(`the demo payroll of ${period} did not finish in time (status ${now.status})`);
      await new Promise((r) => setTimeout(r, 250));
    }
    paid.push(period);
  }
  return paid;
}

/** The part-timer's last worked week of the demo history: his placement, the week and its hours. */
function waitingWeekOf(plan: DemoHistoryPlan) {
  const h = HISTORY.find((x) => x.worker === WAITING_WORKER)!;
  const lastWeek = isoWeekOfDate(plan.to);
  let found: { week: string; entries: TimesheetEntry[] } | null = null;
  for (let week = isoWeekOfDate(plan.from), i = 0; ; week = nextIsoWeek(week), i++) {
    const entries = weekEntries(week, h, plan.from, plan.to, i);
    if (entries.length > 0) found = { week, entries };
    if (week === lastWeek) break;
  }
  return found!;
}

/**
 * Demo only: the part-timer (Yonas) sends his last week of the demo history through a real
 * timesheet workflow, so it waits for Brasserie du Canal like any week (an exception in the
 * previous month's run) and employer2@demo.coop can approve it, in the portal or by the e-mailed
 * link. Needs the worker running; idempotent (nothing when the week exists).
 */
export async function openDemoWaitingWeek(deps: ApiDeps, today = todayInBrussels()): Promise<string | null> {
  const plan = demoHistoryPlan(today);
  const em = deps.orm.em.fork();
  const worker = await em.findOne(Worker, { firstName: 'Yonas' });
  const placement = worker && (await em.findOne(Placement, { worker: worker.id, startDate: plan.from }));
  if (!worker || !placement) return null;
  const { week, entries } = waitingWeekOf(plan);
  if (await em.findOne(Timesheet, { placement: placement.id, isoWeek: week })) return week;
  const workflowId = processIds.timesheet(placement.id, week);
  const handle = await deps.temporal.workflow
    .start(timesheetWorkflow, {
      workflowId,
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      args: [
        {
          placementId: placement.id,
          workerId: worker.id,
          employerId: placement.employer,
          isoWeek: week,
          placementStart: plan.from,
          placementEnd: plan.to,
          policy: { ...DEFAULT_APPROVAL_POLICY, deemedApprovalDays: deps.config.TIMESHEET_DEEMED_APPROVAL_DAYS },
        },
      ],
    })
    .catch(() => deps.temporal.workflow.getHandle(workflowId));
  const actor = { userId: 'demo-history', role: 'worker' as const };
  await handle.executeUpdate(saveEntriesUpdate, { args: [{ entries, actor, requestId: 'demo-history' }] });
  await handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor, requestId: 'demo-history' }] });
  return week;
}
