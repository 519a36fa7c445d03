import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { TaxForm28110 } from '../../domain/declarations/tax-form-281-10';
import { startOfBrusselsDay } from '../../domain/time/brussels';
import type { CalendarDate } from '../../domain/time/dates';
import { DOCUMENT_FONT, serverPdfMake } from './fonts';

export interface TaxFormPdfInput {
  form: TaxForm28110;
  issuedOn: CalendarDate;
  employer: { name: string; enterpriseNumber: string; address: string };
  /** The worker as the form names them: the national or BIS number is on the official copy. */
  worker: { displayName: string; nationalNumber: string | null };
}

const euros = (cents: number) => `${(cents / 100).toLocaleString('fr-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;

/**
 * The worker's copy of the 281.10 data, bilingual French/Dutch like the official form. The
 * Belcotax XML waits for its schema; this document is built from the same figures.
 */
export async function renderTaxForm28110Pdf(input: TaxFormPdfInput): Promise<Buffer> {
  const f = input.form;
  const rows: [string, string, number][] = [
    ['Rémunérations brutes', 'Brutobezoldigingen', f.grossCents],
    [
      'Cotisations personnelles de sécurité sociale (après bonus à l’emploi)',
      'Persoonlijke socialezekerheidsbijdragen (na werkbonus)',
      f.personalContributionsCents,
    ],
    ['dont bonus à l’emploi social déduit', 'waarvan sociale werkbonus afgetrokken', f.socialWorkBonusCents],
    ['Rémunérations imposables', 'Belastbare bezoldigingen', f.taxableRemunerationCents],
    ['Précompte professionnel retenu', 'Ingehouden bedrijfsvoorheffing', f.withholdingTaxCents],
    ['dont bonus à l’emploi fiscal', 'waarvan fiscale werkbonus', f.fiscalWorkBonusCents],
    ['Cotisation spéciale de sécurité sociale', 'Bijzondere bijdrage voor de sociale zekerheid', f.specialSocialSecurityContributionCents],
  ];
  const content: Content[] = [
    { text: `Fiche 281.10 — ${f.year} — Fiche 281.10`, style: 'title' },
    {
      text: 'Revenus de l’année / Inkomsten van het jaar (données de la fiche, XML Belcotax à venir / gegevens van de fiche, Belcotax-XML volgt)',
      style: 'muted',
      margin: [0, 2, 0, 10],
    },
    { text: 'Employeur / Werkgever', style: 'heading' },
    { text: `${input.employer.name} — BCE/KBO ${input.employer.enterpriseNumber}\n${input.employer.address}` },
    { text: 'Travailleur / Werknemer', style: 'heading' },
    { text: `${input.worker.displayName} (${f.workerCode})\nNISS/INSZ : ${input.worker.nationalNumber ?? '—'}` },
    { text: 'Montants / Bedragen', style: 'heading' },
    {
      table: {
        widths: ['*', '*', 90],
        body: [
          [
            { text: 'Français', bold: true },
            { text: 'Nederlands', bold: true },
            { text: 'EUR', bold: true, alignment: 'right' },
          ],
          ...rows.map(([fr, nl, cents]) => [fr, nl, { text: euros(cents), alignment: 'right' as const }]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: `${f.payslipCount} fiche(s) de paie / loonbrief(ven): ${f.months.join(', ') || '—'}`, style: 'muted', margin: [0, 8, 0, 0] },
  ];
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    info: {
      title: `281.10 ${f.year} ${f.workerCode}`,
      author: input.employer.name,
      creator: input.employer.name,
      producer: input.employer.name,
      creationDate: new Date(startOfBrusselsDay(input.issuedOn)),
    },
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 9.5, lineHeight: 1.2 },
    styles: { title: { fontSize: 15, bold: true }, heading: { fontSize: 11, bold: true, margin: [0, 10, 0, 3] }, muted: { fontSize: 8.5, color: '#555555' } },
    content,
  };
  return serverPdfMake().createPdf(doc).getBuffer();
}
