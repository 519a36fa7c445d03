import { describe, expect, it } from 'vitest';
import { normaliseMobileNumber } from './sign-in-identifiers';

describe.shuffle('a mobile number written any way names one phone', () => {
  it.each(['0470 12 34 56', '+32 470 12 34 56', '0032470123456', '+32470/12.34.56'])('%s', (raw) => {
    expect(normaliseMobileNumber(raw)).toBe('+32470123456');
  });
  it('keeps a foreign prefix', () => expect(normaliseMobileNumber('+33 6 12 34 56 78')).toBe('+33612345678'));
});
