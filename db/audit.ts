import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from './entities';

import type { Actor } from '../domain/access/roles';

export type AuditActor = Actor;

export interface AuditRecord {
  actor: AuditActor;
  /** What happened, as `subject.verb`: `worker.registered`, `worker.read-identity`, `auth.login`. */
  action: string;
  subjectType: string;
  subjectId: string;
  /** The worker whose file this touches, so the worker can see who read it. */
  workerId?: string | null;
  reason?: string | null;
  requestId?: string | null;
  /** Set by activities, so a retried activity never writes its entry twice. */
  idempotencyKey?: string | null;
  /** Never personal data in clear. */
  details?: Record<string, unknown> | null;
}

/**
 * Adds an audit entry to the unit of work of `em`, so it is written in the same transaction as
 * the change it records (or alone, for a read).
 */
export function recordAudit(em: EntityManager, record: AuditRecord): void {
  em.create(AuditEntry, {
    actorId: record.actor.userId,
    actorRole: record.actor.role,
    action: record.action,
    subjectType: record.subjectType,
    subjectId: record.subjectId,
    workerId: record.workerId ?? null,
    reason: record.reason ?? null,
    requestId: record.requestId ?? null,
    idempotencyKey: record.idempotencyKey ?? null,
    details: record.details ?? null,
  });
}
