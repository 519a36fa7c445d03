import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../api/workers/clock';
import { addDays } from '../../domain/time/dates';
import { LIFE_DOMAINS } from '../../domain/trajectory/life-domains';
import { startTestPlatform, type TestPlatform } from '../support/platform';

let platform: TestPlatform;
let admin: string;
let coach: { token: string; userId: string };
let otherCoach: { token: string; userId: string };
let cohortId: string;
let participantId: string;
const today = todayInBrussels();
const cohortStart = addDays(today, -7);
const grid = (score: number) => LIFE_DOMAINS.map((domain) => ({ domain, score, note: domain === 'housing' ? 'shares a room with two others' : '' }));

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = (await platform.signIn('admin')).token;
  coach = await platform.signIn('coach');
  otherCoach = await platform.signIn('coach');
  const cohort = await platform.http('POST', '/api/v1/cohorts', {
    token: admin,
    body: { name: `Cohorte ${today} ${Math.random()}`, startDate: cohortStart, coachIds: [coach.userId, otherCoach.userId] },
  });
  expect(cohort.status).toBe(201);
  cohortId = cohort.body.id;
  participantId = await selectParticipant('Fatou D.', coach.userId);
});
afterAll(() => platform?.stop());

async function selectParticipant(displayName: string, coachId: string): Promise<string> {
  const application = await platform.http('POST', `/api/v1/cohorts/${cohortId}/applications`, {
    token: admin,
    body: {
      displayName,
      language: 'nl',
      projectIdea: 'Catering met West-Afrikaanse keuken',
      motivation: 'Eigen inkomen',
      scores: { 'project-clarity': 4, motivation: 5 },
    },
  });
  expect(application.status).toBe(201);
  const decided = await platform.http('POST', `/api/v1/applications/${application.body.id}/decision`, {
    token: admin,
    body: { decision: 'selected', reason: 'clear project, strong motivation', coachId },
  });
  expect(decided.status).toBe(200);
  return decided.body.participantId;
}

async function pdfText(bytes: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= document.numPages; n++) {
    text += (await (await document.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? `${i.str} ` : '')).join('');
  }
  await document.destroy();
  return text.replace(/[\s\u00a0]+/g, ' ');
}

