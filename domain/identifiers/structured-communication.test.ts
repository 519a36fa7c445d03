import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildStructuredCommunication,
  formatStructuredCommunication,
  structuredCommunicationCheckDigits,
  validateStructuredCommunication,
} from './structured-communication';

describe.shuffle('structured communication (OGM/VCS)', () => {
  it.each([
    ['+++010/8068/17183+++', '010806817183'],
    ['***010/8068/17183***', '010806817183'],
    ['010/8068/17183', '010806817183'],
    ['010806817183', '010806817183'],
    [' +++ 010 / 8068 / 17183 +++ ', '010806817183'],
    ['+++000/0000/09797+++', '000000009797'], // remainder 0 → 97
  ])('%s is valid', (input, digits) => {
    const result = validateStructuredCommunication(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.digits).toBe(digits);
  });

  it.each([
    ['010/8068/17180', 'checksum'],
    ['+++000/0000/09700+++', 'checksum'], // 00 is never a valid check, 97 stands for it
    ['+++010/8068/1718+++', 'format'],
    ['+++010/8068/171833+++', 'format'],
    ['+++010/8068/1718A+++', 'format'],
  ])('%s is refused with %s', (input, code) => {
    expect(validateStructuredCommunication(input)).toMatchObject({ ok: false, code });
  });

  it.each([
    ['0108068171', '83'],
    ['0000000097', '97'],
    ['0000000000', '97'],
    ['0000000001', '01'],
  ])('check digits of %s are %s', (base, check) => {
    expect(structuredCommunicationCheckDigits(base)).toBe(check);
  });

  it('builds the communication for an invoice base', () => {
    expect(buildStructuredCommunication('0108068171')).toEqual({ digits: '010806817183', formatted: '+++010/8068/17183+++' });
    expect(() => buildStructuredCommunication('108068171')).toThrow(RangeError);
    expect(formatStructuredCommunication('010806817183')).toBe('+++010/8068/17183+++');
  });

  it('every built communication validates and formats back to itself (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (base) => {
        const built = buildStructuredCommunication(base);
        const result = validateStructuredCommunication(built.formatted);
        expect(result).toEqual({ ok: true, value: built });
        expect(built.digits.startsWith(base)).toBe(true);
      }),
    );
  });
});
