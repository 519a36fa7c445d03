import type { EntityManager } from '@mikro-orm/postgresql';
import { Timesheet, type ITimesheet } from '../../db/entities';
import { CORRECTION_CONFIRMATION_DAYS, CORRECTION_STATUSES, correctionByDay, type PendingCorrection } from '../../domain/timesheets/correction';
import type { TimesheetStatus } from '../../domain/timesheets/timesheet';
import type { TimesheetEntry } from '../../domain/timesheets/timesheet-entry';

const isProposal = (status: string) => (CORRECTION_STATUSES as readonly string[]).includes(status);
const DAY_MS = 86_400_000;

/** A pending correction as the API shows it: with the minutes per day before and after, to compare. */
export function pendingCorrectionView(inForce: readonly TimesheetEntry[], p: PendingCorrection) {
  return {
    version: p.version,
    entries: p.entries,
    totalMinutes: p.totalMinutes,
    reason: p.reason,
    proposedAt: p.proposedAt,
    cooperativeMayConfirmFrom: p.cooperativeMayConfirmFrom,
    disputed: p.disputed,
    workerReason: p.workerReason,
    days: correctionByDay(inForce, p.entries),
  };
}

/**
 * A week as recorded: the version in force (a proposed correction is not — the approved hours stay
 * until the worker confirms), with the correction waiting for an answer beside it, if any.
 */
export async function weekAsRecorded(em: EntityManager, placementId: string, isoWeek: string) {
  const rows = await em.find(Timesheet, { placement: placementId, isoWeek }, { orderBy: { version: 'desc' } });
  const inForce = rows.find((r) => !isProposal(r.status));
  if (!inForce) return null;
  const proposal = rows.find((r) => r.version > inForce.version && (r.status === 'correction-proposed' || r.status === 'correction-disputed'));
  const entries = inForce.entries as TimesheetEntry[];
  return {
    isoWeek: inForce.isoWeek,
    version: inForce.version,
    status: inForce.status as TimesheetStatus,
    entries,
    disputeReason: inForce.disputeReason ?? null,
    totalsByKind: inForce.totalsByKind as Record<string, number>,
    totalMinutes: inForce.totalMinutes,
    pendingCorrection: proposal ? pendingCorrectionView(entries, asPending(proposal)) : null,
  };
}

/**
 * The week as recorded, when its version `version` already holds this very decision by this very
 * decider — the retry of a decision that was taken (its first answer lost: a timeout, a restart),
 * which answers as the first did. Null otherwise: the week awaits the decision, or someone or
 * something else decided it.
 */
export async function sameDecisionRecorded(
  em: EntityManager,
  q: { placementId: string; isoWeek: string; version: number; decision: 'approve' | 'dispute'; deciderId: string },
) {
  const row = await em.findOne(Timesheet, { placement: q.placementId, isoWeek: q.isoWeek, version: q.version }, { fields: ['status', 'decidedBy'] });
  if (!row || row.decidedBy !== q.deciderId || row.status !== (q.decision === 'approve' ? 'approved' : 'disputed')) return null;
  return weekAsRecorded(em, q.placementId, q.isoWeek);
}

function asPending(row: ITimesheet): PendingCorrection {
  const proposedAt = row.submittedAt ?? row.createdAt;
  return {
    version: row.version,
    timesheetId: row.id,
    entries: row.entries as TimesheetEntry[],
    totalMinutes: row.totalMinutes,
    reason: row.correctionReason ?? '',
    proposedAt: proposedAt.toISOString(),
    cooperativeMayConfirmFrom: new Date(proposedAt.getTime() + CORRECTION_CONFIRMATION_DAYS * DAY_MS).toISOString(),
    disputed: row.status === 'correction-disputed',
    workerReason: row.status === 'correction-disputed' ? (row.disputeReason ?? null) : null,
  };
}
