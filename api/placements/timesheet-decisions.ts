import type { Actor } from '../../domain/access/roles';
import { processIds } from '../../domain/process-ids';
import { validateDecisionReason } from '../../domain/timesheets/timesheet';
import type { TimesheetEntry } from '../../domain/timesheets/timesheet-entry';
import { ApprovalLinkUsedError, recordDecisionIfAwaited, type DecisionOutcome } from '../../db/timesheet-decisions';
import type { ApiDeps } from '../deps';
import { ProblemError, problems } from '../http/problem';
import { sameDecisionRecorded } from './week-records';

export interface WeekDecision {
  placementId: string;
  isoWeek: string;
  /** The version the decider saw. */
  version: number;
  decision: 'approve' | 'dispute';
  reason?: string;
  actor: Actor;
  via: 'account' | 'magic-link';
  linkId?: string | null;
  /** Who answered through a magic link, as they gave their name (kept as evidence). */
  approverName?: string;
  requestId: string;
}

/**
 * An employer's decision on a submitted week is a PostgreSQL act: one transaction — the
 * conditional update of the version (`… where status = 'submitted'`), the link's use, the audit
 * entry and the outbox row that tells the week's process (db/timesheet-decisions.ts) — and the
 * answer goes at once. The process learns of it by the `decisionRecorded` signal a moment later
 * and does what follows (the worker's notice, back to the worker after a dispute, the correction
 * window, closing).
 *
 * Why not a Temporal update per decision, as before: an update waits for two workflow tasks and an
 * activity (at least four history writes) before it can answer, which held the answer at 1.5 s
 * (p50) on this machine and capped it near 30 approvals/s. PostgreSQL owns the fact anyway; the
 * conditional update makes the race between two deciders (or a decider and the deemed approval,
 * which uses the same statement) PostgreSQL's to settle, whatever the process believes at that
 * moment. The process still owns the calendar: reminders, escalation, deemed approval.
 *
 * A week that no longer awaits this decision answers 409, unless it holds this very one, by this
 * very decider, on this version: a retry whose first answer was lost, answered 200 as recorded.
 */
export async function decideWeek(deps: ApiDeps, d: WeekDecision) {
  const violations = validateDecisionReason(d.decision, d.reason);
  if (violations.length > 0) throw problems.unprocessable(violations[0]!.code, violations[0]!.message, violations);
  const decision = d.decision === 'approve' ? 'approved' : 'disputed';
  const em = deps.orm.em.fork();
  let outcome: DecisionOutcome;
  try {
    // One statement, atomic by itself: no transaction around it (see db/timesheet-decisions.ts).
    outcome = await recordDecisionIfAwaited(em, {
      placementId: d.placementId,
      isoWeek: d.isoWeek,
      version: d.version,
      decision,
      actor: d.actor,
      via: d.via,
      linkId: d.linkId,
      reason: d.reason ?? null,
      evidence: d.approverName ? { approverName: d.approverName, via: d.via } : null,
      requestId: d.requestId,
      // One decision per submission: the transaction itself is the unit, no retry writes it twice.
      idempotencyKey: null,
      signalWorkflowId: processIds.timesheet(d.placementId, d.isoWeek),
    });
  } catch (err) {
    if (err instanceof ApprovalLinkUsedError) throw new ProblemError(410, 'link-used', 'Link already used', 'This approval link has already been used.');
    throw err;
  }
  if (outcome.outcome === 'recorded') {
    return {
      isoWeek: d.isoWeek,
      version: d.version,
      status: decision,
      entries: outcome.entries as TimesheetEntry[],
      totalsByKind: outcome.totalsByKind,
      totalMinutes: outcome.totalMinutes,
      disputeReason: decision === 'disputed' ? (d.reason ?? null) : null,
      // A submitted version is never one with a correction waiting beside it (corrections wait beside an approved one).
      pendingCorrection: null,
    };
  }
  if (outcome.status === null) throw problems.notFound('week');
  if (outcome.status === decision && outcome.decidedBy === d.actor.userId) {
    const recorded = await sameDecisionRecorded(em, {
      placementId: d.placementId,
      isoWeek: d.isoWeek,
      version: d.version,
      decision: d.decision,
      deciderId: d.actor.userId,
    });
    if (recorded) return recorded;
  }
  if (outcome.submittedVersion !== null && outcome.submittedVersion !== d.version) {
    throw problems.conflict('stale-version', 'This screen or link shows an older version of the week: reload it.', [
      { field: 'version', code: 'stale-version', message: 'this link or screen shows an older version of the week' },
    ]);
  }
  throw problems.conflict('not-awaiting-approval', `The week is ${outcome.status}, not awaiting approval.`, [
    { field: 'timesheet', code: 'not-awaiting-approval', message: `the week is ${outcome.status}, not awaiting approval` },
  ]);
}
