import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../domain/access/roles';
import type { PayslipTotals, StoredPayslipLine } from '../domain/payroll';
import { coverageWarnings } from '../domain/payroll/parameters/coverage';
import { belgianPayrollParameters } from '../domain/payroll';
import { previousPeriod } from '../domain/payroll-runs/pay-period';
import { messageIn, monthIn, recipientLanguage } from '../domain/i18n/notification-messages';
import type { Language } from '../domain/i18n/rule-messages';
import { payslipNumber } from '../domain/payroll-runs/payroll-run';
import { addTotals, changeAgainst, shareByEmployer, ZERO_TOTALS, type RunTotals } from '../domain/payroll-runs/run-totals';
import { formatNiss } from '../domain/identifiers';
import { recordAudit } from '../db/audit';
import { PayrollRun, Payslip, PayslipDraft, UserAccount, type IPayslipDraft } from '../db/entities';
import type { ActivityDeps } from './deps';
import { payslipRenderPool } from './documents/render-pool';
import { maskIban, nationalNumberLastDigits, type PayslipDocumentInput } from './documents/payslip-pdf';
import { NotFoundError } from './errors';
import { heartbeat } from './heartbeat';
import { queueNotification } from './notifications';
import { computeChunk, type ComputeChunkInput, type ComputeChunkResult } from './payroll-collect';
import { contractsInScope, execSql, openPayrollRun, regularisablePeriods, type SqlRow } from '../db/payroll-scope';
import { fieldsOf, storedDocumentContent } from '../platform/crypto/field-cipher';

type Row = SqlRow;
const exec = execSql;

export interface FinaliseChunkInput {
  runId: string;
  afterDraftId: string | null;
  limit: number;
  /** The Brussels date the payslips are issued on (their PDF creation date). */
  issuedOn: string;
}

