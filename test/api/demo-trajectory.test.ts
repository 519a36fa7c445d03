import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../api/workers/clock';
import { LIFE_DOMAINS } from '../../domain/trajectory/life-domains';
import type { PlatformServices } from '../../platform/services';
import { seedDemo } from '../../scripts/lib/demo-seed';
import { startTestPlatform, type TestPlatform } from '../support/platform';

let platform: TestPlatform;
let services: PlatformServices;

beforeAll(async () => {
  platform = await startTestPlatform({ ALLOW_DEMO_ACCOUNTS: 'true' });
  const { config, orm, cipher, logger } = platform.deps;
  services = { config, orm, cipher, logger, temporal: platform.temporal, close: async () => undefined };
});
afterAll(() => platform?.stop());

describe('the demo trajectory', () => {
  it('is seeded once: a second seed adds nothing', async () => {
    expect(await seedDemo(services)).toMatch(/seeded/);
    expect(await seedDemo(services)).toBe('Demo cooperative already present.');
    expect(await platform.db.query('select decision, count(*)::int as n from application group by decision order by decision')).toEqual([
      { decision: 'selected', n: 6 },
      { decision: 'waitlisted', n: 1 },
    ]);
  });

  it('has a cohort big enough for its report to show figures, in the reader’s language', async () => {
    const login = await platform.http('POST', '/api/v1/auth/login', { body: { email: 'coach@demo.coop', password: 'demo-coach-pass' } });
    const as = { token: login.body.token as string, headers: { 'accept-language': 'fr-BE,fr;q=0.9' } };
    const [{ cohortId }] = (await platform.http('GET', '/api/v1/participants', as)).body.participants;
    const report = (await platform.http('GET', `/api/v1/cohorts/${cohortId}/report`, as)).body;
    expect(report.participants).toEqual({ n: 6, value: 6, suppressed: false });
    expect(report.statuses.find((s: { category: string }) => s.category === 'awaiting-intake')).toEqual({
      category: 'awaiting-intake',
      count: 6,
      suppressed: false,
    });
    // The opening workshop: four present, one excused, one absent without excuse.
    expect(report.attendance.find((a: { phase: string }) => a.phase === 'intensive-training')).toEqual({
      phase: 'intensive-training',
      sessions: 1,
      rate: { n: 6, value: 0.67, suppressed: false },
      excusedRate: { n: 6, value: 0.17, suppressed: false },
      absentRate: { n: 6, value: 0.17, suppressed: false },
    });
    expect(report.coaching.sessionsPerParticipant).toEqual({ n: 6, value: 0.67, suppressed: false });
    expect(report.milestones.map((m: { title: string }) => m.title)).toEqual([
      'Plan d’affaires',
      'Test de marché',
      'Premier client',
      'Premier chiffre d’affaires',
      'Obstacles juridiques et financiers levés',
      'Activité lancée',
    ]);
    // Nothing there yet: life-domain figures over nobody stay hidden, without their count.
    expect(report.lifeDomains[0].baseline).toEqual({ n: null, value: null, suppressed: true });
  });

  it('lets the demo coach follow a participant from intake to a completed milestone and download the progress report', async () => {
    const login = await platform.http('POST', '/api/v1/auth/login', { body: { email: 'coach@demo.coop', password: 'demo-coach-pass' } });
    const as = { token: login.body.token as string };
    const { participants } = (await platform.http('GET', '/api/v1/participants', as)).body;
    expect(participants.map((p: { displayName: string }) => p.displayName)).toEqual([
      'Fatou D.',
      'Lucía P.',
      'Mariam S.',
      'Samir B.',
      'Thabo N.',
      'Youssef K.',
    ]);
    const fatou = participants[0];
    const scores = LIFE_DOMAINS.map((domain) => ({ domain, score: 2, note: '' }));
    expect((await platform.http('POST', `/api/v1/participants/${fatou.id}/intake`, { ...as, body: { scores } })).status).toBe(200);
    const done = await platform.http('POST', `/api/v1/participants/${fatou.id}/milestones/business-plan/completion`, {
      ...as,
      body: { evidence: { summary: 'Plan financier validé' } },
    });
    expect(done.status).toBe(200);
    const today = todayInBrussels();
    expect(
      (
        await platform.http('POST', `/api/v1/participants/${fatou.id}/sessions`, {
          ...as,
          body: { heldOn: today, durationMinutes: 60, topics: ['prix'], agreedNextSteps: 'Tester trois menus' },
        })
      ).status,
    ).toBe(201);
    const group = await platform.http('POST', `/api/v1/cohorts/${fatou.cohortId}/group-sessions`, {
      ...as,
      body: {
        phase: 'intensive-training',
        title: 'Atelier — calcul des coûts',
        heldOn: today,
        durationMinutes: 120,
        attendance: participants.map((p: { id: string }) => ({ participantId: p.id, status: 'present' })),
      },
    });
    expect(group.body.recorded).toBe(6);
    const issued = await platform.http('POST', `/api/v1/participants/${fatou.id}/progress-reports`, { ...as, body: {} });
    const pdf = await fetch(`${platform.baseUrl}${issued.body.url}`, { headers: { authorization: `Bearer ${as.token}` } });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});
