import { randomUUID } from 'node:crypto';
import type { ActivityDeps } from './deps';

export interface RaiseAlertInput {
  /** Business key: the same alert raised twice is stored once. */
  key: string;
  kind: string;
  severity: 'info' | 'warning' | 'critical';
  subjectType: string;
  subjectId: string;
  workerId?: string | null;
  message: string;
}

export function alertActivities({ orm }: ActivityDeps) {
  return {
    async raiseAlert(input: RaiseAlertInput): Promise<void> {
      // Insert-or-ignore on the business key: raising the same alert again is harmless.
      await orm.em
        .fork()
        .getConnection()
        .execute(
          `insert into alert (id, kind, severity, subject_type, subject_id, worker_id, message, raised_at, idempotency_key)
         values (?, ?, ?, ?, ?, ?, ?, now(), ?) on conflict (idempotency_key) do nothing`,
          [randomUUID(), input.kind, input.severity, input.subjectType, input.subjectId, input.workerId ?? null, input.message, input.key],
        );
    },
  };
}
