import { describe, expect, it } from 'vitest';
import { LANGUAGES, TRANSLATED_CODES, negotiateLanguage, ruleMessage } from './rule-messages';

describe.shuffle('rule messages in the reader’s language', () => {
  it.each([
    [undefined, 'en'],
    ['nl', 'nl'],
    ['nl-BE,nl;q=0.9,fr;q=0.8', 'nl'],
    ['fr-BE', 'fr'],
    ['de, fr;q=0.5', 'fr'],
    ['en;q=0.2, fr;q=0.9', 'fr'],
    ['de', 'en'],
    ['*', 'en'],
    ['nl;q=0, fr', 'fr'],
  ])('Accept-Language %s reads %s', (header, expected) => expect(negotiateLanguage(header)).toBe(expected));

  it('says a working-time rule in Dutch and French with its facts', () => {
    const params = { worked: '12 h', date: '2026-12-01', limit: '10 h' };
    expect(ruleMessage('max-daily-hours', 'nl', params)).toBe('12 h gewerkt op 2026-12-01; hoogstens 10 h per dag.');
    expect(ruleMessage('max-daily-hours', 'fr', params)).toBe('12 h prestées le 2026-12-01 ; au plus 10 h par jour.');
    expect(ruleMessage('no-such-code', 'nl')).toBeUndefined();
    // Another rule using the same code without its facts keeps its own words.
    expect(ruleMessage('outside-placement', 'nl', {})).toBeUndefined();
  });

  it('words every code in every language, each with every fact it was given and no gap', () => {
    const params = { date: 'D', isoWeek: 'W', monday: 'M', period: 'P', worked: 'X', limit: 'L', rest: 'R', shift: 'S' };
    for (const code of TRANSLATED_CODES) {
      const texts = LANGUAGES.map((l) => ruleMessage(code, l, params)!);
      expect(new Set(texts).size, code).toBe(3);
      for (const t of texts) expect(t, code).not.toMatch(/undefined/);
    }
  });
});
