import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface QueueNotificationInput {
  /** Business key: the same message queued twice is stored once. */
  key: string;
  recipientEmail: string;
  recipientUserId?: string | null;
  kind: string;
  subject: string;
  body: string;
  link?: string | null;
}

/**
 * Puts a message in the outbox, once per key, within `em`'s transaction when it has one.
 * Answers whether it was new. Messages name worker codes and first names only.
 */
export async function queueNotification(em: EntityManager, n: QueueNotificationInput): Promise<boolean> {
  const inserted = await em.getConnection().execute(
    `insert into notification (id, idempotency_key, recipient_email, recipient_user_id, kind, subject, body, link, carries_secret, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (idempotency_key) do nothing returning id`,
    [randomUUID(), n.key, n.recipientEmail, n.recipientUserId ?? null, n.kind, n.subject, n.body, n.link ?? null, Boolean(n.link)],
    'all',
    em.getTransactionContext(),
  );
  return inserted.length > 0;
}
