import { randomUUID } from 'node:crypto';
import { latePaymentClaim } from '../../domain/invoicing/late-payment';
import type { ReminderKind } from '../../domain/invoicing/reminders';
import { formatStructuredCommunication } from '../../domain/identifiers/structured-communication';
import { Invoice, UserAccount } from '../../db/entities';
import type { ActivityDeps } from '../deps';
import { NotFoundError } from '../errors';
import { messageIn, recipientLanguage } from '../../domain/i18n/notification-messages';
import { queueNotification } from '../notifications';
import { openAmountOf } from './runs';

export function invoiceFollowUpActivities({ orm }: ActivityDeps) {
  return {
    /** Where an issued document stands: its status, the open amount, the due date. */
    async invoiceSettlement({ invoiceId }: { invoiceId: string }): Promise<{ status: string; openCents: number; dueDate: string | null }> {
      const em = orm.em.fork();
      const row = await em.findOne(Invoice, { id: invoiceId });
      if (!row) throw new NotFoundError(`invoice ${invoiceId}`);
      return { status: row.status, openCents: row.kind === 'invoice' ? await openAmountOf(em, row) : 0, dueDate: row.dueDate ?? null };
    },

    /**
     * Sends a step of the reminder ladder to the employer's contacts, once per invoice and step,
     * and only while the invoice is unpaid (checked here, in the same transaction). The formal
     * notice claims the legal interest and lump-sum indemnity, each with its source.
     */
    async sendInvoiceReminder({
      invoiceId,
      kind,
      today,
      claimsLatePayment,
    }: {
      invoiceId: string;
      kind: ReminderKind;
      today: string;
      claimsLatePayment: boolean;
    }): Promise<{ sent: boolean }> {
      return orm.em.fork().transactional(async (tx) => {
        const row = await tx.findOne(Invoice, { id: invoiceId });
        if (!row?.dueDate || !row.number) throw new NotFoundError(`issued invoice ${invoiceId}`);
        const open = await openAmountOf(tx, row);
        if (row.status !== 'issued' || open <= 0) return { sent: false };
        const claim = claimsLatePayment ? latePaymentClaim(open, row.dueDate, today) : null;
        const inserted = await tx.getConnection().execute(
          `insert into invoice_reminder (id, invoice, kind, sent_on, open_cents, interest_cents, lump_sum_cents, claim, created_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (invoice, kind) do nothing returning id`,
          [randomUUID(), row.id, kind, today, open, claim?.interestCents ?? 0, claim?.lumpSumCents ?? 0, claim ? JSON.stringify(claim) : null],
          'all',
          tx.getTransactionContext(),
        );
        if (!inserted.length) return { sent: true };
        // The amounts (open, interest, indemnity) are recorded with the reminder and shown in the
        // employer's space; the message names the invoice and its payment reference only.
        const facts = { number: row.number, dueDate: row.dueDate, reference: formatStructuredCommunication(row.structuredCommunication!) };
        for (const contact of await tx.find(UserAccount, { employer: row.employer, role: 'employer', disabledAt: null })) {
          const { subject, body } = messageIn(`invoice-${kind}`, recipientLanguage(contact.language, row.language), facts);
          await queueNotification(tx, {
            key: `invoice-reminder:${row.id}:${kind}:${contact.id}`,
            recipientEmail: contact.email,
            recipientUserId: contact.id,
            kind: `invoice-${kind}`,
            subject,
            body,
          });
        }
        return { sent: true };
      });
    },
  };
}
