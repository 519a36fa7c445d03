import { lineDescription } from '../../domain/invoicing/wording';
import type { InvoiceLine } from '../../domain/invoicing/invoice';
import type { InvoiceDocumentContent, InvoiceParty } from './invoice-content';

/**
 * The issued document as a UBL 2.1 Invoice or CreditNote following Peppol BIS Billing 3.0: the
 * Belgian structured communication as the payment id, the cooperative's IBAN as the payee account,
 * both parties' Peppol endpoints under scheme 0208 (enterprise number), one VAT subtotal per
 * category and rate. Pure: the same content gives the same bytes.
 */
const CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
const PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Cents as a decimal with two places: -1234 → "-12.34". */
export function amount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function decimal(value: number, places: number): string {
  return value.toFixed(places).replace(/\.?0+$/, '') || '0';
}

const money = (tag: string, cents: number) => `<cbc:${tag} currencyID="EUR">${amount(cents)}</cbc:${tag}>`;

function party(p: InvoiceParty, role: 'supplier' | 'customer'): string {
  const address = p.address;
  return (
    `<cac:Party>
      <cbc:EndpointID schemeID="0208">${p.enterpriseNumber}</cbc:EndpointID>
      <cac:PartyIdentification><cbc:ID schemeID="0208">${p.enterpriseNumber}</cbc:ID></cac:PartyIdentification>
      <cac:PartyName><cbc:Name>${esc(p.name)}</cbc:Name></cac:PartyName>
      <cac:PostalAddress>${address.street ? `<cbc:StreetName>${esc(address.street)}</cbc:StreetName>` : ''}${address.city ? `<cbc:CityName>${esc(address.city)}</cbc:CityName>` : ''}${address.postalCode ? `<cbc:PostalZone>${esc(address.postalCode)}</cbc:PostalZone>` : ''}<cac:Country><cbc:IdentificationCode>${address.country}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
      ${p.vatNumber ? `<cac:PartyTaxScheme><cbc:CompanyID>${p.vatNumber}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>` : ''}
      <cac:PartyLegalEntity><cbc:RegistrationName>${esc(p.name)}</cbc:RegistrationName><cbc:CompanyID schemeID="0208">${p.enterpriseNumber}</cbc:CompanyID></cac:PartyLegalEntity>
    </cac:Party>`.replace(/\n\s*\n/g, '\n') + (role === 'supplier' ? '' : '')
  );
}

/** Quantity, unit and price of a line so that quantity × price / base = amount exactly (Peppol R120). */
function quantityOf(line: InvoiceLine): { quantity: string; unit: string; price: string; base: string | null } {
  if (line.kind === 'hours') {
    const minutes = line.minutes ?? 0;
    // Whole multiples of 3 minutes are exact hours with two decimals; otherwise count minutes at a price per 60.
    if (minutes % 3 === 0) return { quantity: decimal(minutes / 60, 2), unit: 'HUR', price: amount(line.unitPriceCents), base: null };
    return { quantity: String(minutes), unit: 'MIN', price: amount(line.unitPriceCents), base: '60' };
  }
  return { quantity: decimal((line.quantityHundredths ?? 0) / 100, 2), unit: 'C62', price: amount(line.unitPriceCents), base: null };
}

function taxCategory(tag: 'TaxCategory' | 'ClassifiedTaxCategory', code: string, percent: number, exemptionReason: string | null, withReason: boolean): string {
  return `<cac:${tag}><cbc:ID>${code}</cbc:ID><cbc:Percent>${decimal(percent, 2)}</cbc:Percent>${withReason && exemptionReason ? `<cbc:TaxExemptionReason>${esc(exemptionReason)}</cbc:TaxExemptionReason>` : ''}<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:${tag}>`;
}

