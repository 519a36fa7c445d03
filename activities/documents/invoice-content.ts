import type { InvoiceDocumentKind, InvoiceLanguage, InvoiceLine, InvoicePurpose, InvoiceTotals } from '../../domain/invoicing/invoice';

export interface PartyAddress {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface InvoiceParty {
  name: string;
  /** 10 digits, the KBO/BCE number; the Peppol endpoint under scheme 0208. */
  enterpriseNumber: string;
  /** "BE0…"; null for a buyer without VAT number. */
  vatNumber: string | null;
  address: PartyAddress;
}

/** Everything an issued document says, as stored on the invoice row: the PDF and the UBL render the same facts. */
export interface InvoiceDocumentContent {
  kind: InvoiceDocumentKind;
  purpose: InvoicePurpose;
  number: string;
  issueDate: string;
  /** Invoices only. */
  dueDate: string | null;
  paymentTermsDays: number;
  language: InvoiceLanguage;
  period: string;
  reason: string | null;
  structuredCommunication: { digits: string; formatted: string } | null;
  seller: InvoiceParty & { iban: string; bic: string };
  buyer: InvoiceParty & { reference: string };
  lines: InvoiceLine[];
  totals: InvoiceTotals;
  /** Credit notes and supplements: the invoice they correct. */
  corrects: { number: string; issueDate: string } | null;
}

/** "Rue de la Coopération 1, 1000 Bruxelles" → street, postal code, city (Belgium). */
export function parseBelgianAddress(text: string): PartyAddress {
  const m = /^(.*?),\s*(\d{4})\s+(.+)$/.exec(text.trim());
  if (!m) return { street: text.trim(), postalCode: '', city: '', country: 'BE' };
  return { street: m[1]!.trim(), postalCode: m[2]!, city: m[3]!.trim(), country: 'BE' };
}
