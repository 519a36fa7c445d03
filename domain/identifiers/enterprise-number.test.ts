import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  enterpriseNumberCheckDigits,
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  normaliseEnterpriseNumber,
  validateEnterpriseNumber,
  vatNumberOf,
} from './enterprise-number';

describe.shuffle('validateEnterpriseNumber', () => {
  it.each([
    ['BE0403019261', '0403019261', '0403.019.261', 'BE0403019261'],
    ['0123456749', '0123456749', '0123.456.749', 'BE0123456749'],
    ['BE 0123.456.749', '0123456749', '0123.456.749', 'BE0123456749'],
    ['be0123-456-749', '0123456749', '0123.456.749', 'BE0123456749'],
    ['403019261', '0403019261', '0403.019.261', 'BE0403019261'], // legacy 9 digits
    ['BE403019261', '0403019261', '0403.019.261', 'BE0403019261'],
    ['1000000021', '1000000021', '1000.000.021', 'BE1000000021'], // first digit 1: 97 − (10000000 mod 97) = 21
  ])('%s is valid', (input, digits, formatted, vatNumber) => {
    expect(validateEnterpriseNumber(input)).toEqual({ ok: true, value: { digits, formatted, vatNumber } });
  });

  it.each([
    ['BE431150351', 'checksum'],
    ['BE0123456789', 'checksum'], // a common placeholder in examples
    ['2000000000', 'format'], // first digit must be 0 or 1
    ['12345678', 'format'],
    ['01234567490', 'format'],
    ['FR0123456749', 'format'],
    ['', 'format'],
  ])('%s is refused with %s', (input, code) => {
    const result = validateEnterpriseNumber(input);
    expect(result).toMatchObject({ ok: false, code });
  });

  it('formats and derives the VAT number', () => {
    expect(formatEnterpriseNumber('BE0123456749')).toBe('0123.456.749');
    expect(vatNumberOf('0123.456.749')).toBe('BE0123456749');
    expect(normaliseEnterpriseNumber('BE 403 019 261')).toBe('0403019261');
    expect(() => formatEnterpriseNumber('12')).toThrow(RangeError);
  });

  it('computes check digits as 97 minus the remainder', () => {
    expect(enterpriseNumberCheckDigits('01234567')).toBe('49');
    expect(enterpriseNumberCheckDigits('04030192')).toBe('61');
  });

  it('accepts every built number and refuses every single-digit typo (property)', () => {
    const firstEight = fc.tuple(fc.constantFrom('0', '1'), fc.stringMatching(/^\d{7}$/)).map(([a, b]) => a + b);
    fc.assert(
      fc.property(firstEight, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 9 }), (head, delta, position) => {
        const number = head + enterpriseNumberCheckDigits(head);
        expect(isValidEnterpriseNumber(number)).toBe(true);
        const typo = number.slice(0, position) + ((Number(number[position]) + delta) % 10) + number.slice(position + 1);
        expect(isValidEnterpriseNumber(typo)).toBe(false);
      }),
    );
  });
});
