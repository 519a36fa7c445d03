import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer, messageIdFor, type Mailer } from '../../activities/gateways/mailer';
import { smsCatcherAddress, smsThroughMailCatcher } from '../../activities/gateways/sms';
import { queueNotification } from '../../activities/notifications';
import { deliverDueNotifications, retryDelayMs } from '../../activities/outbox-delivery';
import { createLogger } from '../../platform/logger';
import { startMailCatcher, type RunningMailCatcher } from '../../scripts/lib/mail-catcher';
import { testConfig } from '../support/config';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { fieldCipherFor } from '../../platform/crypto/field-cipher-config';

const config = testConfig();
const cipher = fieldCipherFor(config);
const logLines: string[] = [];
const logger = createLogger('debug', 'test', { write: (l: string) => void logLines.push(l) });
let db: TestDatabase;
let catcher: RunningMailCatcher;
let mailer: Mailer;

beforeAll(async () => {
  [db, catcher] = await Promise.all([createTestDatabase(), startMailCatcher({ smtpPort: 0, httpPort: 0 })]);
  mailer = createSmtpMailer({ host: '127.0.0.1', port: catcher.smtpPort, secure: false, from: 'TalentCoop <no-reply@talentcoop.local>', allowInsecure: true });
});
afterAll(async () => {
  await catcher?.stop();
  await db?.drop();
});

const deps = (m: Mailer) => ({ orm: db.orm, cipher, logger, mailer: m, sms: smsThroughMailCatcher(m) });
/** A port nothing listens on: the SMTP server is down. */
const downMailer = () => createSmtpMailer({ host: '127.0.0.1', port: 1, secure: false, from: 'x@talentcoop.local', allowInsecure: true });
const makeDue = (id: string) => db.query("update notification set next_attempt_at = now() - interval '1 second' where id = $1", [id]);

describe('the outbox is delivered through the e-mail port', () => {
  it('sends a queued message over SMTP, records sentAt and the Message-ID, and erases its secret', async () => {
    const link = 'http://127.0.0.1:3000/api/v1/approvals/secret-token-123';
    await queueNotification(db.orm.em.fork(), {
      key: 'k-1',
      recipientEmail: 'ann@employer.test',
      kind: 'timesheet-submitted',
      subject: 'Hours to approve',
      body: 'Approve or dispute with this link.',
      link,
    });
    expect(await deliverDueNotifications(deps(mailer), { alertAfterAttempts: 3 })).toEqual({ sent: 1, failed: 0 });
    const mail = await catcher.waitFor((m) => m.to.includes('ann@employer.test'));
    expect(mail.subject).toBe('Hours to approve');
    expect(mail.text).toContain(link);
    expect(mail.messageId).toBe(messageIdFor('k-1'));
    const [row] = await db.query('select sent_at, link, carries_secret, attempts, message_id from notification where idempotency_key = $1', ['k-1']);
    expect(row).toMatchObject({ link: null, carries_secret: true, attempts: 1, message_id: messageIdFor('k-1') });
    expect(row!.sent_at).toBeInstanceOf(Date);
    // Delivered once: a second round has nothing to send.
    expect(await deliverDueNotifications(deps(mailer), { alertAfterAttempts: 3 })).toEqual({ sent: 0, failed: 0 });
    expect(catcher.messages({ to: 'ann@employer.test' })).toHaveLength(1);
  });

  it('retries a failed delivery later, alerts an admin after the threshold, and resolves the alert once it goes', async () => {
    await queueNotification(db.orm.em.fork(), {
      key: 'k-2',
      recipientEmail: 'bob@employer.test',
      kind: 'placement-proposed',
      subject: 'A placement',
      body: 'A worker is proposed.',
    });
    const [{ id }] = (await db.query('select id from notification where idempotency_key = $1', ['k-2'])) as [{ id: string }];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await makeDue(id);
      expect(await deliverDueNotifications(deps(downMailer()), { alertAfterAttempts: 3 })).toEqual({ sent: 0, failed: 1 });
      const [row] = await db.query<{ attempts: number; last_error_code: string; sent_at: Date | null; next_attempt_at: Date }>(
        'select attempts, last_error_code, sent_at, next_attempt_at from notification where id = $1',
        [id],
      );
      expect(row).toMatchObject({ attempts: attempt, sent_at: null, last_error_code: 'ESOCKET' });
      // Not due again before its back-off.
      expect(row!.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + retryDelayMs(attempt) - 2_000);
      expect(await db.query('select 1 from alert where subject_id = $1', [id])).toHaveLength(attempt >= 3 ? 1 : 0);
    }
    expect(await deliverDueNotifications(deps(mailer), { alertAfterAttempts: 3 })).toEqual({ sent: 0, failed: 0 });
    await makeDue(id);
    expect(await deliverDueNotifications(deps(mailer), { alertAfterAttempts: 3 })).toEqual({ sent: 1, failed: 0 });
    const [alert] = await db.query<{ kind: string; resolved_at: Date | null }>('select kind, resolved_at from alert where subject_id = $1', [id]);
    expect(alert).toMatchObject({ kind: 'notification-undelivered' });
    expect(alert!.resolved_at).toBeInstanceOf(Date);
    // The failures were logged as codes, without the address.
    expect(logLines.join('\n')).toContain('ESOCKET');
    expect(logLines.join('\n')).not.toContain('bob@employer.test');
  });

  it('sends an SMS to the number in the worker file, which the development adapter hands to the catcher', async () => {
    const workerId = '6f1c1d1e-0000-4000-8000-000000000001';
    await db.query(
      `insert into worker (id, code, first_name, display_name, preferred_language, languages_spoken, skills, sectors_wanted, contact_phone_cipher, onboarding_status, documents_checked, created_at, updated_at)
       values ($1, 'W-SMS001', 'Kofi', 'Kofi A.', 'en', '[]', '[]', '[]', $2, 'awaiting-consent', '[]', now(), now())`,
      [workerId, cipher.encrypt('+32 470 12 34 56', { table: 'worker', column: 'contact_phone_cipher', id: workerId })],
    );
    await db.query(
      `insert into notification (id, idempotency_key, channel, recipient_worker_id, kind, subject, body, link, carries_secret, created_at)
       values (gen_random_uuid(), 'k-3', 'sms', $1, 'sign-in-code', 'Code', 'Your TalentCoop code: {secret}. It works once, for 10 minutes.', '493817', true, now())`,
      [workerId],
    );
    expect(await deliverDueNotifications(deps(mailer), { alertAfterAttempts: 3 })).toEqual({ sent: 1, failed: 0 });
    const sms = await catcher.waitFor((m) => m.to.includes(smsCatcherAddress('+32470123456')));
    expect(sms.text.trim()).toBe('Your TalentCoop code: 493817. It works once, for 10 minutes.');
  });
});