export function payrollRunActivities({ orm, cipher, cooperative, pdfRenderThreads }: ActivityDeps) {
  const runOrFail = async (em: EntityManager, runId: string) => {
    const run = await em.findOne(PayrollRun, { id: runId });
    if (!run) throw new NotFoundError(`payroll run ${runId}`);
    return run;
  };

  return {
    /** Opens the run of a month (the schedule's way in); null when there is nothing to pay. */
    async openPayrollRun({ period, startedBy }: { period: string; startedBy: string }): Promise<{ runId: string; startedBy: string } | null> {
      const opened = await openPayrollRun(orm.em.fork(), period, startedBy);
      return opened && { runId: opened.runId, startedBy: opened.startedBy };
    },

    /** Starts a computing round: the previous round's drafts go, the contracts to compute are counted. */
    async preparePayrollRun({ runId, period }: { runId: string; period: string; round: number }): Promise<{ total: number }> {
      const em = orm.em.fork();
      const total = (await contractsInScope(em, period, await regularisablePeriods(em, period), null, null)).length;
      await em.transactional(async (tx) => {
        const run = await runOrFail(tx, runId);
        if (run.status !== 'collecting') return;
        await exec(tx, `delete from payslip_draft where run_id = ?`, [runId]);
        run.progressDone = 0;
        run.progressTotal = total;
      });
      return { total };
    },

    /** Computes the drafts of the next contracts (see computeChunk). */
    async computePayslipDrafts(input: ComputeChunkInput): Promise<ComputeChunkResult> {
      return computeChunk(orm.em.fork(), cipher, input);
    },

    /** The preview: totals overall and per employer, the change against the previous run. */
    async summarisePayrollRun({ runId, period }: { runId: string; period: string }): Promise<{ payslips: number; exceptions: number }> {
      const em = orm.em.fork();
      const drafts = await em.find(
        PayslipDraft,
        { runId },
        {
          fields: [
            'workerId',
            'grossCents',
            'personalContributionCents',
            'socialWorkBonusCents',
            'withholdingTaxCents',
            'specialContributionCents',
            'netCents',
            'employerCostCents',
            'minutesByEmployer',
          ],
        },
      );
      let totals: RunTotals = ZERO_TOTALS;
      const workers = new Set<string>();
      const byEmployer = new Map<string, { employerId: string; employerName: string; totals: RunTotals; workers: Set<string> }>();
      for (const d of drafts) {
        const amounts = {
          grossCents: d.grossCents,
          personalContributionsCents: d.personalContributionCents - d.socialWorkBonusCents,
          withholdingTaxCents: d.withholdingTaxCents,
          specialContributionCents: d.specialContributionCents,
          netCents: d.netCents,
          employerCostCents: d.employerCostCents,
        };
        totals = addTotals(totals, amounts, !workers.has(d.workerId));
        workers.add(d.workerId);
        for (const share of shareByEmployer(amounts, d.minutesByEmployer)) {
          const name = d.minutesByEmployer.find((m) => m.employerId === share.employerId)!.employerName;
          const e = byEmployer.get(share.employerId) ?? { employerId: share.employerId, employerName: name, totals: ZERO_TOTALS, workers: new Set<string>() };
          e.totals = addTotals(e.totals, share.amounts, !e.workers.has(d.workerId));
          e.workers.add(d.workerId);
          byEmployer.set(share.employerId, e);
        }
      }
      const previous = await em.findOne(PayrollRun, { period: previousPeriod(period) }, { fields: ['totals', 'status'] });
      const [{ n }] = (await exec(
        em,
        `select count(*)::int as n from payroll_exception where run_id = ? and round = (select round from payroll_run where id = ?)`,
        [runId, runId],
      )) as [{ n: number }];
      await em.transactional(async (tx) => {
        const run = await runOrFail(tx, runId);
        if (run.status !== 'collecting') return;
        run.status = 'preview';
        run.totals = totals as unknown as Record<string, number>;
        run.totalsByEmployer = [...byEmployer.values()]
          .map((e) => ({ employerId: e.employerId, employerName: e.employerName, totals: e.totals }))
          .sort((a, b) => a.employerName.localeCompare(b.employerName));
        run.change =
          previous?.totals && previous.status === 'finalised'
            ? (changeAgainst(previousPeriod(period), previous.totals as unknown as RunTotals, totals) as unknown as Record<string, unknown>)
            : null;
      });
      return { payslips: drafts.length, exceptions: n };
    },

    /** Four eyes passed: the inputs are locked (the drafts), numbers given, the payment date set. */
    async approvePayrollRun({
      runId,
      approvedBy,
      paymentDate,
      requestId,
    }: {
      runId: string;
      approvedBy: Actor;
      paymentDate: string;
      requestId?: string | null;
    }): Promise<void> {
      await orm.em.fork().transactional(async (tx) => {
        const run = await runOrFail(tx, runId);
        if (run.status !== 'preview') return;
        run.status = 'approved';
        run.approvedBy = approvedBy.userId;
        run.approvedAt = new Date();
        run.paymentDate = paymentDate;
        await exec(
          tx,
          `update payslip_draft d set sequence = s.n from (
             select id, row_number() over (order by worker_code, contract_id, kind, regularises_period nulls first) as n from payslip_draft where run_id = ?
           ) s where d.id = s.id`,
          [runId],
        );
        recordAudit(tx, {
          actor: approvedBy,
          action: 'payroll-run.approved',
          subjectType: 'payroll-run',
          subjectId: runId,
          requestId,
          idempotencyKey: `payroll-run:${runId}:approved`,
          details: { period: run.period, paymentDate },
        });
      });
    },

    /** Rejected with a reason: back to collect, in a new round. */
    async rejectPayrollRun({
      runId,
      rejectedBy,
      reason,
      round,
      requestId,
    }: {
      runId: string;
      rejectedBy: Actor;
      reason: string;
      round: number;
      requestId?: string | null;
    }): Promise<void> {
      await orm.em.fork().transactional(async (tx) => {
        const run = await runOrFail(tx, runId);
        if (run.status !== 'preview' || run.round !== round) return;
        run.status = 'collecting';
        run.round = round + 1;
        run.rejections = [...run.rejections, { by: rejectedBy.userId, at: new Date().toISOString(), reason }];
        recordAudit(tx, {
          actor: rejectedBy,
          action: 'payroll-run.rejected',
          subjectType: 'payroll-run',
          subjectId: runId,
          reason: reason.slice(0, 300),
          requestId,
          idempotencyKey: `payroll-run:${runId}:rejected:${round}`,
        });
      });
    },

    /**
     * Issues the next payslips of an approved run: PDF in the worker's language, stored encrypted
     * with its hash; the payslip row (immutable); the timesheet versions it pays marked; the
     * worker told. One transaction per chunk; a payslip already issued is skipped, so a retry or
     * a crashed worker never issues twice.
     */
    async finalisePayslips(input: FinaliseChunkInput): Promise<{ processed: number; lastDraftId: string | null; done: boolean }> {
      const em = orm.em.fork();
      const run = await runOrFail(em, input.runId);
      if (run.status === 'approved') await exec(em, `update payroll_run set status = 'finalising' where id = ? and status = 'approved'`, [input.runId]);
      const drafts = await em.find(
        PayslipDraft,
        { runId: input.runId, ...(input.afterDraftId ? { id: { $gt: input.afterDraftId } } : {}) },
        { orderBy: { id: 'asc' }, limit: input.limit },
      );
      if (drafts.length === 0) return { processed: 0, lastDraftId: input.afterDraftId, done: true };
      const issued = new Set((await exec(em, `select id::text from payslip where id = any(?::uuid[])`, [drafts.map((d) => d.id)])).map((r) => r.id as string));
      const todo = drafts.filter((d) => !issued.has(d.id));
      const people = await peopleOf(em, todo);
      // Every PDF of the chunk is queued on the render threads at once; the transaction writes each
      // payslip as its PDF arrives, so the database work overlaps the rendering.
      const pool = payslipRenderPool(pdfRenderThreads ?? 0);
      const documents = todo.map((draft) => {
        const p = people.get(draft.id)!;
        const pdf = pool.render(documentInput(draft, p, run.paymentDate!, input.issuedOn, cooperative, cipher));
        pdf.catch(() => undefined); // awaited below, in order; a failure fails the chunk (retried)
        return { draft, pdf, language: p.language };
      });
      await em.transactional(async (tx) => {
        for (const { draft, pdf: rendering, language } of documents) {
          const pdf = await rendering;
          heartbeat();
          const documentId = randomUUID();
          const sha256 = createHash('sha256').update(pdf).digest('hex');
          const number = payslipNumber(draft.period, draft.sequence);
          await exec(
            tx,
            `insert into stored_document (id, kind, business_key, worker_id, file_name, content_type, language, content_cipher, sha256, size_bytes, created_at)
             values (?, 'payslip', ?, ?, ?, 'application/pdf', ?, ?, ?, ?, now())`,
            [
              documentId,
              `payslip:${draft.id}`,
              draft.workerId,
              `payslip-${number}-${draft.workerCode}.pdf`,
              language,
              cipher.encryptBytes(pdf, storedDocumentContent(documentId)),
              sha256,
              pdf.length,
            ],
          );
          const { id, draftKey: _key, createdAt: _c, ...columns } = draft;
          // The same values, bound to the payslip row (a draft's binding does not hold in another table).
          const [fromDraft, toPayslip] = [fieldsOf('payslip_draft', id), fieldsOf('payslip', id)];
          tx.create(Payslip, {
            ...columns,
            id,
            taxSituationCipher: cipher.encrypt(cipher.decrypt(draft.taxSituationCipher, fromDraft('tax_situation_cipher')), toPayslip('tax_situation_cipher')),
            ibanCipher: cipher.encryptOptional(cipher.decryptOptional(draft.ibanCipher, fromDraft('iban_cipher')), toPayslip('iban_cipher')),
            businessKey: `${draft.period}:${draft.contractId}:${draft.kind}${draft.regularisesPeriod ? `:${draft.regularisesPeriod}` : ''}`,
            number,
            documentId,
            documentSha256: sha256,
            language,
            paymentDate: run.paymentDate!,
            issuedAt: new Date(),
          });
          // Flushed once, when the chunk's transaction commits: a flush per payslip re-compares every
          // payslip already created in the chunk (their lines are large), which made finalising slow.
          const paidPeriod = draft.regularisesPeriod ?? draft.period;
          await exec(
            tx,
            `insert into timesheet_payment (timesheet_id, period, payslip_id, created_at) select unnest(?::uuid[]), ?, ?, now() on conflict do nothing`,
            [draft.timesheetIds, paidPeriod, id],
          );
          await exec(tx, `update timesheet set payslip_id = ? where id = any(?::uuid[]) and payslip_id is null`, [id, draft.timesheetIds]);
          recordAudit(tx, {
            actor: { userId: 'system', role: 'system' },
            action: 'payslip.issued',
            subjectType: 'payslip',
            subjectId: id,
            workerId: draft.workerId,
            idempotencyKey: `payslip:${id}:issued`,
            details: { number, period: draft.period, kind: draft.kind },
          });
          for (const account of await tx.find(UserAccount, { worker: draft.workerId, disabledAt: null }, { fields: ['id', 'email', 'language'] })) {
            const reads = recipientLanguage(account.language, language);
            const month = monthIn(draft.regularisesPeriod ?? draft.period, reads);
            const notice = messageIn(draft.kind === 'regularisation' ? 'payslip-correction-ready' : 'payslip-ready', reads, { month });
            await queueNotification(tx, {
              key: `payslip-ready:${id}:${account.id}`,
              recipientEmail: account.email,
              recipientUserId: account.id,
              kind: 'payslip-ready',
              subject: notice.subject,
              body: notice.body,
              link: null,
            });
          }
        }
      });
      return { processed: drafts.length, lastDraftId: drafts[drafts.length - 1]!.id, done: drafts.length < input.limit };
    },

    /** The run is over: every payslip issued. Provisional values used are an alert of their own. */
    async completePayrollRun({ runId }: { runId: string }): Promise<void> {
      const em = orm.em.fork();
      await em.transactional(async (tx) => {
        const run = await runOrFail(tx, runId);
        if (run.status === 'finalised') return;
        run.status = 'finalised';
        run.finalisedAt = new Date();
        const [row] = await exec(tx, `select count(*)::int as n from payslip where run_id = ? and provisional`, [runId]);
        if ((row!.n as number) > 0) {
          await exec(
            tx,
            `insert into alert (id, kind, severity, subject_type, subject_id, worker_id, message, raised_at, idempotency_key)
             values (?, 'payroll-provisional-parameters', 'warning', 'payroll-run', ?, null, ?, now(), ?) on conflict (idempotency_key) do nothing`,
            [
              randomUUID(),
              runId,
              `The ${run.period} payroll used provisional parameters in ${row!.n} payslip(s): enter the official figures, then the next run regularises them.`,
              `payroll-provisional:${run.period}`,
            ],
          );
        }
      });
    },

    /** Start-up: warns (log and alert) from 60 days before the official parameters or their carried values end. */
    async raiseParameterCoverageAlerts({ today }: { today: string }): Promise<string[]> {
      const warnings = coverageWarnings(belgianPayrollParameters, today);
      for (const w of warnings) {
        await exec(
          orm.em.fork(),
          `insert into alert (id, kind, severity, subject_type, subject_id, worker_id, message, raised_at, idempotency_key)
           values (?, ?, ?, 'payroll-parameters', ?, null, ?, now(), ?) on conflict (idempotency_key) do nothing`,
          [randomUUID(), w.code, w.code === 'parameters-ending' ? 'critical' : 'warning', w.endsOn, w.message, `${w.code}:${w.endsOn}`],
        );
      }
      return warnings.map((w) => w.message);
    },
  };
}

