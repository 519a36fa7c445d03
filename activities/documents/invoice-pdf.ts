import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatEnterpriseNumber } from '../../domain/identifiers/enterprise-number';
import { formatIbanForPrint } from '../../domain/identifiers/iban';
import type { InvoiceLanguage, InvoiceLine } from '../../domain/invoicing/invoice';
import { lineDescription } from '../../domain/invoicing/wording';
import { formatEuros, type Cents } from '../../domain/money';
import { startOfBrusselsDay } from '../../domain/time/brussels';
import { DOCUMENT_FONT, printableText, serverPdfMake } from './fonts';
import type { InvoiceDocumentContent, InvoiceParty } from './invoice-content';

const wording = {
  fr: {
    invoice: 'FACTURE',
    creditNote: 'NOTE DE CRÉDIT',
    supplement: 'FACTURE COMPLÉMENTAIRE',
    number: 'Numéro',
    issueDate: 'Date',
    dueDate: 'Échéance',
    period: 'Période',
    seller: 'Fournisseur',
    buyer: 'Client',
    enterprise: 'N° d’entreprise',
    vat: 'TVA',
    description: 'Description',
    quantity: 'Quantité',
    unitPrice: 'Prix unitaire',
    vatRate: 'TVA',
    amount: 'Montant',
    vatBreakdown: 'Récapitulatif TVA',
    base: 'Base',
    vatAmount: 'TVA',
    totalExcl: 'Total hors TVA',
    totalVat: 'Total TVA',
    totalIncl: 'Total TVA comprise',
    toPay: 'À payer',
    payment: (days: number, ogm: string, iban: string, bic: string) =>
      `Payable dans les ${days} jours sur le compte ${iban} (BIC ${bic}) avec la communication structurée ${ogm}.`,
    corrects: (n: string, d: string) => `Corrige la facture ${n} du ${d}.`,
    reason: 'Motif',
    hours: 'h',
    billedWeeks: 'Semaines et versions de feuilles de temps facturées',
    exempt: 'Exonéré',
    late: 'En cas de retard de paiement, les intérêts et l’indemnité forfaitaire de la loi du 2 août 2002 sont dus de plein droit.',
    footer: (n: string, page: number, pages: number) => `${n} — page ${page}/${pages}`,
    reference: 'Votre référence',
  },
  nl: {
    invoice: 'FACTUUR',
    creditNote: 'CREDITNOTA',
    supplement: 'AANVULLENDE FACTUUR',
    number: 'Nummer',
    issueDate: 'Datum',
    dueDate: 'Vervaldag',
    period: 'Periode',
    seller: 'Leverancier',
    buyer: 'Klant',
    enterprise: 'Ondernemingsnr.',
    vat: 'Btw',
    description: 'Omschrijving',
    quantity: 'Hoeveelheid',
    unitPrice: 'Eenheidsprijs',
    vatRate: 'Btw',
    amount: 'Bedrag',
    vatBreakdown: 'Btw-overzicht',
    base: 'Basis',
    vatAmount: 'Btw',
    totalExcl: 'Totaal excl. btw',
    totalVat: 'Totaal btw',
    totalIncl: 'Totaal incl. btw',
    toPay: 'Te betalen',
    payment: (days: number, ogm: string, iban: string, bic: string) =>
      `Betaalbaar binnen ${days} dagen op rekening ${iban} (BIC ${bic}) met de gestructureerde mededeling ${ogm}.`,
    corrects: (n: string, d: string) => `Verbetert factuur ${n} van ${d}.`,
    reason: 'Reden',
    hours: 'u',
    billedWeeks: 'Gefactureerde weken en versies van de tijdsregistraties',
    exempt: 'Vrijgesteld',
    late: 'Bij laattijdige betaling zijn de intresten en de forfaitaire vergoeding van de wet van 2 augustus 2002 van rechtswege verschuldigd.',
    footer: (n: string, page: number, pages: number) => `${n} — pagina ${page}/${pages}`,
    reference: 'Uw referentie',
  },
} as const;

const date = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

function quantityText(line: InvoiceLine, language: InvoiceLanguage): string {
  if (line.kind === 'hours') {
    const minutes = line.minutes ?? 0;
    const sign = minutes < 0 ? '-' : '';
    const abs = Math.abs(minutes);
    return `${sign}${Math.trunc(abs / 60)}${wording[language].hours}${String(abs % 60).padStart(2, '0')}`;
  }
  return ((line.quantityHundredths ?? 0) / 100).toFixed(2).replace('.', ',');
}

function partyBlock(title: string, p: InvoiceParty, w: (typeof wording)[InvoiceLanguage], extra: string[]): Content {
  return {
    stack: [
      { text: title, bold: true, margin: [0, 0, 0, 2] },
      { text: p.name, bold: true },
      p.address.street,
      `${p.address.postalCode} ${p.address.city}`.trim(),
      `${w.enterprise} ${formatEnterpriseNumber(p.enterpriseNumber)}`,
      ...(p.vatNumber ? [`${w.vat} ${p.vatNumber}`] : []),
      ...extra,
    ],
  };
}

