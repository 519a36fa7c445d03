import type { Mailer } from './mailer';

/**
 * How an issued invoice or credit note reaches the employer: by Peppol (the default for Belgian
 * businesses since 2026) or by e-mail. The invoice workflow sees this port only; worker/ picks the
 * adapters (the local Peppol sandbox, the e-mail channel over the Mailer).
 */
export type DeliveryChannel = 'peppol' | 'email';

export interface DeliveryRequest {
  channel: DeliveryChannel;
  /** A Peppol participant id ("0208:0403019261") or an e-mail address. */
  recipient: string;
  documentNumber: string;
  subject: string;
  text: string;
  pdf: { fileName: string; content: Buffer };
  ubl: { fileName: string; content: string };
  /** The same key never sends twice. */
  idempotencyKey: string;
}

export type DeliveryState = 'pending' | 'delivered' | 'rejected';

export interface InvoiceDeliveryGateway {
  send(request: DeliveryRequest): Promise<{ reference: string }>;
  /** The receipt: delivered, still pending, or rejected with the reason. */
  status(channel: DeliveryChannel, reference: string): Promise<{ state: DeliveryState; detail: string | null }>;
}

export interface PeppolAccessPoint {
  submit(input: { receiver: string; documentId: string; ubl: string; idempotencyKey: string }): Promise<{ reference: string }>;
  receipt(reference: string): Promise<{ state: DeliveryState; detail: string | null }>;
}

/** Both channels behind one port: Peppol through the access point, e-mail through the Mailer (a sent mail counts as delivered). */
export function createInvoiceDelivery({ peppol, mailer }: { peppol: PeppolAccessPoint; mailer: Mailer }): InvoiceDeliveryGateway {
  return {
    async send(r) {
      if (r.channel === 'peppol')
        return peppol.submit({ receiver: r.recipient, documentId: r.documentNumber, ubl: r.ubl.content, idempotencyKey: r.idempotencyKey });
      const sent = await mailer.send({
        to: r.recipient,
        subject: r.subject,
        text: r.text,
        idempotencyKey: r.idempotencyKey,
        attachments: [
          { fileName: r.pdf.fileName, contentType: 'application/pdf', content: r.pdf.content },
          { fileName: r.ubl.fileName, contentType: 'application/xml', content: Buffer.from(r.ubl.content, 'utf8') },
        ],
      });
      return { reference: `mail:${sent.messageId}` };
    },
    async status(channel, reference) {
      if (channel === 'peppol') return peppol.receipt(reference);
      return { state: 'delivered', detail: null };
    },
  };
}
