import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { remainderCheck97 } from './mod97';
import { belgianIbanFromBban, formatIbanElectronic, formatIbanForPrint, ibanCheckDigits, isValidBelgianBban, isValidIban, validateIban } from './iban';

describe.shuffle('validateIban', () => {
  it.each([
    ['BE71 0961 2345 6769', 'BE71096123456769', 'BE71 0961 2345 6769'],
    ['BE68 5390 0754 7034', 'BE68539007547034', 'BE68 5390 0754 7034'],
    ['BE32123456789002', 'BE32123456789002', 'BE32 1234 5678 9002'],
    ['be68-5390-0754-7034', 'BE68539007547034', 'BE68 5390 0754 7034'],
    // other SEPA countries (examples of the IBAN registry)
    ['NL91ABNA0417164300', 'NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'DE89 3704 0044 0532 0130 00'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR1420041010050500013M02606', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432', 'GB82 WEST 1234 5698 7654 32'],
    ['LU28 0019 4006 4475 0000', 'LU280019400644750000', 'LU28 0019 4006 4475 0000'],
  ])('%s is valid', (input, electronic, print) => {
    const result = validateIban(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.electronic).toBe(electronic);
      expect(result.value.print).toBe(print);
    }
  });

  it.each([
    ['BE71 0961 2345 6768', 'checksum'],
    ['BE17 0961 2345 6769', 'checksum'], // swapped check digits
    ['BE41091811735141', 'bban'], // passes ISO mod 97, fails the Belgian inner check
    ['BE7109612345676', 'length'],
    ['NL91ABNA04171643000', 'length'],
    ['ZZ91ABNA0417164300', 'country'],
    ['BE7A096123456769', 'format'],
    ['BE71 0961 2345 676!', 'format'],
    ['', 'format'],
  ])('%s is refused with %s', (input, code) => {
    expect(validateIban(input)).toMatchObject({ ok: false, code });
  });

  it('refuses the never-issued check digits 00, 01 and 99 even when mod 97 is 1', () => {
    // For a BBAN whose canonical check is 98, "01" also gives mod 97 = 1; likewise 97 ↔ 00 and 02 ↔ 99.
    const bbanWithCheck = (wanted: string) => {
      for (let n = 0; n < 1_000_000; n++) {
        const head = String(n).padStart(10, '0');
        const bban = head + remainderCheck97(head);
        if (ibanCheckDigits('BE', bban) === wanted) return bban;
      }
      throw new Error('not found');
    };
    for (const [canonical, alias] of [
      ['98', '01'],
      ['97', '00'],
      ['02', '99'],
    ] as const) {
      const bban = bbanWithCheck(canonical);
      expect(isValidIban(`BE${canonical}${bban}`)).toBe(true);
      expect(validateIban(`BE${alias}${bban}`)).toMatchObject({ ok: false, code: 'checksum' });
    }
  });
});

describe.shuffle('Belgian account numbers', () => {
  it.each([
    ['096123456769', true],
    ['539007547034', true],
    ['091811735141', false],
    ['096-1234567-69', true],
    ['09612345676', false],
  ])('BBAN %s inner check is %s', (bban, valid) => {
    expect(isValidBelgianBban(bban)).toBe(valid);
  });

  it('computes the IBAN of a Belgian account number', () => {
    expect(ibanCheckDigits('BE', '096123456769')).toBe('71');
    expect(ibanCheckDigits('BE', '539007547034')).toBe('68');
    expect(belgianIbanFromBban('096-1234567-69').electronic).toBe('BE71096123456769');
    expect(() => belgianIbanFromBban('091811735141')).toThrow(RangeError);
  });

  it('formats for print and for electronic use', () => {
    expect(formatIbanForPrint('be71096123456769')).toBe('BE71 0961 2345 6769');
    expect(formatIbanElectronic(' BE71 0961 2345 6769 ')).toBe('BE71096123456769');
  });

  it('every Belgian account number with a valid inner check gives a valid IBAN (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (head) => {
        const iban = belgianIbanFromBban(head + remainderCheck97(head));
        expect(isValidIban(iban.print)).toBe(true);
        expect(Number(iban.checkDigits)).toBeGreaterThanOrEqual(2);
        expect(Number(iban.checkDigits)).toBeLessThanOrEqual(98);
      }),
    );
  });

  it('an adjacent transposition of different characters is always detected (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), fc.integer({ min: 4, max: 14 }), (head, position) => {
        const { electronic } = belgianIbanFromBban(head + remainderCheck97(head));
        const a = electronic[position]!;
        const b = electronic[position + 1]!;
        fc.pre(a !== b);
        const swapped = electronic.slice(0, position) + b + a + electronic.slice(position + 2);
        expect(isValidIban(swapped)).toBe(false);
      }),
    );
  });
});
