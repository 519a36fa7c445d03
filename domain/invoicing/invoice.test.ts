import { describe, expect, it } from 'vitest';
import { isValidStructuredCommunication } from '../identifiers/structured-communication';
import {
  billRateForKind,
  correctionLines,
  documentNumber,
  dueDateOf,
  freeLine,
  hoursAmount,
  hoursLines,
  invoiceTotals,
  numbered,
  structuredCommunicationFor,
  validateFreeLine,
  validatePaymentTerms,
  validateRunPeriod,
  weekIsBillableBy,
} from './invoice';
import { vatTreatment } from './parameters';
import { lineDescription } from './wording';

const vat21 = vatTreatment('standard', '2026-11-30');

describe.shuffle('invoice lines from approved weeks', () => {
  it('bills each placement × kind of hours at the bill rate plus the pay premium, naming weeks and versions', () => {
    const lines = numbered(
      hoursLines(
        [
          {
            placementId: 'p1',
            workerLabel: 'W-0042',
            occupation: 'aide-soignante',
            billRateCents: 2970,
            weeks: [
              { timesheetId: 't1', isoWeek: '2026-W45', version: 1, minutesByKind: { regular: 1800, overtime: 120 } },
              { timesheetId: 't2', isoWeek: '2026-W46', version: 2, minutesByKind: { regular: 1500, sunday: 300 } },
            ],
          },
        ],
        vat21,
      ),
    );
    expect(
      lines.map((l) => [l.lineNo, l.workKind, l.minutes, l.unitPriceCents, l.amountCents, l.weeks.map((w) => `${w.isoWeek}v${w.version}`).join(',')]),
    ).toEqual([
      [1, 'regular', 3300, 2970, 163350, '2026-W45v1,2026-W46v2'],
      [2, 'overtime', 120, 4455, 8910, '2026-W45v1'],
      [3, 'sunday', 300, 5940, 29700, '2026-W46v2'],
    ]);
    expect(lineDescription(lines[1]!, 'fr')).toBe('aide-soignante — W-0042 — heures supplémentaires (semaines 2026-W45 v1)');
    expect(lineDescription(lines[1]!, 'nl')).toBe('aide-soignante — W-0042 — overuren (weken 2026-W45 v1)');
  });

  it.each([
    [60, 2970, 2970],
    [1, 2970, 50], // 49.5 → 50, half up
    [10, 1999, 333], // 333.17
    [-90, 2000, -3000],
  ])('%i minutes at %i cents an hour cost %i cents', (minutes, rate, cents) => {
    expect(hoursAmount(minutes, rate)).toBe(cents);
  });

  it.each([
    ['regular', 2970],
    ['overtime', 4455],
    ['night', 2970],
    ['sunday', 5940],
    ['public-holiday', 5940],
  ] as const)('the %s rate of a 29.70 € placement is %i cents', (kind, rate) => {
    expect(billRateForKind(2970, kind, '2026-11-02')).toBe(rate);
  });

  it('a correction bills only the difference, at the rate the week was billed at', () => {
    const lines = correctionLines(
      [
        {
          placementId: 'p1',
          workerLabel: 'W-1',
          occupation: 'cuisinier',
          billRateCents: 3000,
          billed: {
            timesheetId: 't1',
            isoWeek: '2026-W45',
            version: 1,
            minutesByKind: { regular: 600, night: 60 },
            ratesByKind: { regular: 2900, night: 2900 },
          },
          corrected: { timesheetId: 't2', isoWeek: '2026-W45', version: 2, minutesByKind: { regular: 480, overtime: 30 } },
        },
      ],
      vat21,
    );
    expect(lines.map((l) => [l.workKind, l.minutes, l.unitPriceCents, l.amountCents])).toEqual([
      ['regular', -120, 2900, -5800],
      ['overtime', 30, 4500, 2250],
      ['night', -60, 2900, -2900],
    ]);
  });
});

