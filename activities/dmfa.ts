import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../db/audit';
import { DmfaDeclarationVersion, Worker } from '../db/entities';
import type { StoredDmfaAnomaly, StoredDmfaException } from '../db/entities/dmfa-declaration-version';
import type { Actor } from '../domain/access/roles';
import { checkDimonaCompleteness, type ContractDimonaFacts } from '../domain/declarations/dimona-completeness';
import { buildDmfa, type ContractForDeclaration, type PayslipForDeclaration, type WorkerForDeclaration } from '../domain/declarations/dmfa';
import { dmfaBatchFileName, dmfaOnssNumber, writeDmfaXml } from '../domain/declarations/dmfa-xml';
import { dmfaQuarterCode, monthsOfQuarter } from '../domain/declarations/quarter';
import { RULE_VIOLATION_FAILURE } from '../domain/rule-violation';
import { brusselsDateOf } from '../domain/time/brussels';
import { validateDmfaXml } from './declarations/dmfa-schema';
import { payrollRunsNotFinalised, readFinalisedPayslips } from '../db/declaration-payslips';
import type { ActivityDeps } from './deps';
import { NotFoundError } from './errors';
import type { DmfaAnswerState } from './gateways/declaration-gateway';
import { fieldsOf } from '../platform/crypto/field-cipher';

export type DmfaVersionStatus = 'blocked' | 'ready' | 'superseded' | 'sent' | 'acknowledged' | 'anomalies';

export interface BuildDmfaVersionInput {
  quarter: string;
  version: number;
  reason: string;
  actor: Actor;
}

export interface DmfaVersionSummary {
  quarter: string;
  version: number;
  status: DmfaVersionStatus;
  /** Exceptions and anomalies name workers by id and code; never an identifier in clear. */
  exceptions: StoredDmfaException[];
  valid: boolean | null;
}

export interface DmfaAnswerSummary {
  state: DmfaAnswerState;
  anomalies: StoredDmfaAnomaly[];
}

const keyOf = (quarter: string, version: number) => `dmfa:${quarter}:v${version}`;

function ruleViolation(message: string, field: string, code: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(message, RULE_VIOLATION_FAILURE, [{ field, code, message }]);
}

function summaryOf(row: {
  quarter: string;
  version: number;
  status: string;
  exceptions: StoredDmfaException[];
  validation?: { valid: boolean } | null;
}): DmfaVersionSummary {
  return {
    quarter: row.quarter,
    version: row.version,
    status: row.status as DmfaVersionStatus,
    exceptions: row.exceptions,
    valid: row.validation?.valid ?? null,
  };
}

/** 'HH:MM:SS.mmm' in Brussels, as FormCreationHour wants it. */
function brusselsTimeOf(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return `${parts}.${String(at.getMilliseconds()).padStart(3, '0')}`;
}

async function contractsAndDimona(
  em: EntityManager,
  workerIds: string[],
  contractIds: string[],
): Promise<{ contracts: ContractForDeclaration[]; dimona: ContractDimonaFacts[] }> {
  if (workerIds.length === 0) return { contracts: [], dimona: [] };
  const rows = await em.getConnection().execute<
    {
      id: string;
      worker_id: string;
      code: string;
      status: string;
      joint_committee: string;
      weekly_hours: string;
      start_date: string;
      end_date: string;
      ended_on: string | null;
    }[]
  >(
    `select c.id, c.worker_id, w.code, c.status, c.joint_committee, c.weekly_hours, to_char(c.start_date, 'YYYY-MM-DD') as start_date,
            to_char(c.end_date, 'YYYY-MM-DD') as end_date, to_char(c.ended_on, 'YYYY-MM-DD') as ended_on
       from employment_contract c join worker w on w.id = c.worker_id
      where c.worker_id in (${workerIds.map(() => '?').join(', ')}) or c.id in (${contractIds.map(() => '?').join(', ') || 'null'})`,
    [...workerIds, ...contractIds],
  );
  const dimonaRows =
    rows.length === 0
      ? []
      : await em.getConnection().execute<{ contract_id: string; action: string; status: string }[]>(
          `select contract_id, action, status from dimona_declaration where contract_id in (${rows.map(() => '?').join(', ')})`,
          rows.map((r) => r.id),
        );
  return {
    contracts: rows.map((r) => ({
      contractId: r.id,
      startDate: r.start_date,
      endDate: r.end_date,
      endedOn: r.ended_on,
      jointCommittee: r.joint_committee,
      weeklyHours: Number(r.weekly_hours),
    })),
    dimona: rows.map((r) => ({
      contractId: r.id,
      workerId: r.worker_id,
      workerCode: r.code,
      startDate: r.start_date,
      endDate: r.end_date,
      endedOn: r.ended_on,
      status: r.status,
      dimona: Object.fromEntries(dimonaRows.filter((d) => d.contract_id === r.id).map((d) => [d.action, d.status])),
    })),
  };
}

