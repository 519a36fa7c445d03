/**
 * Remainder of a long decimal number by 97, computed digit by digit.
 * Belgian identifiers and IBANs are longer than a double can hold exactly (an IBAN becomes a
 * 30+ digit number once its letters are expanded), so we never go through `Number(digits)`.
 */
export function mod97(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new RangeError(`mod97 needs decimal digits, got "${digits}"`);
  let remainder = 0;
  for (let i = 0; i < digits.length; i++) {
    remainder = (remainder * 10 + (digits.charCodeAt(i) - 48)) % 97;
  }
  return remainder;
}

/** "97 minus the remainder": the rule shared by the national number and the enterprise number. */
export function complementCheck97(digits: string): string {
  return String(97 - mod97(digits)).padStart(2, '0');
}

/** "The remainder, or 97 when it is 0": the rule of the structured communication and the Belgian BBAN. */
export function remainderCheck97(digits: string): string {
  const remainder = mod97(digits);
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0');
}
