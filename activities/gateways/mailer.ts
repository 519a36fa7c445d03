import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';

/** One e-mail to one person. The idempotency key makes a re-sent message recognisable as the same one. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { fileName: string; contentType: string; content: Buffer }[];
  idempotencyKey: string;
}

/** The e-mail port: activities send through it, worker/ chooses the adapter. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/** Why a delivery failed, as a code and never the message text (an SMTP answer can quote the recipient). */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';
  constructor(readonly code: string) {
    super(`mail delivery failed: ${code}`);
  }
}

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
  /** Plain connections to a local catcher; never in production. */
  allowInsecure?: boolean;
}

/**
 * The same key gives the same Message-ID, so a message sent twice after a crash between the SMTP
 * answer and the database commit is one message to the receiving side.
 */
export function messageIdFor(idempotencyKey: string, host = 'talentcoop.mail'): string {
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40)}@${host}>`;
}

/** SMTP through nodemailer: a connection per message (the outbox sends a few a minute, not thousands). */
export function createSmtpMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    ...(settings.allowInsecure ? { ignoreTLS: true } : { requireTLS: !settings.secure }),
  });
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: settings.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
          messageId: messageIdFor(mail.idempotencyKey),
          attachments: mail.attachments?.map((a) => ({ filename: a.fileName, contentType: a.contentType, content: a.content })),
        });
        return { messageId: String(info.messageId) };
      } catch (err) {
        const e = err as { code?: unknown; responseCode?: unknown };
        throw new MailDeliveryError([e.code, e.responseCode].filter((p) => p !== undefined).join(' ') || 'unknown');
      }
    },
  };
}

/** Where no SMTP server is configured: every send fails (and the outbox retries and alerts). */
export const unconfiguredMailer: Mailer = {
  async send() {
    throw new MailDeliveryError('SMTP_HOST-not-configured');
  },
};
