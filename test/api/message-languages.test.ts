import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../api/workers/clock';
import { isoWeekOfDate } from '../../domain/time/iso-week';
import { eventually, freshEnterpriseNumber, onboardWorker, proposedPlacement } from '../support/journeys';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { freshNamespace } from '../support/temporal';

/**
 * Issue 14's "Done when": a rule violation comes back in Dutch with Accept-Language: nl, and a
 * French employer's approval message is in French (a Dutch one's in Dutch), end to end through
 * the outbox and the mail catcher.
 */
let platform: TestPlatform;
let admin: string;

beforeAll(async () => {
  platform = await startTestPlatform({ TEMPORAL_NAMESPACE: await freshNamespace(), DIMONA_SANDBOX_ANSWER_DELAY_MS: '0' });
  admin = (await platform.signIn('admin')).token;
}, 120_000);
afterAll(() => platform?.stop());

async function employerIn(language: 'fr' | 'nl', email: string) {
  const res = await platform.http('POST', '/api/v1/employers', {
    token: admin,
    body: {
      legalName: language === 'fr' ? 'Maison de repos Les Saules' : 'Woonzorgcentrum De Wilgen',
      enterpriseNumber: freshEnterpriseNumber(),
      sector: 'care',
      jointCommittee: '330',
      language,
      address: { street: 'Rue Haute', houseNumber: '1', postalCode: '1000', city: 'Bruxelles' },
      contacts: [{ name: 'Contact', email }],
    },
  });
  expect(res.status).toBe(201);
  expect(res.body.language).toBe(language);
  return res.body.id as string;
}

async function placeAndSubmit(employerId: string, firstName: string) {
  const today = todayInBrussels();
  const workerId = await onboardWorker(platform, admin, { firstName });
  const { placementId, workerToken } = await proposedPlacement(platform, admin, employerId, workerId, today);
  return { placementId, workerToken, week: isoWeekOfDate(today), today };
}

describe('messages in the recipient’s language', () => {
  it('writes a French employer’s proposal and approval request in French, a Dutch one’s in Dutch', async () => {
    for (const [language, firstName, proposal, request] of [
      ['fr', 'Awa', 'TalentCoop vous propose Awa', 'Heures à approuver : Awa'],
      ['nl', 'Bram', 'TalentCoop stelt Bram voor', 'Uren goed te keuren: Bram'],
    ] as const) {
      const email = `contact-${language}-${Date.now()}@test.coop`;
      const employerId = await employerIn(language, email);
      const { placementId, workerToken, week, today } = await placeAndSubmit(employerId, firstName);
      const proposed = await platform.mail.waitFor((m) => m.to.includes(email) && m.subject.includes(proposal));
      expect(proposed.text).toContain(language === 'fr' ? 'Acceptez ou refusez' : 'Aanvaard of weiger');
      // The employer accepts through the account the test gives the contact.
      const contact = await platform.signIn('employer', { employerId });
      await platform.http('POST', `/api/v1/placements/${placementId}/decision`, { token: contact.token, body: { decision: 'accept' } });
      const path = `/api/v1/placements/${placementId}/timesheets/${week}`;
      await eventually(
        () => platform.http('PUT', `${path}/entries`, { token: workerToken, body: { entries: [{ date: today, hours: 7.5, kind: 'regular' }] } }),
        (r) => r.status === 200,
        'the week opening',
      );
      expect((await platform.http('POST', `${path}/submission`, { token: workerToken, body: {} })).status).toBe(200);
      const approval = await platform.mail.waitFor((m) => m.to.includes(email) && m.subject.includes(request));
      expect(approval.text).toContain(language === 'fr' ? `${firstName} a presté 7,5 h la semaine ${week}` : `${firstName} werkte 7,5 u in week ${week}`);
      expect(approval.text).toContain('/approve#');
      const row = await platform.db.query<{ language: string }>(
        `select language from notification where kind = 'timesheet-submitted' and recipient_email = $1`,
        [email],
      );
      expect(row).toEqual([{ language }]);
    }
  }, 180_000);

  it('answers a rule violation in Dutch when asked in Dutch, with the same code', async () => {
    const nl = await platform.http('POST', '/api/v1/payroll-runs', {
      token: admin,
      body: { period: '2999-01' },
      headers: { 'accept-language': 'nl-BE,nl;q=0.9' },
    });
    const en = await platform.http('POST', '/api/v1/payroll-runs', { token: admin, body: { period: '2999-01' } });
    expect(nl.status).toBe(422);
    expect(nl.headers.get('content-language')).toBe('nl');
    expect(nl.body.code).toBe(en.body.code);
    expect(nl.body.title).toBe('Bedrijfsregel niet nageleefd');
    expect(nl.body.title).not.toBe(en.body.title);
    const missing = await platform.http('POST', '/api/v1/payroll-runs', { token: admin, body: {}, headers: { 'accept-language': 'nl' } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({ field: 'period', code: 'required', message: 'is verplicht' });
  });
});
