import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNiss, nissCheckDigits, normaliseNiss, validateNiss } from './niss';

describe.shuffle('validateNiss — facts §10 test vectors and edge cases', () => {
  it.each([
    // input, expected (partial) value
    ['85.07.30-033.28', { digits: '85073003328', kind: 'niss', birthDate: '1985-07-30', century: 1900, sex: 'M' }],
    ['85 07 30 033 28', { digits: '85073003328', kind: 'niss', birthDate: '1985-07-30' }],
    ['17 07 30 033 84', { kind: 'niss', birthDate: '2017-07-30', century: 2000, sex: 'M' }],
    ['98.47.28-997.65', { kind: 'bis', birthDate: '1998-07-28', century: 1900, sex: 'M' }],
    ['01 49 07 001 85', { kind: 'bis', birthDate: '2001-09-07', century: 2000, sex: 'M' }],
    // even sequence = F
    [build('850730', '034', 1900), { sex: 'F', birthDate: '1985-07-30' }],
    // BIS +20: sex unknown when issued, even with an odd sequence
    [build('852730', '033', 1900), { kind: 'bis', sex: undefined, birthDate: '1985-07-30' }],
    // month 00: unknown date or exhausted counter; the day digits are then not a day
    [build('850045', '001', 1900), { kind: 'niss', birthDate: undefined, century: 1900 }],
    // fictitious "unknown birth date" numbers 000001 / 002001 / 004001
    [build('000001', '001', 1900), { kind: 'niss', birthDate: undefined }],
    [build('002001', '001', 2000), { kind: 'bis', birthDate: undefined, century: 2000, sex: undefined }],
    [build('004001', '002', 1900), { kind: 'bis', birthDate: undefined, sex: 'F' }],
    // day 00: day unknown
    [build('850700', '001', 1900), { birthDate: undefined }],
    // 29 February only in leap years, century from the check digits
    [build('000229', '001', 2000), { birthDate: '2000-02-29', century: 2000 }],
    [build('960229', '001', 1900), { birthDate: '1996-02-29' }],
  ] as const)('%s is valid', (input, expected) => {
    const result = validateNiss(input as string);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject(expected as object);
  });

  it.each([
    ['85.07.30-033.29', 'checksum'],
    ['12345678901', 'checksum'],
    ['8507300332', 'format'],
    ['850730033288', 'format'],
    ['85.07.30-033.2A', 'format'],
    ['', 'format'],
    [build('851330', '001', 1900), 'date'], // month 13
    [build('853330', '001', 1900), 'date'], // BIS month 33
    [build('855330', '001', 1900), 'date'], // BIS month 53
    [build('850231', '001', 1900), 'date'], // 31 February
    [build('010229', '001', 2000), 'date'], // 2001 is not a leap year
    [build('000229', '001', 1900), 'date'], // 1900 was not a leap year
  ])('%s is refused with %s', (input, code) => {
    const result = validateNiss(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.message).not.toBe('');
    }
  });

  it('formats as YY.MM.DD-SSS.CC and normalises back', () => {
    expect(formatNiss('85073003328')).toBe('85.07.30-033.28');
    expect(formatNiss(' 85 07 30-033.28 ')).toBe('85.07.30-033.28');
    expect(normaliseNiss('85.07.30-033.28')).toBe('85073003328');
    expect(() => formatNiss('123')).toThrow(RangeError);
  });
});

describe.shuffle('validateNiss — properties', () => {
  const birthDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
  const sequence = fc.integer({ min: 1, max: 997 }).map((n) => String(n).padStart(3, '0'));

  it('every well-built number is accepted and gives back its birth date, century and sex', () => {
    fc.assert(
      fc.property(birthDate, sequence, fc.constantFrom(0, 20, 40), (date, seq, bisOffset) => {
        const iso = date.toISOString().slice(0, 10);
        const year = Number(iso.slice(0, 4));
        const century = year >= 2000 ? 2000 : 1900;
        const yymmdd = iso.slice(2, 4) + String(Number(iso.slice(5, 7)) + bisOffset).padStart(2, '0') + iso.slice(8, 10);
        const result = validateNiss(formatNiss(build(yymmdd, seq, century)));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.birthDate).toBe(iso);
        expect(result.value.century).toBe(century);
        expect(result.value.kind).toBe(bisOffset === 0 ? 'niss' : 'bis');
        const expectedSex = bisOffset === 20 ? undefined : Number(seq) % 2 === 1 ? 'M' : 'F';
        expect(result.value.sex).toBe(expectedSex);
      }),
    );
  });

  it('a single mistyped digit never passes the same century rule', () => {
    fc.assert(
      fc.property(birthDate, sequence, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (date, seq, position, delta) => {
        const iso = date.toISOString().slice(0, 10);
        const valid = build(iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10), seq, Number(iso.slice(0, 4)) >= 2000 ? 2000 : 1900);
        const digit = (Number(valid[position]) + delta) % 10;
        const typo = valid.slice(0, position) + digit + valid.slice(position + 1);
        // mod 97 catches every single-digit change under one rule; the typo could still, rarely,
        // satisfy the other century's rule, which is why the century is reported, not assumed.
        const result = validateNiss(typo);
        const originalCentury = Number(iso.slice(0, 4)) >= 2000 ? 2000 : 1900;
        if (result.ok) expect(result.value.century).not.toBe(originalCentury);
      }),
    );
  });
});

function build(yymmdd: string, sequence: string, century: 1900 | 2000): string {
  const body = yymmdd + sequence;
  return body + nissCheckDigits(body, century);
}
