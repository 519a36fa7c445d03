import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { cohortReport, type CohortFacts } from '../../domain/trajectory/cohort-report';
import { LIFE_DOMAINS } from '../../domain/trajectory/life-domains';
import { renderCohortReportPdf, renderProgressReportPdf, type ProgressReportInput } from './trajectory-report-pdf';

async function text(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  let all = '';
  for (let n = 1; n <= document.numPages; n++)
    all += (await (await document.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? `${i.str} ` : '')).join('');
  await document.destroy();
  return all.replace(/[\s\u00a0]+/g, ' ');
}

const progress: ProgressReportInput = {
  language: 'fr',
  issuedOn: '2026-11-27',
  cooperativeName: 'TalentCoop SCRL',
  participant: { displayName: 'Fatou D.', status: 'active', phase: 'collective-programme' },
  cohort: { name: 'Cohorte pilote', startDate: '2026-01-05' },
  coachName: 'Nadia',
  scores: LIFE_DOMAINS.flatMap((domain) => [
    { kind: 'baseline' as const, quarter: 0, domain, score: 2 },
    { kind: 'midline' as const, quarter: 3, domain, score: 3 },
  ]),
  milestones: [
    { title: 'Business plan', dueDate: '2026-07-05', completedOn: '2026-06-30', summary: 'Plan validé' },
    { title: 'Market test', dueDate: '2026-10-05', completedOn: null, summary: null },
  ],
  attendance: [{ phase: 'intensive-training', present: 7, excused: 2, absent: 1, recorded: 10 }],
  sessions: [
    { heldOn: '2026-11-06', durationMinutes: 45, topics: ['budget'], agreedNextSteps: 'Lister les coûts' },
    { heldOn: '2026-11-20', durationMinutes: 30, topics: ['prix'], agreedNextSteps: 'Tester trois menus' },
  ],
};

describe('trajectory reports', () => {
  it('prints the progress report in French: scores by domain, milestones on time or not yet, attendance, sessions', async () => {
    const t = await text(await renderProgressReportPdf(progress));
    expect(t).toContain('Rapport de progression');
    expect(t).toContain('du 5 janvier 2026 au 27 novembre 2026');
    expect(t).toContain('Situation juridique');
    expect(t).toContain('programme collectif');
    expect(t).toContain('Plan validé');
    expect(t).toContain('pas encore');
    // Excused absences apart from the others; durations as people write them.
    expect(t).toContain('7 présence(s) sur 10 séance(s) ; 2 absence(s) excusée(s), 1 absence(s) non excusée(s)');
    expect(t).toContain('2 séance(s), 1 h 15 au total');
    expect(t).toContain('45 min');
  });

  it('prints the same report in Dutch, with no French left', async () => {
    const t = await text(await renderProgressReportPdf({ ...progress, language: 'nl' }));
    expect(t).toContain('Voortgangsrapport');
    expect(t).toContain('Juridische situatie');
    expect(t).toContain('nog niet');
    expect(t).toContain('2 keer gewettigd afwezig, 1 keer ongewettigd afwezig');
    expect(t).toContain('in totaal 1 u 15');
    expect(t).not.toMatch(/séance|présence|Rapport de/);
  });

  it('prints a suppressed figure of the cohort report as a dash, with the rule stated', async () => {
    const facts: CohortFacts = {
      cohort: { id: 'c', name: 'Cohorte pilote', startDate: '2026-01-05' },
      participants: [{ id: 'p1', status: 'active', outcome: null, consentTestimony: true }],
      groupSessions: [],
      attendance: [],
      coachingSessions: [],
      milestones: [],
      scores: [],
      testimonies: [{ participantId: 'p1', text: 'Mon histoire', language: 'fr' }],
    };
    const t = await text(await renderCohortReportPdf(cohortReport(facts), 'nl', '2026-11-27', 'TalentCoop SCRL'));
    expect(t).toContain('Cohorterapport');
    expect(t).toContain('minder dan 5 personen');
    expect(t).toContain('Deelnemers: —');
    expect(t).not.toContain('Mon histoire');
  });

  it('prints the cohort report with standard milestones in the reader’s language, in date order, durations in hours and minutes', async () => {
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
    const facts: CohortFacts = {
      cohort: { id: 'c', name: 'Cohorte pilote', startDate: '2026-01-05' },
      participants: ids.map((id) => ({ id, status: 'active' as const, outcome: null, consentTestimony: false })),
      groupSessions: [{ phase: 'intensive-training' }],
      attendance: ids.map((participantId, i) => ({
        participantId,
        phase: 'intensive-training',
        status: i === 0 ? ('excused' as const) : ('present' as const),
      })),
      coachingSessions: ids.map((participantId) => ({ participantId, durationMinutes: 75 })),
      milestones: ids.flatMap((participantId) => [
        { participantId, code: 'market-test', title: 'Market test', dueDate: '2026-10-05', completedOn: null },
        { participantId, code: 'business-plan', title: 'Business plan', dueDate: '2026-07-05', completedOn: null },
      ]),
      scores: [],
      testimonies: [],
    };
    const t = await text(await renderCohortReportPdf(cohortReport(facts, 'fr'), 'fr', '2026-11-27', 'TalentCoop SCRL'));
    expect(t).toMatch(/Plan d’affaires.*Test de marché/);
    expect(t).not.toContain('Business plan');
    expect(t).toContain('Absences excusées');
    expect(t).toContain('1 h 15');
  });
});