interface PersonFacts {
  code: string;
  displayName: string;
  language: Language;
  contractStart: string;
  contractEnd: string;
  correctsNumber: string | null;
}

async function peopleOf(em: EntityManager, drafts: readonly IPayslipDraft[]): Promise<Map<string, PersonFacts & { raw: Row }>> {
  const result = new Map<string, PersonFacts & { raw: Row }>();
  if (drafts.length === 0) return result;
  const workers = new Map(
    (
      await exec(
        em,
        `select id::text, code, first_name, display_name, preferred_language, national_number_cipher, address_cipher, birth_data_cipher from worker where id = any(?::uuid[])`,
        [[...new Set(drafts.map((d) => d.workerId))]],
      )
    ).map((r) => [r.id as string, r]),
  );
  const contracts = new Map(
    (
      await exec(em, `select id::text, start_date::text, end_date::text from employment_contract where id = any(?::uuid[])`, [
        [...new Set(drafts.map((d) => d.contractId))],
      ])
    ).map((r) => [r.id as string, r]),
  );
  const corrected = new Map(
    (
      await exec(em, `select id::text, number from payslip where id = any(?::uuid[])`, [drafts.map((d) => d.correctsPayslipId).filter((x): x is string => !!x)])
    ).map((r) => [r.id as string, r.number as string]),
  );
  for (const d of drafts) {
    const w = workers.get(d.workerId)!;
    const c = contracts.get(d.contractId)!;
    const language = (['fr', 'nl', 'en'].includes(w.preferred_language as string) ? w.preferred_language : 'fr') as Language;
    result.set(d.id, {
      code: w.code as string,
      displayName: w.display_name as string,
      language,
      contractStart: c.start_date as string,
      contractEnd: c.end_date as string,
      correctsNumber: d.correctsPayslipId ? (corrected.get(d.correctsPayslipId) ?? null) : null,
      raw: w,
    });
  }
  return result;
}

