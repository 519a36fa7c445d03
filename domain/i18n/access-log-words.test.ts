import { describe, expect, it } from 'vitest';
import { ACCESS_LOG_CODES, accessLogAction, accessLogWho, approvalLinkWho } from './access-log-words';
import { LANGUAGES } from './rule-messages';

describe.shuffle('the access log in words', () => {
  it.each(ACCESS_LOG_CODES)('%s reads differently in French, Dutch and English, never as its code', (code) => {
    const words = LANGUAGES.map((l) => accessLogAction(code, l, { week: '2026-W49' }));
    expect(new Set(words).size).toBe(3);
    for (const w of words) {
      expect(w).not.toContain(code);
      expect(w).not.toMatch(/undefined|\?/);
    }
  });

  it.each([
    ['timesheet.approved', 'en', 'Approved your hours of week 2026-W49'],
    ['timesheet.approved', 'fr', 'A approuvé vos heures de la semaine 2026-W49'],
    ['timesheet.correction-proposed', 'nl', 'Stelde een verbetering voor van uw goedgekeurde uren van week 2026-W49'],
    ['worker.read', 'en', 'Opened your file'],
  ] as const)('%s in %s: %s', (code, language, text) => {
    expect(accessLogAction(code, language, { week: '2026-W49' })).toBe(text);
  });

  it.each([
    ['payroll-run.some-new-read', 'en', 'Read part of your file'],
    ['worker.something-new', 'fr', 'A modifié une partie de votre dossier'],
    ['worker.exported-again', 'nl', 'Las een deel van uw dossier'],
  ] as const)('an action the catalogue lacks (%s) still reads in words (%s): %s', (code, language, text) => {
    expect(accessLogAction(code, language)).toBe(text);
  });

  it('names an approval-link decider as they gave their name, and the others in the reader’s language', () => {
    expect(approvalLinkWho('Marie Dupont', 'en')).toBe('Marie Dupont (approval link)');
    expect(approvalLinkWho('Marie Dupont', 'nl')).toBe('Marie Dupont (goedkeuringslink)');
    expect(accessLogWho('system', 'fr')).toBe('TalentCoop (automatique)');
  });
});
