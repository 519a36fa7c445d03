import { randomUUID } from 'node:crypto';
import { latePaymentClaim } from '../../domain/invoicing/late-payment';
import type { ReminderKind } from '../../domain/invoicing/reminders';
import { formatStructuredCommunication } from '../../domain/identifiers/structured-communication';
import { Invoice, UserAccount } from '../../db/entities';
import type { ActivityDeps } from '../deps';
import { NotFoundError } from '../errors';
import { queueNotification } from '../notifications';
import { openAmountOf } from './runs';

const euros = (cents: number) => `${(cents / 100).toFixed(2)} EUR`;

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
    async sendInvoiceReminder({ invoiceId, kind, today, claimsLatePayment }: { invoiceId: string; kind: ReminderKind; today: string; claimsLatePayment: boolean }): Promise<{ sent: boolean }> {
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
          'all', tx.getTransactionContext(),
        );
        if (!inserted.length) return { sent: true };
        const ogm = formatStructuredCommunication(row.structuredCommunication!);
        const nl = row.language === 'nl';
        const subject = {
          'friendly-reminder': nl ? `Herinnering: factuur ${row.number}` : `Rappel : facture ${row.number}`,
          'second-reminder': nl ? `Tweede herinnering: factuur ${row.number}` : `Second rappel : facture ${row.number}`,
          'formal-notice': nl ? `Ingebrekestelling: factuur ${row.number}` : `Mise en demeure : facture ${row.number}`,
        }[kind];
        const claimText = claim
          ? nl
            ? ` Verwijlintrest (wet van 2 augustus 2002): ${euros(claim.interestCents)}; forfaitaire vergoeding: ${euros(claim.lumpSumCents)}.`
            : ` Intérêts de retard (loi du 2 août 2002) : ${euros(claim.interestCents)} ; indemnité forfaitaire : ${euros(claim.lumpSumCents)}.`
          : '';
        const body = nl
          ? `Factuur ${row.number} (vervaldag ${row.dueDate}) staat nog open voor ${euros(open)}. Gelieve te betalen met de mededeling ${ogm}.${claimText}`
          : `La facture ${row.number} (échéance ${row.dueDate}) reste ouverte pour ${euros(open)}. Merci de payer avec la communication ${ogm}.${claimText}`;
        for (const contact of await tx.find(UserAccount, { employer: row.employer, role: 'employer', disabledAt: null })) {
          await queueNotification(tx, { key: `invoice-reminder:${row.id}:${kind}:${contact.id}`, recipientEmail: contact.email, recipientUserId: contact.id, kind: `invoice-${kind}`, subject, body });
        }
        return { sent: true };
      });
    },
  };
}
