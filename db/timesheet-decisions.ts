import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../domain/access/roles';
import type { TimesheetStatus } from '../domain/timesheets/timesheet';
import { DECISION_RECORDED_SIGNAL, type DecisionRecorded } from '../domain/timesheets/decision-recorded';

/** The decision on a submitted version of a week: the employer's (account or magic link) or the deemed approval. */
export interface TimesheetDecisionInput {
  placementId: string;
  isoWeek: string;
  version: number;
  decision: Extract<TimesheetStatus, 'approved' | 'disputed' | 'deemed-approved'>;
  actor: Actor;
  via: 'account' | 'magic-link' | 'deemed';
  /** The magic link used, which this decision uses up. */
  linkId?: string | null;
  reason?: string | null;
  evidence?: Record<string, unknown> | null;
  requestId?: string | null;
  /** Set by activities, so a retried activity never writes its audit entry twice. */
  idempotencyKey: string | null;
  /** The process to tell by the outbox (`decisionRecorded`), when the decision was not taken by the process itself. */
  signalWorkflowId?: string | null;
}

export type DecisionOutcome =
  | { outcome: 'recorded'; timesheetId: string; workerId: string; totalMinutes: number; entries: unknown[]; totalsByKind: Record<string, number> }
  /** Nothing written: the version no longer awaits a decision (or never did). What it holds now. */
  | { outcome: 'not-awaiting'; status: string | null; decidedBy: string | null; submittedVersion: number | null };

/** The magic link was used meanwhile (another tab, a double click): nothing was written. */
export class ApprovalLinkUsedError extends Error {
  constructor() {
    super('approval link already used');
    this.name = 'ApprovalLinkUsedError';
  }
}

/**
 * Records a decision on a week — if, and only if, this version still awaits it — in ONE statement,
 * atomic by itself (inside `em`'s transaction when it has one): the conditional update of the
 * version (`… where status = 'submitted'`, and the magic link still unused), the link's use, the
 * previous version superseded (an approved correction of the old road), the audit entry and, when
 * the process did not take the decision itself, the outbox row that tells it. Two decisions racing
 * each other (a double click, the link and the account, the employer and the deemed approval)
 * cannot both be recorded, whoever asks and whatever the process believes at that moment: the
 * version's row lock orders them and the second finds the week decided. One statement rather than
 * a transaction of five: each round trip to PostgreSQL is what the answer waits for.
 */
export async function recordDecisionIfAwaited(em: EntityManager, d: TimesheetDecisionInput): Promise<DecisionOutcome> {
  const conn = em.getConnection();
  const ctx = em.getTransactionContext();
  const linkId = d.linkId ?? null;
  const signal = d.signalWorkflowId && d.decision !== 'deemed-approved' ? d.signalWorkflowId : null;
  const payload: DecisionRecorded | null = d.decision !== 'deemed-approved' ? { version: d.version, decision: d.decision } : null;
  const [row] = await conn.execute<
    { id: string; supersedes: string | null; total_minutes: number; worker_id: string; entries: unknown[]; totals_by_kind: Record<string, number> }[]
  >(
    `with d as (
       update timesheet t set status = ?, decided_at = now(), decided_by = ?, decision_via = ?, dispute_reason = ?, approval_evidence = ?::jsonb
       from placement p
       where p.id = t.placement_id and t.placement_id = ? and t.iso_week = ? and t.version = ? and t.status = 'submitted'
         and (?::text is null or exists (select 1 from approval_link l where l.jti = ? and l.timesheet_id = t.id and l.used_at is null))
       returning t.id, t.supersedes, t.total_minutes, t.entries, t.totals_by_kind, p.worker_id
     ),
     link as (update approval_link set used_at = now() where ?::text is not null and jti = ? and timesheet_id in (select id from d) returning jti),
     superseded as (update timesheet set status = 'superseded' where ?::boolean and id in (select supersedes from d) returning id),
     audit as (
       insert into audit_entry (occurred_at, actor_id, actor_role, action, subject_type, subject_id, worker_id, reason, request_id, idempotency_key, details)
       select now(), ?, ?, ?, 'timesheet', d.id::text, d.worker_id, ?, ?, ?, ?::jsonb from d returning id
     ),
     signal as (
       insert into workflow_signal (id, workflow_id, signal_name, payload, attempts, next_attempt_at, last_error_code, created_at)
       select ?::uuid, ?, ?, ?::jsonb, 0, null, null, now() from d where ?::text is not null returning id
     )
     select d.*, (select count(*) from link) as links, (select count(*) from superseded) as superseded, (select count(*) from audit) as audits,
            (select count(*) from signal) as signals
     from d`,
    [
      d.decision,
      d.actor.userId,
      d.via,
      d.decision === 'disputed' ? (d.reason ?? null) : null,
      d.evidence ? JSON.stringify(d.evidence) : null,
      d.placementId,
      d.isoWeek,
      d.version,
      linkId,
      linkId,
      linkId,
      linkId,
      d.decision !== 'disputed',
      d.actor.userId,
      d.actor.role,
      `timesheet.${d.decision}`,
      d.reason ?? null,
      d.requestId ?? null,
      d.idempotencyKey,
      JSON.stringify({ isoWeek: d.isoWeek, version: d.version, via: d.via }),
      randomUUID(),
      signal,
      DECISION_RECORDED_SIGNAL,
      payload ? JSON.stringify(payload) : null,
      signal,
    ],
    'all',
    ctx,
  );
  if (row) {
    return {
      outcome: 'recorded',
      timesheetId: row.id,
      workerId: row.worker_id,
      totalMinutes: row.total_minutes,
      entries: row.entries,
      totalsByKind: row.totals_by_kind,
    };
  }
  const [now] = await conn.execute<{ status: string; decided_by: string | null; submitted_version: number | null; link_used: boolean | null }[]>(
    `select t.status, t.decided_by,
            (select max(s.version) from timesheet s where s.placement_id = t.placement_id and s.iso_week = t.iso_week and s.status = 'submitted') as submitted_version,
            (select l.used_at is not null from approval_link l where l.jti = ?) as link_used
     from timesheet t where t.placement_id = ? and t.iso_week = ? and t.version = ?`,
    [linkId, d.placementId, d.isoWeek, d.version],
    'all',
    ctx,
  );
  // The link was used meanwhile (a double click on it, another tab): nothing was written.
  if (linkId && now?.link_used) throw new ApprovalLinkUsedError();
  return { outcome: 'not-awaiting', status: now?.status ?? null, decidedBy: now?.decided_by ?? null, submittedVersion: now?.submitted_version ?? null };
}
