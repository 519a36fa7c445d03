import { describe, expect, it } from 'vitest';
import { categoryCounts, cohortReport, type CohortFacts } from './cohort-report';
import { LIFE_DOMAINS } from './life-domains';

const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

function facts(n: number): CohortFacts {
  const ids = people(n);
  return {
    cohort: { id: 'c', name: 'Cohorte 1', startDate: '2026-01-05' },
    participants: ids.map((id, i) => ({
      id,
      status: i === 0 ? 'dropped-out' : 'completed',
      outcome: i === 0 ? null : 'activity-launched',
      consentTestimony: i % 2 === 1,
    })),
    groupSessions: [{ phase: 'intensive-training' }, { phase: 'intensive-training' }],
    attendance: ids.flatMap((participantId, i) => [
      { participantId, phase: 'intensive-training', status: 'present' as const },
      { participantId, phase: 'intensive-training', status: i === 0 ? ('absent' as const) : ('present' as const) },
    ]),
    coachingSessions: ids.map((participantId) => ({ participantId, durationMinutes: 90 })),
    milestones: ids.map((participantId, i) => ({
      participantId,
      code: 'business-plan',
      title: 'Business plan',
      dueDate: '2026-07-05',
      completedOn: i < 3 ? '2026-07-01' : i < 4 ? '2026-08-01' : null,
    })),
    scores: ids.flatMap((participantId) =>
      LIFE_DOMAINS.flatMap((domain) => [
        { participantId, kind: 'baseline' as const, quarter: 0, domain, score: 2 },
        { participantId, kind: 'midline' as const, quarter: 1, domain, score: 3 },
        { participantId, kind: 'midline' as const, quarter: 4, domain, score: 3 },
        { participantId, kind: 'endline' as const, quarter: 8, domain, score: 4 },
      ]),
    ),
    testimonies: ids.map((participantId) => ({ participantId, text: `témoignage ${participantId}`, language: 'fr' })),
  };
}

describe.shuffle('the public cohort report', () => {
  it('shows baseline, midline, endline and change per life domain, attendance and milestones on time', () => {
    const r = cohortReport(facts(6));
    expect(r.participants).toEqual({ n: 6, value: 6, suppressed: false });
    expect(r.lifeDomains[0]).toEqual({
      domain: 'income',
      baseline: { n: 6, value: 2, suppressed: false },
      midline: { n: 6, value: 3, suppressed: false },
      endline: { n: 6, value: 4, suppressed: false },
      change: { n: 6, value: 2, suppressed: false },
    });
    expect(r.attendance[0]).toEqual({
      phase: 'intensive-training',
      sessions: 2,
      rate: { n: 6, value: 0.92, suppressed: false },
      excusedRate: { n: 6, value: 0, suppressed: false },
      absentRate: { n: 6, value: 0.08, suppressed: false },
    });
    expect(r.milestones[0]).toMatchObject({ reachedRate: { value: 0.67 }, onTimeRate: { value: 0.5 } });
    expect(r.coaching.hoursPerParticipant.value).toBe(1.5);
  });

  it('suppresses every figure of a group smaller than 5, and says so', () => {
    const r = cohortReport(facts(4));
    // Not even the size of the group: a suppressed figure gives nothing away.
    expect(r.participants).toEqual({ n: null, value: null, suppressed: true });
    expect(r.attendance[0]!.rate).toEqual({ n: null, value: null, suppressed: true });
    expect(r.lifeDomains.every((d) => d.change.suppressed && d.change.value === null)).toBe(true);
    expect(r.attendance[0]!.rate.value).toBeNull();
    expect(r.testimonies).toEqual([]);
  });

  it('hides a small category count and the next smallest, so it cannot be found by subtraction', () => {
    expect(categoryCounts(['a', 'b', 'c'], ['a', 'b', 'b', 'b', 'b', 'b', 'c', 'c', 'c', 'c', 'c', 'c'])).toEqual([
      { category: 'a', count: null, suppressed: true },
      { category: 'b', count: null, suppressed: true },
      { category: 'c', count: 6, suppressed: false },
    ]);
    const r = cohortReport(facts(6));
    expect(r.statuses.find((s) => s.category === 'dropped-out')).toEqual({ category: 'dropped-out', count: null, suppressed: true });
    expect(r.statuses.find((s) => s.category === 'active')).toEqual({ category: 'active', count: 0, suppressed: false });
  });

  it('quotes only the participants who consented to testimonies, never by name', () => {
    expect(cohortReport(facts(6)).testimonies).toEqual([
      { text: 'témoignage p2', language: 'fr' },
      { text: 'témoignage p4', language: 'fr' },
      { text: 'témoignage p6', language: 'fr' },
    ]);
  });

  it('counts an excused absence apart from an absence', () => {
    const f = facts(6);
    f.attendance = f.attendance.map((a, i) => (i === 1 ? { ...a, status: 'excused' as const } : i === 3 ? { ...a, status: 'absent' as const } : a));
    expect(cohortReport(f).attendance[0]).toMatchObject({
      rate: { value: 0.83 },
      excusedRate: { value: 0.08 },
      absentRate: { value: 0.08 },
    });
  });

  it('lists milestones in date order, with standard titles in the reader’s language and a cohort’s own title kept', () => {
    const f = facts(6);
    f.milestones = f.participants.flatMap((p) => [
      { participantId: p.id, code: 'market-test', title: 'Market test', dueDate: '2026-10-05', completedOn: null },
      { participantId: p.id, code: 'food-safety', title: 'Enregistrement AFSCA', dueDate: '2026-03-05', completedOn: null },
      { participantId: p.id, code: 'business-plan', title: 'Business plan', dueDate: '2026-07-05', completedOn: null },
    ]);
    expect(cohortReport(f, 'nl').milestones.map((m) => [m.code, m.title])).toEqual([
      ['food-safety', 'Enregistrement AFSCA'],
      ['business-plan', 'Ondernemingsplan'],
      ['market-test', 'Markttest'],
    ]);
    expect(cohortReport(f, 'fr').milestones.map((m) => m.title)).toEqual(['Enregistrement AFSCA', 'Plan d’affaires', 'Test de marché']);
    expect(cohortReport(f).milestones.map((m) => m.title)).toEqual(['Enregistrement AFSCA', 'Business plan', 'Market test']);
  });
});
