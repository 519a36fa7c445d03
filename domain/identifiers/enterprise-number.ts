import { complementCheck97 } from './mod97';
import { invalid, type ValidationResult } from './validation-result';

/**
 * Enterprise number (KBO/BCE, "numéro d'entreprise / ondernemingsnummer"). Client employers
 * are identified by it on Dimona (UsingEmployerCompanyID), on invoices and on Peppol; the VAT
 * number is the same digits behind "BE".
 */
export interface EnterpriseNumber {
  /** 10 digits, first digit 0 or 1. */
  readonly digits: string;
  /** "0123.456.749", the form printed on documents. */
  readonly formatted: string;
  /** "BE0123456749", the VAT identifier. */
  readonly vatNumber: string;
}

export type EnterpriseNumberError = 'format' | 'checksum';

/**
 * Strips what people type around the number: "BE" prefix, spaces, dots, dashes; and turns a
 * legacy 9-digit number (issued before the 0 prefix) into its 10-digit form.
 */
export function normaliseEnterpriseNumber(input: string): string {
  let compact = input.replace(/[\s.\-/]/g, '').toUpperCase();
  if (compact.startsWith('BE')) compact = compact.slice(2);
  return /^\d{9}$/.test(compact) ? `0${compact}` : compact;
}

export function validateEnterpriseNumber(input: string): ValidationResult<EnterpriseNumber, EnterpriseNumberError> {
  const digits = normaliseEnterpriseNumber(input);
  if (!/^[01]\d{9}$/.test(digits)) {
    return invalid('format', 'An enterprise number has 10 digits starting with 0 or 1 (e.g. 0123.456.749).');
  }
  if (complementCheck97(digits.slice(0, 8)) !== digits.slice(8)) {
    return invalid('checksum', 'The check digits do not match: the enterprise number was probably mistyped.');
  }
  return { ok: true, value: { digits, formatted: formatDigits(digits), vatNumber: `BE${digits}` } };
}

export function isValidEnterpriseNumber(input: string): boolean {
  return validateEnterpriseNumber(input).ok;
}

/** "0123.456.749". Throws if the input does not normalise to 10 digits. */
export function formatEnterpriseNumber(input: string): string {
  return formatDigits(requireTenDigits(input));
}

/** "BE0123456749". Throws if the input does not normalise to 10 digits. */
export function vatNumberOf(input: string): string {
  return `BE${requireTenDigits(input)}`;
}

/** The two check digits for the first 8 digits (97 − remainder), e.g. to build test data. */
export function enterpriseNumberCheckDigits(firstEightDigits: string): string {
  if (!/^\d{8}$/.test(firstEightDigits)) throw new RangeError(`Expected 8 digits, got "${firstEightDigits}"`);
  return complementCheck97(firstEightDigits);
}

function requireTenDigits(input: string): string {
  const digits = normaliseEnterpriseNumber(input);
  if (!/^\d{10}$/.test(digits)) throw new RangeError(`Not a 10-digit enterprise number: "${input}"`);
  return digits;
}

function formatDigits(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}
