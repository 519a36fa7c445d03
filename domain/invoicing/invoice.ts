import { divideRoundingHalfUp, type Cents } from '../money';
import { buildStructuredCommunication, type StructuredCommunication } from '../identifiers/structured-communication';
import { at } from '../payroll/parameters/dated-series';
import { nightWorkPremiumRate, overtimePremiumRate, publicHolidayWorkPremiumRate, sundayWorkPremiumRate } from '../payroll/parameters/working-time-parameters';
import type { RuleViolation } from '../rule-violation';
import { addDays, isCalendarDate, isCalendarMonth, lastDayOfMonth, type CalendarDate, type CalendarMonth } from '../time/dates';
import { isIsoWeekId, mondayOfIsoWeek, type IsoWeekId } from '../time/iso-week';
import { WORK_KINDS, type WorkKind } from '../timesheets/timesheet-entry';
import { DEFAULT_PAYMENT_TERMS_DAYS, MAX_PAYMENT_TERMS_DAYS, vatTreatment, type VatCategory, type VatTreatment } from './parameters';

export type InvoiceLanguage = 'fr' | 'nl';
export type InvoiceDocumentKind = 'invoice' | 'credit-note';
/** What a document is for: the period's hours, a correction's difference, or a full credit. */
export type InvoicePurpose = 'period' | 'supplement' | 'correction-credit' | 'full-credit';

/** One approved timesheet version a line bills (or corrects). */
export interface BilledWeek {
  timesheetId: string;
  isoWeek: IsoWeekId;
  version: number;
}

export interface InvoiceLine {
  lineNo: number;
  kind: 'hours' | 'free';
  placementId: string | null;
  /** The worker as the employer sees them: a work code, a first name only if their terms ask for it. */
  workerLabel: string | null;
  occupation: string | null;
  workKind: WorkKind | null;
  /** Hours lines: minutes (negative on a correction that removes hours). */
  minutes: number | null;
  /** Free lines: quantity in hundredths (100 = 1). */
  quantityHundredths: number | null;
  /** Per hour for hours lines, per unit for free lines. */
  unitPriceCents: Cents;
  amountCents: Cents;
  vat: VatTreatment;
  weeks: BilledWeek[];
  /** Free lines: what it is and why it is billed. */
  description: string | null;
  reason: string | null;
}

export interface VatBreakdownLine {
  code: 'S' | 'E';
  ratePercent: number;
  exemptionReason: string | null;
  taxableCents: Cents;
  vatCents: Cents;
}

export interface InvoiceTotals {
  lineTotalCents: Cents;
  vatCents: Cents;
  totalCents: Cents;
  vatBreakdown: VatBreakdownLine[];
}

/** The premium the payroll pays on top of the hourly wage for a kind of hours; billed likewise. */
export function premiumPercent(kind: WorkKind, date: CalendarDate): number {
  switch (kind) {
    case 'regular':
      return 0;
    case 'overtime':
      return at(overtimePremiumRate, date).value;
    case 'night':
      return at(nightWorkPremiumRate, date).value;
    case 'sunday':
      return at(sundayWorkPremiumRate, date).value;
    case 'public-holiday':
      return at(publicHolidayWorkPremiumRate, date).value;
  }
}

/** The bill rate of a kind of hours: the placement's rate plus the same premium as the pay. */
export function billRateForKind(billRateCents: Cents, kind: WorkKind, date: CalendarDate): Cents {
  return divideRoundingHalfUp(billRateCents * (100 + premiumPercent(kind, date)) * 100, 100 * 100);
}

/** Minutes × hourly rate, to the cent (half up). */
export function hoursAmount(minutes: number, hourlyRateCents: Cents): Cents {
  return divideRoundingHalfUp(minutes * hourlyRateCents, 60);
}

/**
 * A week is billed with the month that holds its Thursday (the ISO rule that gives a week to a
 * year): the run of a month takes every approved, unbilled week up to that month, so a late
 * approval of an earlier week is billed by the next run.
 */
export function weekIsBillableBy(isoWeek: IsoWeekId, period: CalendarMonth): boolean {
  return addDays(mondayOfIsoWeek(isoWeek), 3) <= lastDayOfMonth(period);
}

export interface PlacementHours {
  placementId: string;
  workerLabel: string;
  occupation: string;
  billRateCents: Cents;
  weeks: Array<BilledWeek & { minutesByKind: Partial<Record<WorkKind, number>> }>;
}

