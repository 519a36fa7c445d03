import { remainderCheck97 } from './mod97';
import { invalid, type ValidationResult } from './validation-result';

/**
 * Belgian structured communication (OGM/VCS), "+++ddd/dddd/dddcc+++": the payment reference we
 * print on invoices so that the bank statement line can be matched to the invoice without a human.
 * cc is the remainder of the first 10 digits by 97, with 97 instead of 0.
 */
export interface StructuredCommunication {
  /** 12 digits, no separators. */
  readonly digits: string;
  /** "+++010/8068/17183+++". */
  readonly formatted: string;
}

export type StructuredCommunicationError = 'format' | 'checksum';

/** Removes the decorations banks and people use: "+++", "***" (some banks), slashes, spaces, dots. */
export function normaliseStructuredCommunication(input: string): string {
  return input.replace(/[\s+*/.-]/g, '');
}

export function validateStructuredCommunication(input: string): ValidationResult<StructuredCommunication, StructuredCommunicationError> {
  const digits = normaliseStructuredCommunication(input);
  if (!/^\d{12}$/.test(digits)) {
    return invalid('format', 'A structured communication has 12 digits: +++ddd/dddd/ddddd+++.');
  }
  if (remainderCheck97(digits.slice(0, 10)) !== digits.slice(10)) {
    return invalid('checksum', 'The last two digits do not match: the structured communication was probably mistyped.');
  }
  return { ok: true, value: { digits, formatted: formatDigits(digits) } };
}

export function isValidStructuredCommunication(input: string): boolean {
  return validateStructuredCommunication(input).ok;
}

/** Check digits for a 10-digit base: "0108068171" → "83". */
export function structuredCommunicationCheckDigits(base: string): string {
  if (!/^\d{10}$/.test(base)) throw new RangeError(`A structured communication base has 10 digits, got "${base}"`);
  return remainderCheck97(base);
}

/**
 * Builds the communication for an invoice from a 10-digit base (e.g. year + invoice sequence).
 * The base is a string so that leading zeros are kept; a wrong base is a programming error.
 */
export function buildStructuredCommunication(base: string): StructuredCommunication {
  const digits = base + structuredCommunicationCheckDigits(base);
  return { digits, formatted: formatDigits(digits) };
}

/** "+++ddd/dddd/ddddd+++". Throws if the input does not normalise to 12 digits. */
export function formatStructuredCommunication(input: string): string {
  const digits = normaliseStructuredCommunication(input);
  if (!/^\d{12}$/.test(digits)) throw new RangeError(`Not a 12-digit structured communication: "${input}"`);
  return formatDigits(digits);
}

function formatDigits(digits: string): string {
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}
