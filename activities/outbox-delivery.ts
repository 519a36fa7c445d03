import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { FieldCipher } from '../platform/crypto/field-cipher';
import { MailDeliveryError, type Mailer } from './gateways/mailer';
import type { SmsSender } from './gateways/sms';

export interface OutboxDeliveryDeps {
  orm: MikroORM;
  cipher: FieldCipher;
  logger: Logger;
  mailer: Mailer;
  sms: SmsSender;
}

export interface OutboxDeliveryOptions {
  /** After this many failed attempts an admin alert is raised (once); retries go on. */
  alertAfterAttempts: number;
  /** At most this many messages per call. */
  limit?: number;
}

/** Waits between attempts: 5 s, 10 s, 20 s … at most 15 minutes. Delivery is retried without a limit. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 15 * 60_000);
}

export const undeliveredAlertKey = (notificationId: string) => `notification-undelivered:${notificationId}`;

interface PendingRow {
  id: string;
  idempotency_key: string;
  channel: string;
  recipient_email: string | null;
  recipient_user_id: string | null;
  recipient_worker_id: string | null;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  attempts: number;
}

/** The text that goes out: the body, with the secret (link or code) in its `{secret}` place or on its own line. */
export function messageText(body: string, secret: string | null): string {
  if (!secret) return body;
  return body.includes('{secret}') ? body.replaceAll('{secret}', secret) : `${body}\n\n${secret}\n`;
}

/**
 * Delivers the messages of the outbox that are due, one transaction per message: the row is
 * locked (`for update skip locked`, so several workers never send one message twice at once),
 * sent, then marked `sentAt` with its secret erased — or its failure counted, the next attempt
 * scheduled, and an alert raised once the attempts reach the threshold. A message sent but not
 * committed (a crash in between) goes again with the same Message-ID. Errors are recorded as
 * codes; no address, link or body reaches the logs.
 */
export async function deliverDueNotifications(deps: OutboxDeliveryDeps, opts: OutboxDeliveryOptions): Promise<{ sent: number; failed: number }> {
  const limit = opts.limit ?? 50;
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < limit; i++) {
    const outcome = await deps.orm.em.fork().transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      const rows: PendingRow[] = await conn.execute(
        `select id, idempotency_key, channel, recipient_email, recipient_user_id, recipient_worker_id, kind, subject, body, link, attempts from notification
         where sent_at is null and (next_attempt_at is null or next_attempt_at <= now())
         order by created_at limit 1 for update skip locked`,
        [],
        'all',
        ctx,
      );
      const row = rows[0];
      if (!row) return 'empty' as const;
      try {
        const text = messageText(row.body, row.link);
        const to = await recipientOf(deps, row, ctx);
        const { messageId } =
          to.channel === 'sms'
            ? await deps.sms.send({ to: to.phone, text, idempotencyKey: row.idempotency_key })
            : await deps.mailer.send({ to: to.email, subject: row.subject, text, idempotencyKey: row.idempotency_key });
        await conn.execute(
          `update notification set sent_at = now(), link = null, message_id = ?, last_error_code = null, attempts = attempts + 1, next_attempt_at = null where id = ?`,
          [messageId.slice(0, 300), row.id],
          'run',
          ctx,
        );
        await conn.execute(`update alert set resolved_at = now() where idempotency_key = ? and resolved_at is null`, [undeliveredAlertKey(row.id)], 'run', ctx);
        return 'sent' as const;
      } catch (err) {
        const code = (err instanceof MailDeliveryError ? err.code : 'unexpected-error').slice(0, 100);
        const attempts = row.attempts + 1;
        await conn.execute(
          `update notification set attempts = ?, last_error_code = ?, next_attempt_at = ? where id = ?`,
          [attempts, code, new Date(Date.now() + retryDelayMs(attempts)), row.id],
          'run',
          ctx,
        );
        if (attempts >= opts.alertAfterAttempts) {
          await conn.execute(
            `insert into alert (id, kind, severity, subject_type, subject_id, worker_id, message, raised_at, idempotency_key)
             values (?, 'notification-undelivered', 'warning', 'notification', ?, ?, ?, now(), ?) on conflict (idempotency_key) do nothing`,
            [
              randomUUID(),
              row.id,
              row.recipient_worker_id,
              `A ${row.kind} message could not be delivered after ${attempts} attempts (${code}); still retrying.`,
              undeliveredAlertKey(row.id),
            ],
            'run',
            ctx,
          );
        }
        deps.logger.warn({ notificationId: row.id, kind: row.kind, attempts, code }, 'message delivery failed');
        return 'failed' as const;
      }
    });
    if (outcome === 'empty') break;
    if (outcome === 'sent') sent++;
    else failed++;
  }
  return { sent, failed };
}

type Recipient = { channel: 'email'; email: string } | { channel: 'sms'; phone: string };

/**
 * Where a message goes. An e-mail queued without an address is for an account whose address is
 * encrypted (a worker's): it is decrypted here, at delivery, and reaches the worker by SMS when
 * they have only a phone. An SMS goes to the worker's phone, read (encrypted) from their file.
 */
async function recipientOf(deps: OutboxDeliveryDeps, row: PendingRow, ctx: unknown): Promise<Recipient> {
  const conn = deps.orm.em.getConnection();
  if (row.channel !== 'sms') {
    if (row.recipient_email) return { channel: 'email', email: row.recipient_email };
    if (!row.recipient_user_id) throw new MailDeliveryError('no-recipient-email');
    const accounts: { email_cipher: string | null; worker_id: string | null }[] = await conn.execute(
      'select email_cipher, worker_id from user_account where id = ?',
      [row.recipient_user_id],
      'all',
      ctx as never,
    );
    const account = accounts[0];
    if (account?.email_cipher)
      return {
        channel: 'email',
        email: deps.cipher.decrypt(account.email_cipher, { table: 'user_account', column: 'email_cipher', id: row.recipient_user_id }),
      };
    if (!account?.worker_id) throw new MailDeliveryError('no-recipient-email');
    return { channel: 'sms', phone: await workerPhone(deps, account.worker_id, ctx) };
  }
  return { channel: 'sms', phone: await workerPhone(deps, row.recipient_worker_id, ctx) };
}

async function workerPhone(deps: OutboxDeliveryDeps, workerId: string | null, ctx: unknown): Promise<string> {
  if (!workerId) throw new MailDeliveryError('no-recipient-worker');
  const rows: { contact_phone_cipher: string | null }[] = await deps.orm.em
    .getConnection()
    .execute('select contact_phone_cipher from worker where id = ?', [workerId], 'all', ctx as never);
  const cipherText = rows[0]?.contact_phone_cipher;
  if (!cipherText) throw new MailDeliveryError('no-recipient-phone');
  return deps.cipher.decrypt(cipherText, { table: 'worker', column: 'contact_phone_cipher', id: workerId });
}