/** Lines of the period's invoice: per placement × kind × rate, the weeks and versions named. */
export function hoursLines(placements: readonly PlacementHours[], vat: VatTreatment): Omit<InvoiceLine, 'lineNo'>[] {
  const lines: Omit<InvoiceLine, 'lineNo'>[] = [];
  for (const p of [...placements].sort((a, b) => a.workerLabel.localeCompare(b.workerLabel) || a.placementId.localeCompare(b.placementId))) {
    const byKey = new Map<string, Omit<InvoiceLine, 'lineNo'>>();
    for (const week of [...p.weeks].sort((a, b) => a.isoWeek.localeCompare(b.isoWeek))) {
      for (const kind of WORK_KINDS) {
        const minutes = week.minutesByKind[kind] ?? 0;
        if (minutes === 0) continue;
        const rate = billRateForKind(p.billRateCents, kind, mondayOfIsoWeek(week.isoWeek));
        const key = `${kind}:${rate}`;
        const line = byKey.get(key) ?? {
          kind: 'hours' as const,
          placementId: p.placementId,
          workerLabel: p.workerLabel,
          occupation: p.occupation,
          workKind: kind,
          minutes: 0,
          quantityHundredths: null,
          unitPriceCents: rate,
          amountCents: 0,
          vat,
          weeks: [],
          description: null,
          reason: null,
        };
        line.minutes = (line.minutes ?? 0) + minutes;
        if (!line.weeks.some((w) => w.timesheetId === week.timesheetId))
          line.weeks.push({ timesheetId: week.timesheetId, isoWeek: week.isoWeek, version: week.version });
        byKey.set(key, line);
      }
    }
    for (const kind of WORK_KINDS) {
      for (const [key, line] of byKey) {
        if (!key.startsWith(`${kind}:`)) continue;
        line.amountCents = hoursAmount(line.minutes!, line.unitPriceCents);
        lines.push(line);
      }
    }
  }
  return lines;
}

export interface CorrectedWeek {
  placementId: string;
  workerLabel: string;
  occupation: string;
  /** The billed version and the rates it was billed at, per kind. */
  billed: BilledWeek & { minutesByKind: Partial<Record<WorkKind, number>>; ratesByKind: Partial<Record<WorkKind, Cents>> };
  /** The approved version that supersedes it. */
  corrected: BilledWeek & { minutesByKind: Partial<Record<WorkKind, number>> };
  billRateCents: Cents;
}

/**
 * The difference a correction makes, per kind: minutes added (positive) or removed (negative),
 * at the rate the week was billed at (a removed hour is credited at what it cost).
 */
export function correctionLines(weeks: readonly CorrectedWeek[], vat: VatTreatment): Omit<InvoiceLine, 'lineNo'>[] {
  const lines: Omit<InvoiceLine, 'lineNo'>[] = [];
  for (const w of weeks) {
    for (const kind of WORK_KINDS) {
      const delta = (w.corrected.minutesByKind[kind] ?? 0) - (w.billed.minutesByKind[kind] ?? 0);
      if (delta === 0) continue;
      const rate = w.billed.ratesByKind[kind] ?? billRateForKind(w.billRateCents, kind, mondayOfIsoWeek(w.corrected.isoWeek));
      lines.push({
        kind: 'hours',
        placementId: w.placementId,
        workerLabel: w.workerLabel,
        occupation: w.occupation,
        workKind: kind,
        minutes: delta,
        quantityHundredths: null,
        unitPriceCents: rate,
        amountCents: hoursAmount(delta, rate),
        vat,
        weeks: [{ timesheetId: w.corrected.timesheetId, isoWeek: w.corrected.isoWeek, version: w.corrected.version }],
        description: null,
        reason: `version ${w.corrected.version} of week ${w.corrected.isoWeek} replaces version ${w.billed.version}`,
      });
    }
  }
  return lines;
}

/** Lines as a credit note states them: the same lines with the sign turned (a credit note credits positive amounts). */
export function negated(lines: readonly Omit<InvoiceLine, 'lineNo'>[]): Omit<InvoiceLine, 'lineNo'>[] {
  return lines.map((l) => ({
    ...l,
    minutes: l.minutes === null ? null : -l.minutes,
    quantityHundredths: l.quantityHundredths === null ? null : -l.quantityHundredths,
    amountCents: -l.amountCents,
  }));
}

export function numbered(lines: readonly Omit<InvoiceLine, 'lineNo'>[], from = 1): InvoiceLine[] {
  return lines.map((l, i) => ({ ...l, lineNo: from + i }));
}

/**
 * VAT per category and rate, computed on the category's total and rounded once (half up): on an
 * e-invoice VAT may be rounded only on the total, never per line.
 */
export function invoiceTotals(lines: readonly InvoiceLine[]): InvoiceTotals {
  const groups = new Map<string, VatBreakdownLine>();
  for (const line of lines) {
    const key = `${line.vat.code}:${line.vat.ratePercent}:${line.vat.exemptionReason ?? ''}`;
    const group = groups.get(key) ?? {
      code: line.vat.code,
      ratePercent: line.vat.ratePercent,
      exemptionReason: line.vat.exemptionReason,
      taxableCents: 0,
      vatCents: 0,
    };
    group.taxableCents += line.amountCents;
    groups.set(key, group);
  }
  const vatBreakdown = [...groups.values()]
    .map((g) => ({ ...g, vatCents: divideRoundingHalfUp(g.taxableCents * Math.round(g.ratePercent * 100), 100 * 100) }))
    .sort((a, b) => b.ratePercent - a.ratePercent || a.code.localeCompare(b.code));
  const lineTotalCents = lines.reduce((s, l) => s + l.amountCents, 0);
  const vatCents = vatBreakdown.reduce((s, g) => s + g.vatCents, 0);
  return { lineTotalCents, vatCents, totalCents: lineTotalCents + vatCents, vatBreakdown };
}