async function download(url: string, token: string) {
  const res = await fetch(`${platform.baseUrl}${url}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('a coach follows an entrepreneur through the API alone', () => {
  it('from intake to a completed milestone, with sessions, attendance and the progress report', async () => {
    const as = { token: coach.token };
    const mine = await platform.http('GET', '/api/v1/participants', as);
    expect(mine.body.participants).toEqual([expect.objectContaining({ id: participantId, status: 'awaiting-intake', phase: 'intensive-training' })]);
    expect(mine.body.participants[0].due).toContainEqual(expect.objectContaining({ kind: 'intake', overdue: false }));

    const intake = await platform.http('POST', `/api/v1/participants/${participantId}/intake`, { ...as, body: { scores: grid(2) } });
    expect(intake.status).toBe(200);
    expect(intake.body.status).toBe('active');

    const completed = await platform.http('POST', `/api/v1/participants/${participantId}/milestones/business-plan/completion`, {
      ...as,
      body: { evidence: { summary: 'Business plan written, costed and reviewed', references: ['businessplan-v3.pdf'] } },
    });
    expect(completed.status).toBe(200);
    expect(completed.body.milestones.find((m: { code: string }) => m.code === 'business-plan').completedOn).toBe(today);
    const again = await platform.http('POST', `/api/v1/participants/${participantId}/milestones/business-plan/completion`, {
      ...as,
      body: { evidence: { summary: 'again' } },
    });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('milestone-already-completed');

    expect(
      (
        await platform.http('POST', `/api/v1/participants/${participantId}/sessions`, {
          ...as,
          body: { heldOn: addDays(today, -1), durationMinutes: 90, topics: ['pricing', 'suppliers'], agreedNextSteps: 'Ask three suppliers for a quote' },
        })
      ).status,
    ).toBe(201);
    const workshop = { phase: 'intensive-training', title: 'Module 1 — costing', module: 'Finance', heldOn: cohortStart, durationMinutes: 180 };
    const attendance = await platform.http('POST', `/api/v1/cohorts/${cohortId}/group-sessions`, {
      ...as,
      body: { ...workshop, attendance: [{ participantId, status: 'absent' }] },
    });
    expect(attendance.status).toBe(201);
    // Recording the same workshop again corrects the attendance, it does not count twice.
    await platform.http('POST', `/api/v1/cohorts/${cohortId}/group-sessions`, {
      ...as,
      body: { ...workshop, attendance: [{ participantId, status: 'present' }] },
    });

    const file = await platform.http('GET', `/api/v1/participants/${participantId}`, as);
    expect(file.status).toBe(200);
    expect(file.body.scores.find((s: { domain: string }) => s.domain === 'housing')).toMatchObject({
      kind: 'baseline',
      score: 2,
      note: 'shares a room with two others',
    });
    expect(file.body.attendance).toEqual([{ phase: 'intensive-training', title: workshop.title, heldOn: cohortStart, status: 'present' }]);
    expect(file.body.sessions[0]).toMatchObject({ durationMinutes: 90, agreedNextSteps: 'Ask three suppliers for a quote' });
    const [stored] = await platform.db.query<{ next_steps_cipher: string }>('select next_steps_cipher from coaching_session where participant_id = $1', [
      participantId,
    ]);
    expect(stored!.next_steps_cipher).not.toContain('suppliers');

    const issued = await platform.http('POST', `/api/v1/participants/${participantId}/progress-reports`, { ...as, body: {} });
    expect(issued.status).toBe(201);
    const pdf = await download(issued.body.url, coach.token);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('Voortgangsrapport');
    expect(text).toContain('Fatou D.');
    expect(text).toContain('Business plan written, costed and reviewed');
    expect(text).toContain('1 keer aanwezig op 1 sessie(s); 0 keer gewettigd afwezig, 0 keer ongewettigd afwezig');
    expect(text).toContain('Ondernemingsplan'); // the standard milestone in the report's language
    expect(text).toContain('in totaal 1 u 30');

    // Standard milestone titles follow Accept-Language (English by default), in date order.
    const inDutch = await platform.http('GET', `/api/v1/participants/${participantId}`, { ...as, headers: { 'accept-language': 'nl-BE' } });
    expect(inDutch.body.milestones.map((m: { title: string }) => m.title).slice(0, 3)).toEqual(['Ondernemingsplan', 'Markttest', 'Eerste klant']);
    const dates = inDutch.body.milestones.map((m: { dueDate: string }) => m.dueDate);
    expect(dates).toEqual([...dates].sort());
    expect(file.body.milestones[0].title).toBe('Business plan');
    expect(text).not.toContain('shares a room'); // notes never leave the file

    const audit = await platform.db.query<{ action: string }>(
      "select action from audit_entry where subject_id = $1 and action like 'trajectory.%' order by id",
      [participantId],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'trajectory.baseline',
      'trajectory.milestone-completed',
      'trajectory.progress-report-issued',
      'trajectory.document-read',
    ]);
  });

  it('refuses an incomplete baseline with a problem naming the field, and writes nothing', async () => {
    const id = await selectParticipant('Ibrahim K.', coach.userId);
    const before = await platform.db.query('select count(*)::int as n from life_domain_score');
    const res = await platform.http('POST', `/api/v1/participants/${id}/intake`, { token: coach.token, body: { scores: grid(3).slice(2) } });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'scores', code: 'life-domain-missing' }));
    expect(await platform.db.query('select count(*)::int as n from life_domain_score')).toEqual(before);
  });
});

describe('each coach sees their own entrepreneurs only', () => {
  it("a coach cannot see, log for, or download the report of another coach's participant", async () => {
    const as = { token: otherCoach.token };
    expect((await platform.http('GET', '/api/v1/participants', as)).body.participants.map((p: { id: string }) => p.id)).not.toContain(participantId);
    expect((await platform.http('GET', `/api/v1/participants/${participantId}`, as)).status).toBe(404);
    expect(
      (
        await platform.http('POST', `/api/v1/participants/${participantId}/sessions`, {
          ...as,
          body: { heldOn: today, durationMinutes: 30, topics: ['x'], agreedNextSteps: 'y' },
        })
      ).status,
    ).toBe(404);
    expect((await platform.http('POST', `/api/v1/participants/${participantId}/pause`, { ...as, body: { reason: 'illness' } })).status).toBe(404);
    expect((await platform.http('POST', `/api/v1/participants/${participantId}/progress-reports`, { ...as, body: {} })).status).toBe(404);
    const attendance = await platform.http('POST', `/api/v1/cohorts/${cohortId}/group-sessions`, {
      ...as,
      body: { phase: 'collective-programme', title: 'Workshop', heldOn: today, durationMinutes: 60, attendance: [{ participantId, status: 'present' }] },
    });
    expect(attendance.status).toBe(404);
    const issued = await platform.http('POST', `/api/v1/participants/${participantId}/progress-reports`, { token: coach.token, body: { language: 'fr' } });
    expect((await download(issued.body.url, otherCoach.token)).status).toBe(404);
    expect((await download(issued.body.url, admin)).status).toBe(200);

    const stranger = await platform.signIn('coach');
    expect((await platform.http('GET', `/api/v1/cohorts/${cohortId}/report`, { token: stranger.token })).status).toBe(404);
    expect((await platform.http('GET', '/api/v1/cohorts', { token: stranger.token })).body.cohorts).toEqual([]);
  });
});

describe('the public cohort report', () => {
  it('hides every figure of a group under five, as JSON and as PDF, and quotes only consenting participants', async () => {
    const as = { token: coach.token };
    expect(
      (
        await platform.http('POST', `/api/v1/participants/${participantId}/testimonies`, {
          ...as,
          body: { text: 'Ik heb mijn eerste klant gevonden', language: 'nl' },
        })
      ).status,
    ).toBe(422);
    await platform.http('PUT', `/api/v1/participants/${participantId}/consent`, { ...as, body: { testimony: true, photos: false } });
    expect(
      (
        await platform.http('POST', `/api/v1/participants/${participantId}/testimonies`, {
          ...as,
          body: { text: 'Ik heb mijn eerste klant gevonden', language: 'nl' },
        })
      ).status,
    ).toBe(201);

    const report = await platform.http('GET', `/api/v1/cohorts/${cohortId}/report`, as);
    expect(report.status).toBe(200);
    // Suppressed figures do not give their group's size away either.
    expect(report.body.participants).toEqual({ n: null, value: null, suppressed: true });
    expect(report.body.attendance[0].rate).toEqual({ n: null, value: null, suppressed: true });
    expect(report.body.attendance[0].excusedRate).toEqual({ n: null, value: null, suppressed: true });
    expect(report.body.lifeDomains[0]).toMatchObject({ domain: 'income', baseline: { n: null, value: null, suppressed: true } });
    expect(JSON.stringify(report.body)).not.toMatch(/"n":[0-9]/);
    expect(report.body.testimonies).toEqual([]); // even with consent: two people are too few to stay anonymous

    const issued = await platform.http('POST', `/api/v1/cohorts/${cohortId}/report-documents`, { ...as, body: { language: 'fr' } });
    expect(issued.status).toBe(201);
    const text = await pdfText((await download(issued.body.url, coach.token)).bytes);
    expect(text).toContain('Rapport de cohorte');
    expect(text).toContain('moins de 5 personnes');
    expect(text).not.toContain('Fatou');
  });
});
