import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complementCheck97, mod97, remainderCheck97 } from './mod97';

describe.shuffle('mod97', () => {
  it('agrees with BigInt arithmetic on numbers far beyond double precision (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,40}$/), (digits) => {
        expect(mod97(digits)).toBe(Number(BigInt(digits) % 97n));
      }),
    );
  });

  it('refuses anything but digits', () => {
    expect(() => mod97('12a')).toThrow(RangeError);
    expect(() => mod97('')).toThrow(RangeError);
  });

  it.each([
    ['97', '97', '97'],
    ['98', '96', '01'],
    ['0', '97', '97'],
  ])('%s: complement %s, remainder-or-97 %s', (digits, complement, remainder) => {
    expect(complementCheck97(digits)).toBe(complement);
    expect(remainderCheck97(digits)).toBe(remainder);
  });
});