export function dmfaActivities({ orm, cipher, cooperative, declarations, logger }: ActivityDeps) {
  return {
    /**
     * Builds version `version` of the quarter's DmfA from the finalised payslips, once: the
     * version row is unique per (quarter, version), so a retry answers what the first run built.
     * Blocking exceptions (no INSS, a Dimona missing, …) or a schema error leave it 'blocked'.
     */
    async buildDmfaVersion(input: BuildDmfaVersionInput): Promise<DmfaVersionSummary> {
      const em = orm.em.fork();
      const existing = await em.findOne(DmfaDeclarationVersion, { quarter: input.quarter, version: input.version });
      if (existing) return summaryOf(existing);

      const payslips: PayslipForDeclaration[] = await readFinalisedPayslips(em, monthsOfQuarter(input.quarter));
      const workerIds = [...new Set(payslips.map((p) => p.workerId))];
      const workerRows = workerIds.length === 0 ? [] : await em.find(Worker, { id: { $in: workerIds } });
      const workers: WorkerForDeclaration[] = workerRows.map((w) => ({
        workerId: w.id,
        workerCode: w.code,
        inss: cipher.decryptOptional(w.nationalNumberCipher, fieldsOf('worker', w.id)('national_number_cipher')),
      }));
      const { contracts, dimona } = await contractsAndDimona(em, workerIds, [...new Set(payslips.map((p) => p.contractId))]);
      const employer = { onssNumber: cooperative.onssNumber, enterpriseNumber: cooperative.enterpriseNumber };
      const { declaration, exceptions } = buildDmfa({ quarter: input.quarter, employer, workers, contracts, payslips });
      exceptions.push(...checkDimonaCompleteness(input.quarter, dimona, new Set(declaration.naturalPersons.map((p) => p.workerId))));
      for (const period of await payrollRunsNotFinalised(em, monthsOfQuarter(input.quarter))) {
        exceptions.push({
          workerId: null,
          field: 'payroll',
          code: 'payroll-not-finalised',
          message: `The payroll run of ${period} is not finalised yet: declare the quarter once it is.`,
          blocking: true,
        });
      }
      if (!dmfaOnssNumber(cooperative.onssNumber)) {
        exceptions.push({
          workerId: null,
          field: 'COOPERATIVE_ONSS_NUMBER',
          code: 'onss-number-invalid',
          message: 'The cooperative’s ONSS number must have 9 digits (at most 199999934) to be declared.',
          blocking: true,
        });
      }

      const versionId = randomUUID();
      let xmlCipher: string | null = null;
      let validation: { valid: boolean; schema: string; errors: string[] } | null = null;
      if (!exceptions.some((e) => e.blocking)) {
        const now = new Date();
        const xml = writeDmfaXml(declaration, {
          createdOn: brusselsDateOf(now.getTime()),
          createdAt: brusselsTimeOf(now),
          reference: `TC${dmfaQuarterCode(input.quarter)}V${input.version}`,
        });
        validation = await validateDmfaXml(xml);
        xmlCipher = cipher.encrypt(xml, { table: 'dmfa_declaration_version', column: 'xml_cipher', id: versionId });
      }
      const status: DmfaVersionStatus = xmlCipher && validation?.valid ? 'ready' : 'blocked';

      await em.transactional(async (tx) => {
        await tx
          .getConnection()
          .execute(`update dmfa_declaration_version set status = 'superseded' where quarter = ? and sent_at is null and status in ('ready', 'blocked')`, [
            input.quarter,
          ]);
        tx.create(DmfaDeclarationVersion, {
          id: versionId,
          quarter: input.quarter,
          version: input.version,
          status,
          reason: input.reason,
          requestedBy: input.actor.userId,
          xmlCipher,
          validation,
          exceptions,
          totals: declaration.totals as unknown as Record<string, unknown>[],
          naturalPersons: declaration.naturalPersons.map((p) => ({ sequenceNbr: p.sequenceNbr, workerId: p.workerId, workerCode: p.userReference })),
          payslipIds: payslips.map((p) => p.id),
          netOwedCents: declaration.netOwedCents,
          idempotencyKey: keyOf(input.quarter, input.version),
          fileName: null,
          onssReference: null,
          sentAt: null,
          sentBy: null,
          answeredAt: null,
          anomalies: [],
        });
        await tx.getConnection().execute(
          `insert into dmfa_declaration (quarter, status, current_version, created_at, updated_at) values (?, ?, ?, now(), now())
           on conflict (quarter) do update set status = excluded.status, current_version = excluded.current_version, updated_at = now()`,
          [input.quarter, status, input.version],
        );
        // Reading the INSS to write it into the file is a read of each worker's identity: the worker sees it.
        if (xmlCipher) {
          for (const person of declaration.naturalPersons) {
            recordAudit(tx, {
              actor: input.actor,
              action: 'worker.identity-declared',
              subjectType: 'dmfa-declaration',
              subjectId: `${input.quarter}:v${input.version}`,
              workerId: person.workerId,
              reason: `DmfA ${input.quarter}`,
              idempotencyKey: `${keyOf(input.quarter, input.version)}:${person.workerId}`,
            });
          }
        }
      });
      logger.info({ quarter: input.quarter, version: input.version, status, workers: declaration.naturalPersons.length }, 'dmfa version built');
      return { quarter: input.quarter, version: input.version, status, exceptions, valid: validation?.valid ?? null };
    },

    /** Sends a ready version through the declaration gateway, once: the same version never leaves twice. */
    async sendDmfaVersion({ quarter, version, actor }: { quarter: string; version: number; actor: Actor }): Promise<{ reference: string }> {
      const em = orm.em.fork();
      const row = await em.findOne(DmfaDeclarationVersion, { quarter, version });
      if (!row) throw new NotFoundError(`DmfA ${quarter} v${version}`);
      if (row.onssReference) return { reference: row.onssReference };
      if (row.status !== 'ready' || !row.xmlCipher)
        throw ruleViolation(`DmfA ${quarter} v${version} is ${row.status}: only a ready version is sent`, 'status', 'not-ready');
      const sentAt = new Date();
      // The file's sequence is the version: a corrected version gets a new file, never the same one twice.
      const fileName = dmfaBatchFileName(dmfaOnssNumber(cooperative.onssNumber) ?? '0', brusselsDateOf(sentAt.getTime()), version, 'T');
      const { reference } = await declarations.submitDmfa(
        { fileName, xml: cipher.decrypt(row.xmlCipher, { table: 'dmfa_declaration_version', column: 'xml_cipher', id: row.id }) },
        row.idempotencyKey,
      );
      await em
        .getConnection()
        .execute(
          `update dmfa_declaration_version set status = 'sent', file_name = ?, onss_reference = ?, sent_at = ?, sent_by = ? where id = ? and sent_at is null`,
          [fileName, reference, sentAt, actor.userId, row.id],
        );
      await em.getConnection().execute(`update dmfa_declaration set status = 'sent', updated_at = now() where quarter = ?`, [quarter]);
      return { reference };
    },

    /** Reads ONSS's answer to a sent version and records it (anomalies mapped back to the workers). */
    async readDmfaAnswer({ quarter, version }: { quarter: string; version: number }): Promise<DmfaAnswerSummary> {
      const em = orm.em.fork();
      const row = await em.findOne(DmfaDeclarationVersion, { quarter, version });
      if (!row?.onssReference) throw new NotFoundError(`sent DmfA ${quarter} v${version}`);
      const answer = await declarations.dmfaStatus(row.onssReference);
      const anomalies: StoredDmfaAnomaly[] = answer.anomalies.map((a) => {
        const person = row.naturalPersons.find(
          (p) => p.sequenceNbr === a.naturalPersonSequenceNbr || (a.userReference !== null && p.workerCode === a.userReference),
        );
        return { workerId: person?.workerId ?? null, workerCode: person?.workerCode ?? null, code: a.code, message: a.message };
      });
      if (answer.state !== 'pending' && row.status === 'sent') {
        await em
          .getConnection()
          .execute(`update dmfa_declaration_version set status = ?, answered_at = now(), anomalies = ? where id = ? and status = 'sent'`, [
            answer.state,
            JSON.stringify(anomalies),
            row.id,
          ]);
        await em
          .getConnection()
          .execute(`update dmfa_declaration set status = ?, updated_at = now() where quarter = ? and current_version = ?`, [answer.state, quarter, version]);
      }
      return { state: answer.state, anomalies };
    },

    /** Once ONSS acknowledges the quarter, its open admin tasks (exceptions, anomalies) are done. */
    async resolveDmfaTasks({ quarter }: { quarter: string }): Promise<void> {
      await orm.em
        .fork()
        .getConnection()
        .execute(`update alert set resolved_at = now() where resolved_at is null and kind in ('dmfa-blocked', 'dmfa-anomaly') and subject_id = ?`, [quarter]);
    },
  };
}
