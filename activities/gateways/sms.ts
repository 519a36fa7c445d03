import { MailDeliveryError, type Mailer } from './mailer';

/** One text message to one phone. */
export interface OutgoingSms {
  /** E.164-like number, digits with an optional leading +. */
  to: string;
  text: string;
  idempotencyKey: string;
}

/** The SMS port: one-time codes and short notices for workers without e-mail. */
export interface SmsSender {
  send(sms: OutgoingSms): Promise<{ messageId: string }>;
}

/** The address the development adapter gives a phone number in the mail catcher. */
export const smsCatcherAddress = (phone: string) => `sms-${phone.replace(/[^0-9]/g, '')}@sms.talentcoop.local`;

/**
 * Development adapter: no SMS leaves the machine; each one goes to the local mail catcher as an
 * e-mail to `sms-<digits>@sms.talentcoop.local`, where a developer (or a test) reads it. A real
 * SMS provider would be another adapter chosen in worker/create-worker.ts.
 */
export function smsThroughMailCatcher(mailer: Mailer): SmsSender {
  return {
    send: (sms) => mailer.send({ to: smsCatcherAddress(sms.to), subject: 'SMS', text: sms.text, idempotencyKey: sms.idempotencyKey }),
  };
}

/** Where no SMS provider is configured (production today): every send fails, the outbox alerts. */
export const unconfiguredSms: SmsSender = {
  async send() {
    throw new MailDeliveryError('sms-provider-not-configured');
  },
};
