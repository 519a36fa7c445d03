import type { InvoiceDocumentContent } from '../../activities/documents/invoice-content';
import { freeLine, hoursLines, invoiceTotals, negated, numbered, structuredCommunicationFor, correctionLines } from '../../domain/invoicing/invoice';
import { vatTreatment } from '../../domain/invoicing/parameters';

const seller = {
  name: 'TalentCoop SC',
  enterpriseNumber: '0790123495',
  vatNumber: 'BE0790123495',
  address: { street: 'Rue de la Coopération 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
  iban: 'BE68539007547034',
  bic: 'GKCCBEBB',
};
const buyer = {
  name: 'Résidence Les Tilleuls ASBL',
  enterpriseNumber: '0403019261',
  vatNumber: 'BE0403019261',
  address: { street: 'Avenue Rogier 10', postalCode: '1030', city: 'Schaerbeek', country: 'BE' },
  reference: 'TalentCoop 2026-11',
};
const vat = vatTreatment('standard', '2026-12-03');

/** Document contents of every kind the engine issues, for the PDF and UBL tests. */
export function sampleContents(): Record<string, InvoiceDocumentContent> {
  const hours = hoursLines(
    [
      {
        placementId: 'p1',
        workerLabel: 'W-00A1B2',
        occupation: 'aide-soignante',
        billRateCents: 2970,
        weeks: [
          { timesheetId: 't1', isoWeek: '2026-W45', version: 1, minutesByKind: { regular: 1800, overtime: 120, sunday: 300 } },
          { timesheetId: 't2', isoWeek: '2026-W46', version: 2, minutesByKind: { regular: 1510, night: 50 } },
        ],
      },
      {
        placementId: 'p2',
        workerLabel: 'Kofi (W-00C3D4)',
        occupation: 'cuisinier',
        billRateCents: 3125,
        weeks: [{ timesheetId: 't3', isoWeek: '2026-W47', version: 1, minutesByKind: { regular: 2280, 'public-holiday': 480 } }],
      },
    ],
    vat,
  );
  const oneRate = numbered(hours);
  const withFree = numbered([
    ...hours,
    freeLine(
      {
        description: 'Formation sécurité incendie',
        reason: 'convenu avec le client le 2 novembre',
        quantity: 1,
        unitPriceCents: 25_000,
        vatCategory: 'exempt',
        vatExemptionReason: 'Exempt: training, art. 44 §2 4° VAT Code',
      },
      '2026-12-03',
    ),
    freeLine(
      { description: 'Tenues de travail', reason: 'fournies à la demande du client', quantity: 2.5, unitPriceCents: 1_999, vatCategory: 'reduced-6' },
      '2026-12-03',
    ),
  ]);
  const correction = correctionLines(
    [
      {
        placementId: 'p1',
        workerLabel: 'W-00A1B2',
        occupation: 'aide-soignante',
        billRateCents: 2970,
        billed: {
          timesheetId: 't1',
          isoWeek: '2026-W45',
          version: 1,
          minutesByKind: { regular: 1800, overtime: 120 },
          ratesByKind: { regular: 2970, overtime: 4455 },
        },
        corrected: { timesheetId: 't9', isoWeek: '2026-W45', version: 2, minutesByKind: { regular: 1560, overtime: 150 } },
      },
    ],
    vat,
  );
  const credit = numbered(negated(correction));
  const ogm = structuredCommunicationFor(2026, 42);
  const base = {
    purpose: 'period' as const,
    issueDate: '2026-12-03',
    dueDate: '2027-01-02',
    paymentTermsDays: 30,
    language: 'fr' as const,
    period: '2026-11',
    reason: null,
    structuredCommunication: { digits: ogm.digits, formatted: ogm.formatted },
    seller,
    buyer,
    corrects: null,
  };
  return {
    'invoice-one-rate': { ...base, kind: 'invoice', number: '2026-000042', lines: oneRate, totals: invoiceTotals(oneRate) },
    'invoice-several-rates-free-line': {
      ...base,
      kind: 'invoice',
      number: '2026-000043',
      language: 'nl',
      lines: withFree,
      totals: invoiceTotals(withFree),
      structuredCommunication: structuredCommunicationFor(2026, 43),
    },
    'credit-note-correction': {
      ...base,
      kind: 'credit-note',
      purpose: 'correction-credit',
      number: '2026-C00001',
      dueDate: null,
      structuredCommunication: null,
      lines: credit,
      totals: invoiceTotals(credit),
      reason: 'Correction of week 2026-W45 approved after billing',
      corrects: { number: '2026-000042', issueDate: '2026-12-03' },
    },
  };
}
