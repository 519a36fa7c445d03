import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { Actor } from '../domain/access/roles';
import { CORRECTION_CONFIRMATION_DAYS } from '../domain/timesheets/correction';
import { hoursIn } from '../domain/i18n/notification-messages';
import { RULE_VIOLATION_FAILURE } from '../domain/rule-violation';
import { recordAudit } from '../db/audit';
import { AuditEntry, Placement, Timesheet } from '../db/entities';
import type { ActivityDeps } from './deps';
import { NotFoundError, refusedByDatabaseRuleAsConflict } from './errors';
import { queueWorkerNotice } from './worker-notices';

interface VersionKey {
  placementId: string;
  isoWeek: string;
  version: number;
}

export interface ProposeCorrectionInput extends VersionKey {
  entries: unknown[];
  totalsByKind: Record<string, number>;
  totalMinutes: number;
  /** The approved version it would supersede, which stays in force until the answer. */
  supersedes: string | null;
  reason: string;
  cooperativeMayConfirmFrom: string;
  actor: Actor;
  requestId?: string | null;
  idempotencyKey: string;
}

export interface CorrectionAnswerRecord extends VersionKey {
  answer: 'confirmed' | 'disputed' | 'withdrawn';
  /** Who settled it: the worker themself, or the cooperative (on their behalf, or withdrawing it). */
  by: 'worker' | 'cooperative';
  reason: string | null;
  actor: Actor;
  requestId?: string | null;
  idempotencyKey: string;
}

/** Corrections of approved weeks that wait for the worker (see domain/timesheets/correction.ts). */
export function timesheetCorrectionActivities({ orm }: ActivityDeps) {
  const alertKeys = (k: VersionKey) => ['unanswered', 'disputed'].map((what) => `timesheet-correction-${what}:${k.placementId}:${k.isoWeek}:v${k.version}`);

  return {
    /**
     * Writes the proposed version beside the approved one (which stays in force) and tells the
     * worker, in their language, the hours before and after, in one transaction.
     */
    async proposeTimesheetCorrection(input: ProposeCorrectionInput): Promise<{ timesheetId: string }> {
      return refusedByDatabaseRuleAsConflict(`timesheet ${input.isoWeek} v${input.version}`, () =>
        orm.em.fork().transactional(async (tx) => {
          const existing = await tx.findOne(Timesheet, { placement: input.placementId, isoWeek: input.isoWeek, version: input.version });
          if (existing && (await tx.count(AuditEntry, { idempotencyKey: input.idempotencyKey }))) return { timesheetId: existing.id };
          if (existing) {
            throw ApplicationFailure.nonRetryable(`timesheet ${input.isoWeek} v${input.version} exists`, RULE_VIOLATION_FAILURE, [
              { field: 'timesheet', code: 'changed-meanwhile', message: 'this version of the week exists already' },
            ]);
          }
          const placement = await tx.findOne(Placement, { id: input.placementId });
          if (!placement) throw new NotFoundError(`placement ${input.placementId}`);
          const approved = input.supersedes ? await tx.findOneOrFail(Timesheet, { id: input.supersedes }, { fields: ['id', 'totalMinutes'] }) : null;
          const row = tx.create(Timesheet, {
            id: randomUUID(),
            placement: input.placementId,
            isoWeek: input.isoWeek,
            version: input.version,
            status: 'correction-proposed',
            entries: input.entries,
            totalsByKind: input.totalsByKind,
            totalMinutes: input.totalMinutes,
            supersedes: input.supersedes,
            correctionReason: input.reason,
            submittedAt: new Date(),
            submittedBy: input.actor.userId,
          });
          await queueWorkerNotice(tx, placement.worker, 'timesheet-correction-proposed', `correction-proposed:${row.id}`, (language) => ({
            week: input.isoWeek,
            before: hoursIn(approved?.totalMinutes ?? 0, language),
            after: hoursIn(input.totalMinutes, language),
            reason: input.reason,
            days: String(CORRECTION_CONFIRMATION_DAYS),
          }));
          recordAudit(tx, {
            actor: input.actor,
            action: 'timesheet.correction-proposed',
            subjectType: 'timesheet',
            subjectId: row.id,
            workerId: placement.worker,
            reason: input.reason,
            requestId: input.requestId,
            idempotencyKey: input.idempotencyKey,
            details: { isoWeek: input.isoWeek, version: input.version, totalMinutes: input.totalMinutes, approvedMinutes: approved?.totalMinutes ?? null },
          });
          return { timesheetId: row.id };
        }),
      );
    },

    /**
     * Records the answer to a proposed correction. Confirmed, the new version is approved and the old
     * one superseded (payroll reads the new one from then on); disputed, it waits for the
     * cooperative; withdrawn, the approved version simply stays. The worker hears of a confirmation
     * and of a withdrawal; the cooperative's alerts about it end with the answer.
     */
    async recordCorrectionAnswer(input: CorrectionAnswerRecord): Promise<void> {
      await refusedByDatabaseRuleAsConflict(`timesheet ${input.isoWeek} v${input.version}`, () =>
        orm.em.fork().transactional(async (tx) => {
          if (await tx.count(AuditEntry, { idempotencyKey: input.idempotencyKey })) return;
          const row = await tx.findOne(Timesheet, { placement: input.placementId, isoWeek: input.isoWeek, version: input.version });
          if (!row) throw new NotFoundError(`timesheet ${input.isoWeek} v${input.version}`);
          const placement = await tx.findOneOrFail(Placement, { id: input.placementId });
          const previous = row.supersedes ? await tx.findOneOrFail(Timesheet, { id: row.supersedes }) : null;
          const facts = (language: 'fr' | 'nl' | 'en') => ({
            week: input.isoWeek,
            before: hoursIn(previous?.totalMinutes ?? 0, language),
            after: hoursIn(row.totalMinutes, language),
            by: input.by,
          });
          if (input.answer === 'disputed') {
            row.status = 'correction-disputed';
            row.disputeReason = input.reason;
          } else {
            row.status = input.answer === 'confirmed' ? 'approved' : 'withdrawn';
            row.decidedAt = new Date();
            row.decidedBy = input.actor.userId;
            row.decisionVia = input.by;
            row.approvalEvidence = { answer: input.answer, by: input.by, ...(input.by === 'cooperative' ? { reason: input.reason } : {}) };
            if (input.answer === 'confirmed') {
              if (input.by === 'worker') row.workerConfirmedAt = new Date();
              if (previous) previous.status = 'superseded';
            }
            await queueWorkerNotice(
              tx,
              placement.worker,
              input.answer === 'confirmed' ? 'timesheet-correction-confirmed' : 'timesheet-correction-withdrawn',
              `correction-${input.answer}:${row.id}`,
              facts,
            );
            await tx
              .getConnection()
              .execute(
                `update alert set resolved_at = now(), resolution = ? where resolved_at is null and idempotency_key in (?, ?)`,
                [`correction ${input.answer} by the ${input.by}`, ...alertKeys(input)],
                'run',
                tx.getTransactionContext(),
              );
          }
          recordAudit(tx, {
            actor: input.actor,
            action: `timesheet.correction-${input.answer}`,
            subjectType: 'timesheet',
            subjectId: row.id,
            workerId: placement.worker,
            reason: input.reason,
            requestId: input.requestId,
            idempotencyKey: input.idempotencyKey,
            details: { isoWeek: input.isoWeek, version: input.version, by: input.by },
          });
        }),
      );
    },
  };
}
