import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/time/dates';
import { isoWeekOfDate } from '../../domain/time/iso-week';
import { todayInBrussels } from '../../api/workers/clock';
import { activeContract, eventually, onboardWorker, registerEmployerWithContact } from '../support/journeys';
import { startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * Every route whose path names an object is tried by a stranger of each role it admits: another
 * employer, another worker (and another coach). Each must answer 404 — as if the object did not
 * exist — before reading any body.
 */
let platform: TestPlatform;
const ids: Record<string, string> = {};
const strangers: Record<string, string> = {};
const today = todayInBrussels();

beforeAll(async () => {
  platform = await startTestPlatform({ DIMONA_SANDBOX_ANSWER_DELAY_MS: '0' });
  const admin = (await platform.signIn('admin')).token;
  const owner = await registerEmployerWithContact(platform, admin);
  const other = await registerEmployerWithContact(platform, admin, 'Other Employer SRL');
  ids.employerId = owner.employerId;
  ids.workerId = await onboardWorker(platform, admin);
  ids.contractId = (await activeContract(platform, admin, ids.workerId, { startDate: today, endDate: addDays(today, 40) })).contractId;
  const request = await platform.http('POST', `/api/v1/employers/${owner.employerId}/job-requests`, {
    token: owner.token,
    body: {
      occupation: 'aide-soignant',
      sector: 'care',
      headcount: 1,
      hoursPerWeek: 30,
      startDate: today,
      endDate: addDays(today, 30),
      siteAddress: { street: 'Rue', houseNumber: '1', postalCode: '1030', city: 'Schaerbeek' },
      offeredHourlyWageCents: 1650,
      comparableStaffHourlyWageCents: 1650,
    },
  });
  ids.jobRequestId = request.body.id;
  const placement = await platform.http('POST', `/api/v1/job-requests/${ids.jobRequestId}/placements`, {
    token: admin,
    body: { workerId: ids.workerId, startDate: today, endDate: addDays(today, 30), billing: { mode: 'fixed', hourlyRateCents: 3000 } },
  });
  ids.placementId = placement.body.id;
  await platform.http('POST', `/api/v1/placements/${ids.placementId}/decision`, { token: owner.token, body: { decision: 'accept' } });
  await eventually(
    () => platform.http('GET', `/api/v1/placements/${ids.placementId}`, { token: admin }),
    (r) => r.body.status === 'active',
    'the placement',
  );
  ids.isoWeek = isoWeekOfDate(today);
  strangers.employer = other.token;
  strangers.worker = (await platform.signIn('worker', { workerId: await onboardWorker(platform, admin, { firstName: 'Other' }) })).token;
  strangers.coach = (await platform.signIn('coach')).token;

  // The entrepreneur track: a cohort with its own coach, a selected participant and a report.
  const coach = await platform.signIn('coach');
  const cohort = await platform.http('POST', '/api/v1/cohorts', { token: admin, body: { name: 'Cohorte test', startDate: today, coachIds: [coach.userId] } });
  ids.cohortId = cohort.body.id;
  const application = await platform.http('POST', `/api/v1/cohorts/${ids.cohortId}/applications`, {
    token: admin,
    body: { displayName: 'Fatou D.', language: 'fr', projectIdea: 'Un service traiteur', motivation: 'Vivre de mon savoir-faire', scores: {} },
  });
  ids.applicationId = application.body.id;
  const decided = await platform.http('POST', `/api/v1/applications/${ids.applicationId}/decision`, {
    token: admin,
    body: { decision: 'selected', reason: 'clear project', coachId: coach.userId },
  });
  ids.participantId = decided.body.participantId;
  ids.code = 'business-plan';
  const issued = await platform.http('POST', `/api/v1/participants/${ids.participantId}/progress-reports`, { token: coach.token, body: {} });
  ids.documentId = issued.body.documentId;
  // DmfA routes are admin-only: the id only has to fill the path.
  ids.declarationId = '2026-Q1';
  ids.year = '2025';

  // An issued invoice of the owner employer; payments are admin-only (no stranger to try).
  ids.invoiceId = randomUUID();
  await platform.db.query(
    `insert into invoice (id, employer_id, period, kind, purpose, business_key, status, number, issue_date, due_date, payment_terms_days, language, lines, vat_breakdown,
       line_total_cents, vat_cents, total_cents, created_at, updated_at)
     values ($1, $2, '2026-11', 'invoice', 'period', $3, 'issued', 'T-0001', '2026-12-01', '2026-12-31', 30, 'fr', '[]', '[]', 0, 0, 0, now(), now())`,
    [ids.invoiceId, owner.employerId, `period:${owner.employerId}:test`],
  );
  ids.paymentId = randomUUID();
  // Payroll: the stranger must learn nothing of a run, a payslip or a tax situation (ids that exist or not answer alike).
  ids.runId = randomUUID();
  ids.payslipId = randomUUID();
  ids.situationId = randomUUID();
  ids.alertId = randomUUID(); // admin-only: no stranger role to try
  ids.accountId = randomUUID(); // admin-only: no stranger role to try
});
afterAll(() => platform?.stop());

describe('object-level access', () => {
  it('answers 404 to a stranger on every route with an id, whatever the body', async () => {
    const doc = (await platform.http('GET', '/openapi.json')).body;
    const checked: string[] = [];
    for (const [template, item] of Object.entries<Record<string, { 'x-roles': 'public' | string[] }>>(doc.paths)) {
      if (!template.includes('{')) continue;
      for (const [method, op] of Object.entries(item)) {
        if (op['x-roles'] === 'public') continue;
        const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
          if (!ids[name]) throw new Error(`no test object for {${name}} in ${template}: add one to this test`);
          return ids[name]!;
        });
        for (const role of op['x-roles'].filter((r) => r !== 'admin')) {
          const res = await platform.http(method.toUpperCase(), path, { token: strangers[role], body: method === 'get' ? undefined : {} });
          expect(res.status, `${method.toUpperCase()} ${template} as another ${role}`).toBe(404);
          checked.push(`${method} ${template} ${role}`);
        }
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(20);
  });

  it('still lets the owners in (the check above is not vacuous)', async () => {
    const worker = (await platform.signIn('worker', { workerId: ids.workerId })).token;
    expect((await platform.http('GET', `/api/v1/placements/${ids.placementId}`, { token: worker })).status).toBe(200);
    expect((await platform.http('GET', `/api/v1/contracts/${ids.contractId}`, { token: worker })).status).toBe(200);
  });
});
