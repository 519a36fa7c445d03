import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './rule-messages';
import { hoursIn, MESSAGE_KINDS, messageIn, monthIn, recipientLanguage } from './notification-messages';

const facts = {
  firstName: 'Amina',
  week: '2026-W49',
  hours: '37,5',
  from: '2026-12-07',
  to: '2027-05-31',
  reason: 'Lundi: 6 h, pas 8',
  month: 'novembre 2026',
  number: 'TC-2026-000042',
  dueDate: '2026-12-31',
  reference: '+++090/9337/55493+++',
  before: '38',
  after: '30,5',
  days: '7',
  by: 'worker',
};

describe.shuffle('messages in the recipient’s language', () => {
  it.each(MESSAGE_KINDS)('%s has a subject and a body in French, Dutch and English, each different, with the facts in it', (kind) => {
    const texts = LANGUAGES.map((l) => messageIn(kind, l, facts));
    expect(new Set(texts.map((t) => t.body)).size).toBe(3);
    expect(new Set(texts.map((t) => t.subject)).size).toBe(3);
    for (const t of texts) expect(`${t.subject} ${t.body}`).not.toContain('undefined');
  });

  it('writes the approval request to a French employer in French', () => {
    expect(messageIn('timesheet-submitted', 'fr', facts)).toEqual({
      subject: 'Heures à approuver : Amina, semaine 2026-W49',
      body: 'Amina a presté 37,5 h la semaine 2026-W49. Approuvez-les ou contestez-les avec ce lien, sans compte. Il ne fonctionne qu’une fois et expire.',
    });
  });

  it.each(MESSAGE_KINDS)('%s carries no amount of money in any language', (kind) => {
    for (const l of LANGUAGES) {
      const t = messageIn(kind, l, facts);
      expect(`${t.subject} ${t.body}`).not.toMatch(/€|EUR\b|\d+[.,]\d{2}\b/);
    }
  });

  it('reminds a Dutch employer of an unpaid invoice in Dutch, with its reference and without its amount', () => {
    expect(messageIn('invoice-friendly-reminder', 'nl', facts)).toEqual({
      subject: 'Herinnering: factuur TC-2026-000042',
      body: 'Factuur TC-2026-000042 (vervaldag 2026-12-31) is nog niet betaald. Gelieve te betalen met de mededeling +++090/9337/55493+++. Het openstaande bedrag staat in uw TalentCoop-ruimte.',
    });
  });

  it.each([
    ['2026-11', 'fr', 'novembre 2026'],
    ['2027-01', 'nl', 'januari 2027'],
    ['2026-08', 'en', 'August 2026'],
  ] as const)('writes the period %s in %s as %s', (period, language, text) => {
    expect(monthIn(period, language)).toBe(text);
  });

  it.each([
    [['nl', 'fr'], 'nl'],
    [[null, 'en', 'fr'], 'en'],
    [[undefined, null, 'nl'], 'nl'],
    [['de', null], 'fr'],
    [[], 'fr'],
  ] as const)('picks the first known language of %j: %s', (candidates, expected) => {
    expect(recipientLanguage(...candidates)).toBe(expected);
  });

  it.each([
    [450, 'fr', '7,5'],
    [450, 'en', '7.5'],
    [2280, 'nl', '38'],
    [95, 'en', '1.58'],
  ] as const)('%i minutes read %s as %s', (minutes, language, text) => {
    expect(hoursIn(minutes, language)).toBe(text);
  });
});