/** Gapless series: `2026-000001` for invoices, `2026-C00001` for credit notes. */
export function documentNumber(kind: InvoiceDocumentKind, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > (kind === 'invoice' ? 999_999 : 99_999))
    throw new RangeError(`sequence out of range: ${sequence}`);
  return kind === 'invoice' ? `${year}-${String(sequence).padStart(6, '0')}` : `${year}-C${String(sequence).padStart(5, '0')}`;
}

/** The payment reference of an invoice: year (4 digits) and sequence (6 digits), then the check digits. */
export function structuredCommunicationFor(year: number, sequence: number): StructuredCommunication {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new RangeError(`sequence out of range: ${sequence}`);
  return buildStructuredCommunication(`${year}${String(sequence).padStart(6, '0')}`);
}

export function dueDateOf(issueDate: CalendarDate, paymentTermsDays: number): CalendarDate {
  return addDays(issueDate, paymentTermsDays);
}

export function validatePaymentTerms(days: number): RuleViolation[] {
  return Number.isInteger(days) && days >= 0 && days <= MAX_PAYMENT_TERMS_DAYS
    ? []
    : [
        {
          field: 'paymentTermsDays',
          code: 'payment-terms-out-of-range',
          message: `payment terms are 0 to ${MAX_PAYMENT_TERMS_DAYS} days (default ${DEFAULT_PAYMENT_TERMS_DAYS})`,
        },
      ];
}

export interface FreeLineRequest {
  description: string;
  reason: string;
  quantity: number;
  unitPriceCents: number;
  vatCategory: VatCategory;
  vatExemptionReason?: string | null;
}

/** A line an admin adds to a draft (a training fee, say): it says what and why, in whole cents. */
export function validateFreeLine(r: FreeLineRequest): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (!(typeof r.description === 'string' && r.description.trim().length >= 3 && r.description.length <= 200))
    v.push({ field: 'description', code: 'description-required', message: 'say what the line bills, 3 to 200 characters' });
  if (!(typeof r.reason === 'string' && r.reason.trim().length >= 3 && r.reason.length <= 300))
    v.push({ field: 'reason', code: 'reason-required', message: 'say why it is billed, 3 to 300 characters' });
  const hundredths = Math.round(r.quantity * 100);
  if (!(r.quantity > 0 && r.quantity <= 10_000 && Math.abs(hundredths - r.quantity * 100) < 1e-6))
    v.push({ field: 'quantity', code: 'invalid-quantity', message: 'a positive quantity with at most two decimals' });
  if (!(Number.isSafeInteger(r.unitPriceCents) && r.unitPriceCents > 0 && r.unitPriceCents <= 10_000_000))
    v.push({ field: 'unitPriceCents', code: 'invalid-price', message: 'a positive whole number of cents' });
  if (r.vatCategory === 'exempt' && !(r.vatExemptionReason && r.vatExemptionReason.trim().length >= 3))
    v.push({ field: 'vatExemptionReason', code: 'exemption-reason-required', message: 'an exempt line says which exemption applies' });
  return v;
}

export function freeLine(r: FreeLineRequest, vatDate: CalendarDate): Omit<InvoiceLine, 'lineNo'> {
  const quantityHundredths = Math.round(r.quantity * 100);
  return {
    kind: 'free',
    placementId: null,
    workerLabel: null,
    occupation: null,
    workKind: null,
    minutes: null,
    quantityHundredths,
    unitPriceCents: r.unitPriceCents,
    amountCents: divideRoundingHalfUp(quantityHundredths * r.unitPriceCents, 100),
    vat: vatTreatment(r.vatCategory, vatDate, r.vatExemptionReason),
    weeks: [],
    description: r.description.trim(),
    reason: r.reason.trim(),
  };
}

/** The input of a run: a month, never in the future of `today`'s month. */
export function validateRunPeriod(period: string, today: CalendarDate): RuleViolation[] {
  if (!isCalendarMonth(period)) return [{ field: 'period', code: 'invalid-period', message: 'The period is a month written YYYY-MM.' }];
  if (period > today.slice(0, 7))
    return [
      { field: 'period', code: 'period-in-future', message: `${period} has not begun yet: a month is billed once its first hours can have been worked.` },
    ];
  return [];
}

export function isBilledWeek(value: unknown): value is BilledWeek {
  const w = value as BilledWeek;
  return typeof w?.timesheetId === 'string' && isIsoWeekId(w.isoWeek) && Number.isInteger(w.version);
}

export { isCalendarDate };
