import { mod97, remainderCheck97 } from './mod97';
import { invalid, type ValidationResult } from './validation-result';

/**
 * IBAN (ISO 13616). Workers are paid by SEPA transfer to the IBAN they give us, and a wrong
 * IBAN means a salary paid to a stranger, so we check everything the format allows us to check.
 */
export interface Iban {
  /** Electronic form: upper case, no spaces, e.g. "BE71096123456769". The form for pain.001. */
  readonly electronic: string;
  /** Print form: groups of four, e.g. "BE71 0961 2345 6769". */
  readonly print: string;
  readonly countryCode: string;
  readonly checkDigits: string;
  readonly bban: string;
}

export type IbanError = 'format' | 'country' | 'length' | 'checksum' | 'bban';

/**
 * Total IBAN length per country. From the SWIFT IBAN registry (as carried by python-stdnum's
 * iban.dat) plus countries added since (VA, UA, BY, IQ, SV, EG, LY, SC, SD). Covers every SEPA
 * country. A country missing here is refused rather than guessed.
 */
export const IBAN_LENGTH_BY_COUNTRY: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};

/** Upper case, without spaces or dashes (people copy IBANs from PDFs and web pages). */
export function normaliseIban(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

export function validateIban(input: string): ValidationResult<Iban, IbanError> {
  const electronic = normaliseIban(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(electronic)) {
    return invalid('format', 'An IBAN is a 2-letter country code, 2 check digits and the account number (letters and digits only).');
  }
  const countryCode = electronic.slice(0, 2);
  const expectedLength = IBAN_LENGTH_BY_COUNTRY[countryCode];
  if (expectedLength === undefined) {
    return invalid('country', `IBANs from country "${countryCode}" are not supported.`);
  }
  if (electronic.length !== expectedLength) {
    return invalid('length', `An IBAN from ${countryCode} has ${expectedLength} characters, this one has ${electronic.length}.`);
  }
  const checkDigits = electronic.slice(2, 4);
  // 00, 01 and 99 can satisfy mod 97 = 1 but are never issued (the computed value is 02..98).
  if (checkDigits < '02' || checkDigits > '98' || ibanRemainder(electronic) !== 1) {
    return invalid('checksum', 'The IBAN check digits do not match: the IBAN was probably mistyped.');
  }
  const bban = electronic.slice(4);
  if (countryCode === 'BE' && !isValidBelgianBban(bban)) {
    return invalid('bban', 'The Belgian account number inside this IBAN fails its own check digits.');
  }
  return { ok: true, value: { electronic, print: printGroups(electronic), countryCode, checkDigits, bban } };
}

export function isValidIban(input: string): boolean {
  return validateIban(input).ok;
}

/**
 * Belgian BBAN "bbb-aaaaaaa-cc": cc is the remainder of the first 10 digits by 97, 97 instead
 * of 0. An IBAN can pass the ISO check and still fail this one.
 */
export function isValidBelgianBban(bban: string): boolean {
  const digits = bban.replace(/[\s-]/g, '');
  return /^\d{12}$/.test(digits) && remainderCheck97(digits.slice(0, 10)) === digits.slice(10);
}

/** ISO 13616 check digits for a country and BBAN: 98 − (BBAN + country + "00" as digits, mod 97). */
export function ibanCheckDigits(countryCode: string, bban: string): string {
  const country = countryCode.toUpperCase();
  const account = normaliseIban(bban);
  if (!/^[A-Z]{2}$/.test(country) || !/^[A-Z0-9]+$/.test(account)) {
    throw new RangeError(`Cannot compute IBAN check digits for "${countryCode}" / "${bban}"`);
  }
  return String(98 - mod97(lettersToDigits(`${account}${country}00`))).padStart(2, '0');
}

/** The IBAN of a Belgian account number (12 digits, e.g. "096-1234567-69"). Throws if the BBAN is invalid. */
export function belgianIbanFromBban(bban: string): Iban {
  const digits = bban.replace(/[\s-]/g, '');
  if (!isValidBelgianBban(digits)) throw new RangeError(`Not a valid Belgian account number: "${bban}"`);
  const result = validateIban(`BE${ibanCheckDigits('BE', digits)}${digits}`);
  if (!result.ok) throw new Error(`Built an invalid IBAN from "${bban}": ${result.message}`);
  return result.value;
}

/** "BE71 0961 2345 6769". Formats whatever is given; validate first if it comes from a person. */
export function formatIbanForPrint(input: string): string {
  return printGroups(normaliseIban(input));
}

export function formatIbanElectronic(input: string): string {
  return normaliseIban(input);
}

function ibanRemainder(electronic: string): number {
  return mod97(lettersToDigits(electronic.slice(4) + electronic.slice(0, 4)));
}

/** A → 10 … Z → 35, digits unchanged. */
function lettersToDigits(text: string): string {
  let out = '';
  for (const ch of text) out += /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
  return out;
}

function printGroups(electronic: string): string {
  return electronic.replace(/(.{4})(?=.)/g, '$1 ');
}
