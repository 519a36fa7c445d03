import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface QueueNotificationInput {
  /** Business key: the same message queued twice is stored once. */
  key: string;
  /** Null for an SMS: the relay reads the number (encrypted) from the worker's file at delivery. */
  recipientEmail?: string | null;
  recipientUserId?: string | null;
  /** 'email' (default) or 'sms'. */
  channel?: 'email' | 'sms';
  /** The worker an SMS goes to. */
  recipientWorkerId?: string | null;
  language?: string | null;
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
    `insert into notification (id, idempotency_key, channel, recipient_email, recipient_user_id, recipient_worker_id, language, kind, subject, body, link, carries_secret, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (idempotency_key) do nothing returning id`,
    [
      randomUUID(),
      n.key,
      n.channel ?? 'email',
      n.recipientEmail ?? null,
      n.recipientUserId ?? null,
      n.recipientWorkerId ?? null,
      n.language ?? null,
      n.kind,
      n.subject,
      n.body,
      n.link ?? null,
      Boolean(n.link),
    ],
    'all',
    em.getTransactionContext(),
  );
  return inserted.length > 0;
}
