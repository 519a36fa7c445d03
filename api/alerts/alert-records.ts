import type { EntityManager } from '@mikro-orm/postgresql';
import { Alert, Placement, Worker, type IAlert } from '../../db/entities';
import { SELF_RESOLVING_KINDS, clearedBecause } from '../../domain/alerts/alert-conditions';
import type { CalendarDate } from '../../domain/time/dates';

export type AlertStatus = 'open' | 'acknowledged' | 'resolved';

export function statusOf(a: IAlert): AlertStatus {
  if (a.resolvedAt) return 'resolved';
  return a.acknowledgedAt ? 'acknowledged' : 'open';
}

/**
 * Ends the alerts whose condition has cleared (the permit renewed, the placement unblocked), with
 * the reason in words: a list of what is stuck never shows what is no longer stuck. Idempotent.
 */
export async function resolveClearedAlerts(em: EntityManager, today: CalendarDate): Promise<number> {
  const open = await em.find(Alert, { resolvedAt: null, kind: { $in: [...SELF_RESOLVING_KINDS] } }, { limit: 2000 });
  if (open.length === 0) return 0;
  const workerIds = open.filter((a) => a.subjectType === 'worker').map((a) => a.subjectId);
  const placementIds = open.filter((a) => a.subjectType === 'placement').map((a) => a.subjectId);
  const [workers, placements] = await Promise.all([
    workerIds.length ? em.find(Worker, { id: { $in: workerIds } }, { fields: ['id', 'permitValidUntil'] }) : [],
    placementIds.length ? em.find(Placement, { id: { $in: placementIds } }, { fields: ['id', 'status'] }) : [],
  ]);
  const facts = {
    today,
    permitValidUntil: new Map(workers.map((w) => [w.id, w.permitValidUntil ?? null])),
    placementStatus: new Map(placements.map((p) => [p.id, p.status])),
  };
  let resolved = 0;
  for (const alert of open) {
    const why = clearedBecause(alert, facts);
    if (!why) continue;
    alert.resolvedAt = new Date();
    alert.resolution = why;
    resolved++;
  }
  await em.flush();
  return resolved;
}
