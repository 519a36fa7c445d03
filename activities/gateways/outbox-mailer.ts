import type { MikroORM } from '@mikro-orm/postgresql';
import { queueNotification } from '../notifications';
import type { MailerPort } from './invoice-delivery';

/**
 * A stand-in Mailer until the platform's SMTP adapter and local catcher are wired: the message
 * goes to the outbox (`GET /api/v1/notifications` lists it for an admin), attachments named.
 */
export function createOutboxMailer(orm: MikroORM): MailerPort {
  return {
    async send(mail) {
      await queueNotification(orm.em.fork(), {
        key: `mail:${mail.idempotencyKey}`, recipientEmail: mail.to, kind: 'mail', subject: mail.subject.slice(0, 200),
        body: `${mail.text}\n\nAttachments: ${(mail.attachments ?? []).map((a) => `${a.fileName} (${a.content.length} bytes)`).join(', ') || 'none'}`,
      });
      return { messageId: mail.idempotencyKey };
    },
  };
}
