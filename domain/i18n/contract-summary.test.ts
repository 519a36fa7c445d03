import { describe, expect, it } from 'vitest';
import { contractSummary, type ContractSummaryFacts } from './contract-summary';

const facts: ContractSummaryFacts = {
  jobTitle: 'aide-soignante',
  sector: 'care',
  workplace: { employerName: 'Résidence Les Tilleuls SRL', siteAddress: 'Avenue des Tilleuls 5, 1180 Uccle' },
  weeklyHours: 19.5,
  hourlyWageCents: 1550,
  startDate: '2026-12-01',
  endDate: '2027-05-31',
  cooperative: { name: 'TalentCoop SCRL', address: 'Rue de la Loi 16, 1000 Bruxelles' },
};
const text = (s: ReturnType<typeof contractSummary>) => [s.title, s.intro, ...s.points.flatMap((p) => [p.question, p.answer]), s.disclaimer].join(' ');

describe.shuffle('the contract in plain words', () => {
  it.each([
    [
      'fr',
      [
        'Votre contrat en mots simples',
        '19,5 heures par semaine',
        '15,50\u00a0€ brut par heure',
        'Du 1\u00a0décembre 2026 au 31\u00a0mai 2027',
        'Période d’essai',
        'c’est le contrat qui compte',
      ],
    ],
    [
      'nl',
      [
        'Uw contract in eenvoudige woorden',
        '19,5 uur per week',
        '€\u00a015,50 bruto per uur',
        'Van 1\u00a0december 2026 tot 31\u00a0mei 2027',
        'Proefperiode',
        'geldt het contract',
      ],
    ],
    [
      'en',
      [
        'Your contract in plain words',
        '19.5 hours a week',
        '€15.50 gross an hour',
        'From 1\u00a0December 2026 to 31\u00a0May 2027',
        'Trial period',
        'the contract counts',
      ],
    ],
  ] as const)('in %s: hours, gross hourly wage, dates, trial and notice, and that the contract prevails', (language, expected) => {
    const summary = text(contractSummary(language, facts));
    for (const e of expected) expect(summary).toContain(e);
  });

  it.each(['fr', 'nl', 'en'] as const)('in %s names the user company and the site once placed, and says it is not known yet before', (language) => {
    expect(text(contractSummary(language, facts))).toContain('Résidence Les Tilleuls SRL, Avenue des Tilleuls 5, 1180 Uccle');
    const unplaced = text(contractSummary(language, { ...facts, workplace: null }));
    expect(unplaced).not.toContain('Tilleuls');
    expect(unplaced).toMatch(/pas encore placé|nog niet bij een bedrijf|not placed with a company yet/);
  });

  it.each(['fr', 'nl', 'en'] as const)('in %s says whom to ask: the cooperative by name and address', (language) => {
    expect(text(contractSummary(language, facts))).toContain('TalentCoop SCRL, Rue de la Loi 16, 1000 Bruxelles');
  });

  it('has the same questions in every language, so no language leaves a point out', () => {
    const counts = (['fr', 'nl', 'en'] as const).map((l) => contractSummary(l, facts).points.length);
    expect(new Set(counts).size).toBe(1);
  });

  it('refuses a language it has no words for', () => {
    expect(() => contractSummary('de' as 'fr', facts)).toThrow(RangeError);
  });
});
