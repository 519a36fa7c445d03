import { randomBytes, randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { Actor } from '../domain/access/roles';
import { RULE_VIOLATION_FAILURE } from '../domain/rule-violation';
import { TOKEN_PURPOSES } from '../domain/access/token-purposes';
import type { TimesheetStatus } from '../domain/timesheets/timesheet';
import { recordAudit } from '../db/audit';
import { ApprovalLinkUsedError, recordDecisionIfAwaited, type DecisionOutcome } from '../db/timesheet-decisions';
import { AuditEntry, Employer, Placement, Timesheet, UserAccount, Worker, type ITimesheet } from '../db/entities';
import { hoursIn, messageIn, recipientLanguage } from '../domain/i18n/notification-messages';
import type { ActivityDeps } from './deps';
import { NotFoundError, refusedByDatabaseRuleAsConflict } from './errors';
import { queueNotification } from './notifications';
import { queueWorkerNotice } from './worker-notices';

interface VersionKey {
  placementId: string;
  isoWeek: string;
  version: number;
}

export interface SaveTimesheetInput extends VersionKey {
  status: Extract<TimesheetStatus, 'draft' | 'submitted'>;
  entries: unknown[];
  totalsByKind: Record<string, number>;
  totalMinutes: number;
  actor: Actor;
  supersedes?: string | null;
  correctionReason?: string | null;
  requestId?: string | null;
  idempotencyKey: string;
}

/** Whether the decision asked for was recorded, and what the version holds now (what the process adopts when it was not). */
export interface RecordedDecision {
  recorded: boolean;
  status: string;
}

export interface RecordDecisionInput extends VersionKey {
  decision: Extract<TimesheetStatus, 'approved' | 'disputed' | 'deemed-approved'>;
  actor: Actor;
  via: 'account' | 'magic-link' | 'deemed';
  /** The magic link used, which this decision consumes. */
  linkId?: string | null;
  reason?: string | null;
  evidence?: Record<string, unknown> | null;
  requestId?: string | null;
  idempotencyKey: string;
}

export function timesheetActivities(deps: ActivityDeps) {
  const { orm, links } = deps;
  const versionRow = (em: ReturnType<typeof orm.em.fork>, k: VersionKey) =>
    em.findOne(Timesheet, { placement: k.placementId, isoWeek: k.isoWeek, version: k.version });

  return {
    /** Writes the hours of a draft or submitted version. An approved version is never touched. */
    async saveTimesheet(input: SaveTimesheetInput): Promise<{ timesheetId: string }> {
      return refusedByDatabaseRuleAsConflict(`timesheet ${input.isoWeek} v${input.version}`, () =>
        orm.em.fork().transactional(async (tx) => {
          let row: ITimesheet | null = await versionRow(tx, input);
          if (await tx.count(AuditEntry, { idempotencyKey: input.idempotencyKey })) return { timesheetId: row!.id };
          const placement = await tx.findOne(Placement, { id: input.placementId });
          if (!placement) throw new NotFoundError(`placement ${input.placementId}`);
          if (row && !['draft', 'disputed'].includes(row.status)) {
            throw ApplicationFailure.nonRetryable(`timesheet ${input.isoWeek} v${input.version} is ${row.status}`, RULE_VIOLATION_FAILURE, [
              { field: 'timesheet', code: 'not-editable', message: `the week is ${row.status}` },
            ]);
          }
          row ??= tx.create(Timesheet, {
            id: randomUUID(),
            placement: input.placementId,
            isoWeek: input.isoWeek,
            version: input.version,
            status: 'draft',
            entries: [],
            totalsByKind: {},
            totalMinutes: 0,
            supersedes: input.supersedes ?? null,
            correctionReason: input.correctionReason ?? null,
          });
          row.entries = input.entries;
          row.totalsByKind = input.totalsByKind;
          row.totalMinutes = input.totalMinutes;
          row.status = input.status;
          if (input.status === 'submitted') {
            row.submittedAt = new Date();
            row.submittedBy = input.actor.userId;
          }
          recordAudit(tx, {
            actor: input.actor,
            action: input.status === 'submitted' ? 'timesheet.submitted' : 'timesheet.hours-saved',
            subjectType: 'timesheet',
            subjectId: row.id,
            workerId: placement.worker,
            requestId: input.requestId,
            idempotencyKey: input.idempotencyKey,
            details: { isoWeek: input.isoWeek, version: input.version, totalMinutes: input.totalMinutes },
          });
          return { timesheetId: row.id };
        }),
      );
    },

    /**
     * Sends each contact of the employer a signed, single-use, expiring link to approve or dispute
     * this version (at submission and with each reminder), through the outbox.
     */
    async sendApprovalRequest(input: VersionKey & { round: 'submitted' | 'reminder-1' | 'reminder-2' }): Promise<number> {
      const em = orm.em.fork();
      const row = await versionRow(em, input);
      if (!row) throw new NotFoundError(`timesheet ${input.isoWeek} v${input.version}`);
      const placement = await em.findOneOrFail(Placement, { id: input.placementId });
      const worker = await em.findOneOrFail(Worker, { id: placement.worker });
      const contacts = await em.find(UserAccount, { employer: placement.employer, role: 'employer', disabledAt: null });
      const employer = await em.findOneOrFail(Employer, { id: placement.employer }, { fields: ['language'] });
      for (const contact of contacts) {
        const language = recipientLanguage(contact.language, employer.language);
        const text = messageIn(input.round === 'submitted' ? 'timesheet-submitted' : 'timesheet-reminder', language, {
          firstName: worker.firstName,
          week: input.isoWeek,
          hours: hoursIn(row.totalMinutes, language),
        });
        const key = `approval:${row.id}:${input.round}:${contact.id}`;
        const jti = randomBytes(24).toString('base64url');
        const token = await links.signer.sign(
          { sub: row.id, purpose: TOKEN_PURPOSES.timesheetApproval, jti, ver: input.version, emp: placement.employer },
          links.ttlSeconds,
        );
        await em.transactional(async (tx) => {
          const isNew = await queueNotification(tx, {
            key,
            recipientEmail: contact.email,
            recipientUserId: contact.id,
            kind: `timesheet-${input.round}`,
            language,
            subject: text.subject,
            body: text.body,
            link: `${links.baseUrl}/approve#${token}`,
          });
          // The link row exists only with its message: a retried round sends nothing new.
          if (isNew) {
            await tx
              .getConnection()
              .execute(
                'insert into approval_link (jti, timesheet_id, recipient_email, expires_at, created_at) values (?, ?, ?, ?, now())',
                [jti, row.id, contact.email, new Date(Date.now() + links.ttlSeconds * 1000)],
                'run',
                tx.getTransactionContext(),
              );
          }
        });
      }
      return contacts.length;
    },

    /**
     * Records the employer's answer given through the process's update, or the deemed approval, in
     * one transaction with the link's use and the worker's notice — if the version still awaits it
     * (db/timesheet-decisions.ts). A decision recorded meanwhile by the API wins: nothing is
     * written and the process is told what the week holds, to adopt it.
     */
    async recordTimesheetDecision(input: RecordDecisionInput): Promise<RecordedDecision> {
      return refusedByDatabaseRuleAsConflict(`timesheet ${input.isoWeek} v${input.version}`, () =>
        orm.em.fork().transactional(async (tx) => {
          // A retry of an attempt that committed: it was recorded, by this very decision.
          if (await tx.count(AuditEntry, { idempotencyKey: input.idempotencyKey })) return { recorded: true, status: input.decision };
          let outcome: DecisionOutcome;
          try {
            outcome = await recordDecisionIfAwaited(tx, input);
          } catch (err) {
            if (err instanceof ApprovalLinkUsedError) {
              throw ApplicationFailure.nonRetryable('this approval link has already been used', RULE_VIOLATION_FAILURE, [
                { field: 'token', code: 'link-used', message: 'this link has already been used' },
              ]);
            }
            throw err;
          }
          if (outcome.outcome === 'not-awaiting') {
            if (outcome.status === null) throw new NotFoundError(`timesheet ${input.isoWeek} v${input.version}`);
            return { recorded: false, status: outcome.status };
          }
          // The worker hears of every approval, in the same transaction as the approval itself.
          if (input.decision !== 'disputed') {
            await queueWorkerNotice(tx, outcome.workerId, 'timesheet-approved', `approved:${outcome.timesheetId}`, (language) => ({
              week: input.isoWeek,
              hours: hoursIn(outcome.totalMinutes, language),
            }));
          }
          return { recorded: true, status: input.decision };
        }),
      );
    },

    /** Tells the worker that their hours were approved (a decision the API recorded); once per version, however often asked. */
    async notifyApproval(input: VersionKey): Promise<void> {
      const em = orm.em.fork();
      const row = await versionRow(em, input);
      if (!row) return;
      const placement = await em.findOneOrFail(Placement, { id: input.placementId });
      await queueWorkerNotice(em, placement.worker, 'timesheet-approved', `approved:${row.id}`, (language) => ({
        week: input.isoWeek,
        hours: hoursIn(row.totalMinutes, language),
      }));
    },

    /** The worker saw the hours and agrees with them. */
    async recordWorkerConfirmation(input: VersionKey & { actor: Actor; idempotencyKey: string }): Promise<void> {
      await orm.em.fork().transactional(async (tx) => {
        if (await tx.count(AuditEntry, { idempotencyKey: input.idempotencyKey })) return;
        const row = await versionRow(tx, input);
        if (!row) throw new NotFoundError(`timesheet ${input.isoWeek} v${input.version}`);
        row.workerConfirmedAt = new Date();
        const placement = await tx.findOneOrFail(Placement, { id: input.placementId });
        recordAudit(tx, {
          actor: input.actor,
          action: 'timesheet.confirmed-by-worker',
          subjectType: 'timesheet',
          subjectId: row.id,
          workerId: placement.worker,
          idempotencyKey: input.idempotencyKey,
        });
      });
    },

    /**
     * Tells the worker that the employer disputed their hours (the reason in the employer's words,
     * read from the record when the process was not given it). Answers the reason.
     */
    async notifyDispute(input: VersionKey & { reason?: string }): Promise<string> {
      const em = orm.em.fork();
      const placement = await em.findOneOrFail(Placement, { id: input.placementId });
      const reason = input.reason ?? (await versionRow(em, input))?.disputeReason ?? '';
      await queueWorkerNotice(em, placement.worker, 'timesheet-disputed', `dispute:${input.placementId}:${input.isoWeek}:${input.version}`, () => ({
        week: input.isoWeek,
        reason,
      }));
      return reason;
    },
  };
}