/** The issued invoice or credit note as a PDF in the employer's language (fr or nl). Same content, same bytes. */
export async function renderInvoicePdf(c: InvoiceDocumentContent): Promise<Buffer> {
  return serverPdfMake().createPdf(invoiceDocument(c)).getBuffer();
}

export function invoiceDocument(c: InvoiceDocumentContent): TDocumentDefinitions {
  const w = wording[c.language];
  const money = (cents: Cents) => printableText(formatEuros(cents, c.language));
  const title = c.kind === 'credit-note' ? w.creditNote : c.purpose === 'supplement' ? w.supplement : w.invoice;
  const body = [
    [w.description, w.quantity, w.unitPrice, w.vatRate, w.amount].map((t) => ({ text: t, bold: true })),
    ...c.lines.map((l) => [
      lineDescription(l, c.language) + (l.reason && l.kind === 'free' ? ` — ${w.reason}: ${l.reason}` : ''),
      { text: quantityText(l, c.language), alignment: 'right' },
      { text: money(l.unitPriceCents), alignment: 'right' },
      { text: l.vat.code === 'E' ? w.exempt : `${l.vat.ratePercent} %`, alignment: 'right' },
      { text: money(l.amountCents), alignment: 'right' },
    ]),
  ];
  const vatRows = [
    [w.vatRate, w.base, w.vatAmount].map((t) => ({ text: t, bold: true })),
    ...c.totals.vatBreakdown.map((v) => [
      v.code === 'E' ? `${w.exempt} — ${v.exemptionReason ?? ''}` : `${v.ratePercent} %`,
      { text: money(v.taxableCents), alignment: 'right' },
      { text: money(v.vatCents), alignment: 'right' },
    ]),
  ];
  const weeks = [
    ...new Map(c.lines.flatMap((l) => l.weeks.map((wk) => [wk.timesheetId, `${l.workerLabel ?? ''} ${wk.isoWeek} v${wk.version}`] as const))).values(),
  ];
  return {
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    language: c.language === 'fr' ? 'fr-BE' : 'nl-BE',
    info: {
      title: `${title} ${c.number}`,
      author: c.seller.name,
      subject: c.number,
      creator: c.seller.name,
      producer: c.seller.name,
      creationDate: new Date(startOfBrusselsDay(c.issueDate)),
    },
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 9, lineHeight: 1.2 },
    footer: (page: number, pages: number) => ({
      text: w.footer(c.number, page, pages),
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
      margin: [48, 20, 48, 0],
    }),
    content: [
      { text: title, fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      {
        columns: [
          partyBlock(w.seller, c.seller, w, [`IBAN ${formatIbanForPrint(c.seller.iban)}`, `BIC ${c.seller.bic}`]),
          partyBlock(w.buyer, c.buyer, w, [`${w.reference}: ${c.buyer.reference}`]),
        ],
        columnGap: 24,
        margin: [0, 0, 0, 10],
      },
      {
        table: {
          widths: ['auto', '*'],
          body: [
            [w.number, { text: c.number, bold: true }],
            [w.issueDate, date(c.issueDate)],
            ...(c.dueDate ? [[w.dueDate, date(c.dueDate)]] : []),
            [w.period, c.period],
            ...(c.structuredCommunication ? [['OGM', { text: c.structuredCommunication.formatted, bold: true }]] : []),
          ],
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 8],
      },
      ...(c.corrects ? [{ text: w.corrects(c.corrects.number, date(c.corrects.issueDate)), margin: [0, 0, 0, 4] } as Content] : []),
      ...(c.reason ? [{ text: `${w.reason}: ${c.reason}`, margin: [0, 0, 0, 6] } as Content] : []),
      { table: { headerRows: 1, widths: ['*', 50, 60, 40, 70], body: body as never }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 10] },
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: w.vatBreakdown, bold: true, margin: [0, 0, 0, 2] },
              { table: { headerRows: 1, widths: ['*', 70, 70], body: vatRows as never }, layout: 'lightHorizontalLines' },
            ],
          },
          {
            width: 200,
            table: {
              widths: ['*', 80],
              body: [
                [w.totalExcl, { text: money(c.totals.lineTotalCents), alignment: 'right' }],
                [w.totalVat, { text: money(c.totals.vatCents), alignment: 'right' }],
                [
                  { text: c.kind === 'invoice' ? w.toPay : w.totalIncl, bold: true },
                  { text: money(c.totals.totalCents), alignment: 'right', bold: true },
                ],
              ],
            },
            layout: 'lightHorizontalLines',
          },
        ],
        columnGap: 20,
        margin: [0, 0, 0, 10],
      },
      ...(c.kind === 'invoice' && c.structuredCommunication
        ? [
            {
              text: w.payment(c.paymentTermsDays, c.structuredCommunication.formatted, formatIbanForPrint(c.seller.iban), c.seller.bic),
              bold: true,
              margin: [0, 0, 0, 4],
            } as Content,
            { text: w.late, fontSize: 8, color: '#444444', margin: [0, 0, 0, 8] } as Content,
          ]
        : []),
      ...(weeks.length ? [{ text: w.billedWeeks, bold: true, margin: [0, 4, 0, 2] } as Content, { text: weeks.join(' · '), fontSize: 8 } as Content] : []),
    ],
  };
}