export function renderInvoiceUbl(c: InvoiceDocumentContent): string {
  const isInvoice = c.kind === 'invoice';
  const root = isInvoice ? 'Invoice' : 'CreditNote';
  const lineTag = isInvoice ? 'InvoiceLine' : 'CreditNoteLine';
  const quantityTag = isInvoice ? 'InvoicedQuantity' : 'CreditedQuantity';
  const lines = c.lines.map((line) => {
    const q = quantityOf(line);
    return `  <cac:${lineTag}>
    <cbc:ID>${line.lineNo}</cbc:ID>
    <cbc:${quantityTag} unitCode="${q.unit}">${q.quantity}</cbc:${quantityTag}>
    ${money('LineExtensionAmount', line.amountCents)}
    <cac:Item><cbc:Name>${esc(lineDescription(line, c.language).slice(0, 200))}</cbc:Name>${taxCategory('ClassifiedTaxCategory', line.vat.code, line.vat.ratePercent, null, false)}</cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">${q.price}</cbc:PriceAmount>${q.base ? `<cbc:BaseQuantity unitCode="${q.unit}">${q.base}</cbc:BaseQuantity>` : ''}</cac:Price>
  </cac:${lineTag}>`;
  });
  const subtotals = c.totals.vatBreakdown.map(
    (v) =>
      `    <cac:TaxSubtotal>${money('TaxableAmount', v.taxableCents)}${money('TaxAmount', v.vatCents)}${taxCategory('TaxCategory', v.code, v.ratePercent, v.exemptionReason, true)}</cac:TaxSubtotal>`,
  );
  const note = c.reason ? `<cbc:Note>${esc(c.reason)}</cbc:Note>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>${CUSTOMIZATION_ID}</cbc:CustomizationID>
  <cbc:ProfileID>${PROFILE_ID}</cbc:ProfileID>
  <cbc:ID>${esc(c.number)}</cbc:ID>
  <cbc:IssueDate>${c.issueDate}</cbc:IssueDate>
  ${isInvoice && c.dueDate ? `<cbc:DueDate>${c.dueDate}</cbc:DueDate>` : ''}
  <cbc:${isInvoice ? 'InvoiceTypeCode' : 'CreditNoteTypeCode'}>${isInvoice ? '380' : '381'}</cbc:${isInvoice ? 'InvoiceTypeCode' : 'CreditNoteTypeCode'}>
  ${note}
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>${esc(c.buyer.reference)}</cbc:BuyerReference>
  ${c.corrects ? `<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>${esc(c.corrects.number)}</cbc:ID><cbc:IssueDate>${c.corrects.issueDate}</cbc:IssueDate></cac:InvoiceDocumentReference></cac:BillingReference>` : ''}
  <cac:AccountingSupplierParty>
    ${party(c.seller, 'supplier')}
  </cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>
    ${party(c.buyer, 'customer')}
  </cac:AccountingCustomerParty>
  ${
    isInvoice
      ? `<cac:PaymentMeans>
    <cbc:PaymentMeansCode name="Credit transfer">30</cbc:PaymentMeansCode>
    ${c.structuredCommunication ? `<cbc:PaymentID>${c.structuredCommunication.formatted}</cbc:PaymentID>` : ''}
    <cac:PayeeFinancialAccount><cbc:ID>${c.seller.iban}</cbc:ID><cbc:Name>${esc(c.seller.name)}</cbc:Name><cac:FinancialInstitutionBranch><cbc:ID>${c.seller.bic}</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>${esc(paymentTermsNote(c))}</cbc:Note></cac:PaymentTerms>`
      : ''
  }
  <cac:TaxTotal>
    ${money('TaxAmount', c.totals.vatCents)}
${subtotals.join('\n')}
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    ${money('LineExtensionAmount', c.totals.lineTotalCents)}
    ${money('TaxExclusiveAmount', c.totals.lineTotalCents)}
    ${money('TaxInclusiveAmount', c.totals.totalCents)}
    ${money('PayableAmount', c.totals.totalCents)}
  </cac:LegalMonetaryTotal>
${lines.join('\n')}
</${root}>
`.replace(/\n\s*\n/g, '\n');
}

function paymentTermsNote(c: InvoiceDocumentContent): string {
  return c.language === 'nl'
    ? `Betaalbaar binnen ${c.paymentTermsDays} dagen met de gestructureerde mededeling ${c.structuredCommunication?.formatted ?? ''}`.trim()
    : `Payable dans les ${c.paymentTermsDays} jours avec la communication structurée ${c.structuredCommunication?.formatted ?? ''}`.trim();
}
