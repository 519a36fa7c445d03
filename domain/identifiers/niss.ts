import { complementCheck97 } from './mod97';
import { invalid, type ValidationResult } from './validation-result';

/**
 * Belgian social-security identifier of a natural person (INSZ/NISS): either the national
 * register number (RRN) or, for people not in the register, a BIS number issued by the
 * Crossroads Bank. Both are YYMMDD SSS CC; Dimona and DmfA identify workers by it.
 */
export type NissKind = 'niss' | 'bis';

export interface Niss {
  /** 11 digits, no separators: the form sent to ONSS. */
  readonly digits: string;
  readonly kind: NissKind;
  /**
   * 'YYYY-MM-DD', or undefined when the number does not carry a full birth date: month 00
   * (unknown date, or the day's sequence numbers ran out) or day 00 (unknown day).
   */
  readonly birthDate: string | undefined;
  /** Which check-digit rule passed: 1900 (plain 9 digits) or 2000 ("2" + 9 digits). */
  readonly century: 1900 | 2000;
  /** From the sequence parity (odd = M). Undefined for a BIS number issued without known sex (month + 20). */
  readonly sex: 'M' | 'F' | undefined;
}

export type NissError = 'format' | 'checksum' | 'date';

/** Removes the separators people type or copy from an ID card: dots, dashes, spaces. */
export function normaliseNiss(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/**
 * Validates a national number or BIS number.
 * The century is taken from the check digits, never guessed from YY: numbers issued to people
 * born in 2000 or later have check digits computed on "2" followed by the first 9 digits.
 */
export function validateNiss(input: string): ValidationResult<Niss, NissError> {
  const digits = normaliseNiss(input);
  if (!/^\d{11}$/.test(digits)) {
    return invalid('format', 'A national number or BIS number has 11 digits (YY.MM.DD-SSS.CC).');
  }
  const body = digits.slice(0, 9);
  const check = digits.slice(9);
  const century = complementCheck97(body) === check ? 1900 : complementCheck97(`2${body}`) === check ? 2000 : undefined;
  if (century === undefined) {
    return invalid('checksum', 'The check digits do not match: the number was probably mistyped.');
  }

  const monthField = Number(digits.slice(2, 4));
  const bisOffset = monthField >= 40 ? 40 : monthField >= 20 ? 20 : 0;
  const month = monthField - bisOffset;
  if (month > 12) {
    return invalid('date', `The month field ${digits.slice(2, 4)} is not a month (01-12, or 21-32 / 41-52 for a BIS number).`);
  }
  const kind: NissKind = bisOffset === 0 ? 'niss' : 'bis';
  const year = century + Number(digits.slice(0, 2));
  const day = Number(digits.slice(4, 6));

  let birthDate: string | undefined;
  // Month 00: the date was unknown or the day's sequence numbers ran out; the day digits then
  // no longer mean a day of the month, so they are not checked.
  if (month !== 0 && day !== 0) {
    if (day > daysInMonth(year, month)) {
      return invalid('date', `Day ${day} does not exist in ${year}-${String(month).padStart(2, '0')}.`);
    }
    birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }

  const sequenceIsOdd = Number(digits.slice(6, 9)) % 2 === 1;
  const sexKnown = kind === 'niss' || bisOffset === 40;
  const sex = sexKnown ? (sequenceIsOdd ? 'M' : 'F') : undefined;

  return { ok: true, value: { digits, kind, birthDate, century, sex } };
}

export function isValidNiss(input: string): boolean {
  return validateNiss(input).ok;
}

/** Display form YY.MM.DD-SSS.CC. Throws on anything that is not 11 digits after normalisation. */
export function formatNiss(input: string): string {
  const d = normaliseNiss(input);
  if (!/^\d{11}$/.test(d)) throw new RangeError(`Not an 11-digit national number: "${input}"`);
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`;
}

/**
 * Check digits for the first 9 digits of a national number, for the given century of birth.
 * Used to build test data and to explain a checksum error; never to "repair" a typed number.
 */
export function nissCheckDigits(firstNineDigits: string, century: 1900 | 2000): string {
  if (!/^\d{9}$/.test(firstNineDigits)) throw new RangeError(`Expected 9 digits, got "${firstNineDigits}"`);
  return complementCheck97(century === 2000 ? `2${firstNineDigits}` : firstNineDigits);
}

// Kept local so identifiers do not depend on the calendar module.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