describe.shuffle('VAT and totals', () => {
  it('rounds VAT once per rate on the rate total, not per line', () => {
    // three lines of 0.05 €: per line VAT 0.0105 → 0.01 each (0.03); on the total 0.15 × 21 % = 0.0315 → 0.03
    const lines = numbered(
      [1, 2, 3].map(() => ({ ...freeLine({ description: 'frais', reason: 'test', quantity: 1, unitPriceCents: 5, vatCategory: 'standard' }, '2026-11-30') })),
    );
    expect(invoiceTotals(lines)).toMatchObject({ lineTotalCents: 15, vatCents: 3, totalCents: 18 });
    const many = numbered(
      Array.from({ length: 7 }, () =>
        freeLine({ description: 'frais', reason: 'test', quantity: 1, unitPriceCents: 7, vatCategory: 'standard' }, '2026-11-30'),
      ),
    );
    // 7 × round(1.47) = 7; on the total: 49 × 21 % = 10.29 → 10
    expect(invoiceTotals(many).vatCents).toBe(10);
  });

  it('breaks VAT down per category and rate, exempt lines at 0 with their reason', () => {
    const lines = numbered([
      ...hoursLines(
        [
          {
            placementId: 'p',
            workerLabel: 'W',
            occupation: 'o',
            billRateCents: 3000,
            weeks: [{ timesheetId: 't', isoWeek: '2026-W45', version: 1, minutesByKind: { regular: 600 } }],
          },
        ],
        vat21,
      ),
      freeLine(
        {
          description: 'Formation sécurité',
          reason: 'convenu',
          quantity: 1,
          unitPriceCents: 25000,
          vatCategory: 'exempt',
          vatExemptionReason: 'Exempt: art. 44 §2 4° VAT Code',
        },
        '2026-11-30',
      ),
      freeLine({ description: 'Tenues', reason: 'convenu', quantity: 2.5, unitPriceCents: 1000, vatCategory: 'reduced-6' }, '2026-11-30'),
    ]);
    const totals = invoiceTotals(lines);
    expect(totals.vatBreakdown).toEqual([
      { code: 'S', ratePercent: 21, exemptionReason: null, taxableCents: 30000, vatCents: 6300 },
      { code: 'S', ratePercent: 6, exemptionReason: null, taxableCents: 2500, vatCents: 150 },
      { code: 'E', ratePercent: 0, exemptionReason: 'Exempt: art. 44 §2 4° VAT Code', taxableCents: 25000, vatCents: 0 },
    ]);
    expect(totals).toMatchObject({ lineTotalCents: 57500, vatCents: 6450, totalCents: 63950 });
  });

  it('the standard rate is 21 % with its source', () => {
    expect(vat21).toMatchObject({ code: 'S', ratePercent: 21 });
    expect(vat21.source).toContain('art. 37');
  });
});

describe.shuffle('numbers, payment reference and terms', () => {
  it.each([
    ['invoice', 2026, 1, '2026-000001'],
    ['invoice', 2026, 123456, '2026-123456'],
    ['credit-note', 2026, 7, '2026-C00007'],
  ] as const)('%s %i #%i is numbered %s', (kind, year, seq, number) => {
    expect(documentNumber(kind, year, seq)).toBe(number);
  });

  it('derives a valid OGM from the invoice number', () => {
    const ogm = structuredCommunicationFor(2026, 42);
    expect(ogm.digits.slice(0, 10)).toBe('2026000042');
    expect(isValidStructuredCommunication(ogm.formatted)).toBe(true);
    expect(ogm.formatted).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    expect(structuredCommunicationFor(2026, 43).digits).not.toBe(ogm.digits);
  });

  it('due date is the issue date plus the terms; terms between 0 and 60 days', () => {
    expect(dueDateOf('2026-12-03', 30)).toBe('2027-01-02');
    expect(validatePaymentTerms(30)).toEqual([]);
    expect(validatePaymentTerms(61)[0]!.field).toBe('paymentTermsDays');
    expect(validatePaymentTerms(1.5)[0]!.code).toBe('payment-terms-out-of-range');
  });

  it('a week is billed with the month of its Thursday', () => {
    expect(weekIsBillableBy('2026-W48', '2026-11')).toBe(true); // Thu 26 Nov
    expect(weekIsBillableBy('2026-W49', '2026-11')).toBe(false); // Thu 3 Dec
    expect(weekIsBillableBy('2026-W44', '2026-11')).toBe(true); // Thu 29 Oct: a late week
  });

  it('a run period is a month that has begun', () => {
    expect(validateRunPeriod('2026-11', '2026-12-03')).toEqual([]);
    expect(validateRunPeriod('2027-01', '2026-12-03')[0]!.code).toBe('period-in-future');
    expect(validateRunPeriod('2026-13', '2026-12-03')[0]!.field).toBe('period');
  });

  it('a free line says what and why, with a positive price and quantity', () => {
    expect(validateFreeLine({ description: 'Formation', reason: 'convenu le 1/12', quantity: 1, unitPriceCents: 25000, vatCategory: 'standard' })).toEqual([]);
    const v = validateFreeLine({ description: '', reason: '', quantity: 0.001, unitPriceCents: -1, vatCategory: 'exempt' });
    expect(v.map((x) => x.field)).toEqual(['description', 'reason', 'quantity', 'unitPriceCents', 'vatExemptionReason']);
  });
});
