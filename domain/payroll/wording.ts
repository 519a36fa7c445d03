import { type Cents, formatEurosInAllLanguages } from '../money';

/** Payslips are explained in the three languages a Brussels worker may read. */
export type Language = 'fr' | 'nl' | 'en';

export interface LocalizedText {
  fr: string;
  nl: string;
  en: string;
}

/*
 * Explanations are written as one template literal per language over figures formatted once for
 * the three languages. No closure per sentence: a payroll run formats millions of them.
 */

export function text(fr: string, nl: string, en: string): LocalizedText {
  return Object.freeze({ fr, nl, en });
}

/** An amount of money in the three languages: "3 000,00 €", "€ 3.000,00", "€3,000.00". */
export function euros(cents: Cents): LocalizedText {
  let formatted = formattedAmounts.get(cents);
  if (!formatted) {
    formatted = Object.freeze(formatEurosInAllLanguages(cents));
    // Bounded, so a long payroll run cannot grow it without limit; thresholds and common wages stay hot.
    if (formattedAmounts.size >= 200_000) formattedAmounts.clear();
    formattedAmounts.set(cents, formatted);
  }
  return formatted;
}

// The same amounts recur within a payslip (the gross on every employer line) and across payslips
// (thresholds, maxima of the period), so formatting is memoised.
const formattedAmounts = new Map<Cents, LocalizedText>();

// Rates and hours come from a small set of parameter values: formatted once, then reused.
const decimals = new Map<number, LocalizedText>();

/** A number with at most two decimals: "13,07" (fr, nl) or "13.07" (en). */
export function decimal(value: number): LocalizedText {
  let formatted = decimals.get(value);
  if (!formatted) {
    const en = String(Math.round(value * 100) / 100);
    const other = en.replace('.', ',');
    formatted = text(other, other, en);
    if (decimals.size < 10_000) decimals.set(value, formatted);
  }
  return formatted;
}

const percents = new Map<number, LocalizedText>();

/** A percentage: "13,07 %" (fr, nl) or "13.07 %" (en). */
export function percent(value: number): LocalizedText {
  let formatted = percents.get(value);
  if (!formatted) {
    const d = decimal(value);
    formatted = text(`${d.fr}\u00a0%`, `${d.nl}\u00a0%`, `${d.en}\u00a0%`);
    if (percents.size < 10_000) percents.set(value, formatted);
  }
  return formatted;
}
