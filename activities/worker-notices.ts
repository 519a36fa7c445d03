import type { EntityManager } from '@mikro-orm/postgresql';
import { UserAccount, Worker } from '../db/entities';
import { messageIn, recipientLanguage, type MessageKind } from '../domain/i18n/notification-messages';
import type { Language } from '../domain/i18n/rule-messages';
import { queueNotification } from './notifications';

/**
 * Tells a worker something about their file, through the outbox, within `em`'s transaction: one
 * message per enabled account of theirs, in the account's language (else their file's), by
 * e-mail or, without one, by SMS (the relay reads the encrypted address at delivery). `keyBase`
 * names the fact, so telling it twice sends once. Facts in words only: never an amount.
 */
export async function queueWorkerNotice(
  em: EntityManager,
  workerId: string,
  kind: MessageKind,
  keyBase: string,
  facts: (language: Language) => Record<string, string>,
): Promise<number> {
  const accounts = await em.find(UserAccount, { worker: workerId, disabledAt: null });
  if (accounts.length === 0) return 0;
  const worker = await em.findOneOrFail(Worker, { id: workerId }, { fields: ['preferredLanguage'] });
  for (const account of accounts) {
    const language = recipientLanguage(account.language, worker.preferredLanguage);
    const text = messageIn(kind, language, facts(language));
    await queueNotification(em, {
      key: `${keyBase}:${account.id}`,
      channel: account.email || account.emailCipher ? 'email' : 'sms',
      recipientEmail: account.email ?? null,
      recipientUserId: account.id,
      recipientWorkerId: workerId,
      kind,
      language,
      subject: text.subject,
      body: text.body,
    });
  }
  return accounts.length;
}