function documentInput(
  d: IPayslipDraft,
  p: PersonFacts & { raw: Row },
  paymentDate: string,
  issuedOn: string,
  cooperative: ActivityDeps['cooperative'],
  cipher: ActivityDeps['cipher'],
): PayslipDocumentInput {
  const person = fieldsOf('worker', d.workerId);
  const niss = cipher.decryptOptional(p.raw.national_number_cipher as string | null, person('national_number_cipher'));
  const address = cipher.decryptOptional(p.raw.address_cipher as string | null, person('address_cipher'));
  const identification = cipher.decryptOptional(p.raw.birth_data_cipher as string | null, person('birth_data_cipher'));
  const familyName = identification ? (JSON.parse(identification) as { familyName?: string }).familyName : undefined;
  const draft = fieldsOf('payslip_draft', d.id);
  const iban = cipher.decryptOptional(d.ibanCipher, draft('iban_cipher'));
  const situation = JSON.parse(cipher.decrypt(d.taxSituationCipher, draft('tax_situation_cipher'))) as {
    family?: 'single' | 'couple-two-incomes' | 'couple-one-income';
    dependentChildren?: number;
  };
  const m = d.minutesByKind as PayslipDocumentInput['minutesByKind'];
  return {
    language: p.language,
    number: payslipNumber(d.period, d.sequence),
    period: d.regularisesPeriod ?? d.period,
    kind: d.kind as 'regular' | 'regularisation',
    corrects: d.kind === 'regularisation' ? { number: p.correctsNumber ?? '—', period: d.regularisesPeriod ?? d.period } : null,
    issuedOn,
    paymentDate,
    cooperative: { name: cooperative.name, enterpriseNumber: cooperative.enterpriseNumber, onssNumber: cooperative.onssNumber, address: cooperative.address },
    worker: {
      code: p.code,
      displayName: familyName ? `${p.raw.first_name as string} ${familyName}` : p.displayName,
      nationalNumberLastDigits: niss ? nationalNumberLastDigits(formatNiss(niss)) : null,
      address: address ? formatAddress(JSON.parse(address)) : null,
    },
    employment: {
      jobTitle: d.jobTitle,
      jointCommittee: d.jointCommittee,
      workerCategory: d.workerCategory as 'white-collar' | 'blue-collar',
      weeklyHours: d.weeklyHours,
      fullTimeWeeklyHours: d.fullTimeWeeklyHours,
      hourlyWageCents: d.hourlyWageCents,
      contractStart: p.contractStart,
      contractEnd: p.contractEnd,
    },
    placements: d.minutesByEmployer.map((e) => ({ employerName: e.employerName, minutes: e.minutes })),
    minutesByKind: { regular: m.regular ?? 0, overtime: m.overtime ?? 0, night: m.night ?? 0, sunday: m.sunday ?? 0, publicHoliday: m.publicHoliday ?? 0 },
    lines: d.lines as StoredPayslipLine[],
    totals: d.totals as unknown as PayslipTotals,
    provisional: d.provisional,
    payment: iban ? { method: 'transfer', ibanMasked: maskIban(iban) } : { method: 'other' },
    taxSituation: { family: situation.family ?? 'single', dependentChildren: situation.dependentChildren ?? 0, recorded: d.taxSituationRecorded },
  };
}

function formatAddress(a: { street: string; houseNumber: string; postalCode: string; city: string; country: string }): string {
  return `${a.street} ${a.houseNumber}, ${a.postalCode} ${a.city}${a.country === 'BE' ? '' : `, ${a.country}`}`;
}

/** The document inputs of drafts, as the finalise step renders them (the payroll benchmark renders them again, bare). */
export async function payslipDocumentInputs(
  em: EntityManager,
  drafts: readonly IPayslipDraft[],
  paymentDate: string,
  issuedOn: string,
  cooperative: ActivityDeps['cooperative'],
  cipher: ActivityDeps['cipher'],
): Promise<PayslipDocumentInput[]> {
  const people = await peopleOf(em, drafts);
  return drafts.map((d) => documentInput(d, people.get(d.id)!, paymentDate, issuedOn, cooperative, cipher));
}
