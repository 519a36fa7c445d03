import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePayslip, explainComputedLine } from '../../domain/payroll';
import { addDays } from '../../domain/time/dates';
import { todayInBrussels } from '../../api/workers/clock';
import { eventually, onboardWorker } from '../support/journeys';
import { startTestPlatform, type TestPlatform } from '../support/platform';

let platform: TestPlatform;
let admin: string;
const today = todayInBrussels();

beforeAll(async () => {
  platform = await startTestPlatform({ DIMONA_SANDBOX_ANSWER_DELAY_MS: '0' });
  admin = (await platform.signIn('admin')).token;
});
afterAll(() => platform?.stop());

const onboardedWorker = (opts: { consent?: boolean; permitUntil?: string } = {}) => onboardWorker(platform, admin, { preferredLanguage: 'nl', ...opts });

const terms = (overrides: Record<string, unknown> = {}) => ({
  sector: 'care',
  jobTitle: 'zorgkundige',
  jointCommittee: '330',
  workerCategory: 'white-collar',
  hourlyWageCents: 1650,
  weeklyHours: 30,
  startDate: addDays(today, 7),
  endDate: addDays(today, 180),
  ...overrides,
});

describe('from registration to an active contract, through the API alone', () => {
  it('drafts, renders in the worker’s language, collects both signatures and activates on the Dimona acknowledgement', async () => {
    const workerId = await onboardedWorker();
    const workerToken = (await platform.signIn('worker', { workerId })).token;
    const created = await platform.http('POST', `/api/v1/workers/${workerId}/contracts`, { token: admin, body: terms() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'awaiting-signatures', language: 'nl', hourlyWageCents: 1650 });
    const contractId = created.body.id as string;

    const withPdf = await eventually(
      () => platform.http('GET', `/api/v1/contracts/${contractId}`, { token: workerToken }),
      (r) => r.body.documentUrl !== null,
      'the PDF',
    );
    const pdf = await fetch(`${platform.baseUrl}${withPdf.body.documentUrl}`, { headers: { authorization: `Bearer ${workerToken}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    expect((await platform.http('POST', `/api/v1/contracts/${contractId}/signatures`, { token: workerToken, body: { agree: true } })).body.signedBy).toEqual([
      'worker',
    ]);
    const second = await platform.http('POST', `/api/v1/contracts/${contractId}/signatures`, { token: admin, body: { agree: true } });
    expect(second.body.signedBy).toEqual(['worker', 'cooperative']);
    const again = await platform.http('POST', `/api/v1/contracts/${contractId}/signatures`, { token: admin, body: { agree: true } });
    expect(again.status).toBe(422);

    const active = await eventually(
      () => platform.http('GET', `/api/v1/contracts/${contractId}`, { token: admin }),
      (r) => r.body.status === 'active',
      'activation',
    );
    // The signed version is now the current document; the draft the parties signed stays, unchanged, as version 1.
    expect(active.body.documents).toEqual([
      expect.objectContaining({ version: 1, kind: 'draft', supersedes: null, sha256: createHash('sha256').update(bytes).digest('hex') }),
      expect.objectContaining({ version: 2, kind: 'signed', supersedes: 1 }),
    ]);
    const download = async (path: string) =>
      Buffer.from(await (await fetch(`${platform.baseUrl}${path}`, { headers: { authorization: `Bearer ${workerToken}` } })).arrayBuffer());
    const current = await download(`/api/v1/contracts/${contractId}/document`);
    expect(createHash('sha256').update(current).digest('hex')).toBe(active.body.documents[1].sha256);
    expect((await download(`/api/v1/contracts/${contractId}/document?version=1`)).equals(bytes)).toBe(true);
    expect((await platform.http('GET', `/api/v1/contracts/${contractId}/document?version=3`, { token: workerToken })).status).toBe(404);
    expect(active.body.dimona).toEqual([expect.objectContaining({ action: 'IN', status: 'accepted', periodId: expect.any(String) })]);
    expect(active.body.signedByWorkerAt).not.toBeNull();
    const [row] = await platform.db.query<{ n: number }>(
      "select count(*)::int as n from audit_entry where subject_id = $1 and action = 'contract.document-read'",
      [contractId],
    );
    expect(row!.n).toBe(3);
  });

  it.each([
    ['a start date in the past', {}, terms({ startDate: addDays(today, -1) }), 'startDate', 'start-in-past'],
    ['a wage under the minimum', {}, terms({ hourlyWageCents: 1200 }), 'hourlyWageCents', 'below-minimum-wage'],
    ['a missing consent', { consent: false }, terms(), 'workerId', 'consent-missing'],
    ['a permit that ends before the contract', { permitUntil: addDays(today, 90) }, terms(), 'endDate', 'permit-does-not-cover-period'],
    ['a start before any known minimum wage', {}, terms({ startDate: '2019-03-01', endDate: '2019-06-30' }), 'startDate', 'before-known-minimum-wage'],
  ])('refuses %s with a problem naming the field, and writes nothing', async (_what, worker, body, field, code) => {
    const workerId = await onboardedWorker(worker);
    const before = await platform.db.query('select (select count(*) from employment_contract)::int as c, (select count(*) from audit_entry)::int as a');
    const res = await platform.http('POST', `/api/v1/workers/${workerId}/contracts`, { token: admin, body });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
    expect(await platform.db.query('select (select count(*) from employment_contract)::int as c, (select count(*) from audit_entry)::int as a')).toEqual(
      before,
    );
  });

  it.each([
    ['a NUL in a text', terms({ jobTitle: 'zorg\u0000kundige' }), 'jobTitle', 'invalid-characters'],
    ['half of a surrogate pair', terms({ jobTitle: 'zorg\ud800kundige' }), 'jobTitle', 'invalid-characters'],
    ['the year 0000', terms({ startDate: '0000-03-01' }), 'startDate', 'date-out-of-range'],
    ['the year 9999', terms({ startDate: '9999-03-01', endDate: '9999-06-30' }), 'startDate', 'date-out-of-range'],
  ])('answers %s with a 400 naming the field, never a 500, and writes nothing', async (_what, body, field, code) => {
    const workerId = await onboardedWorker();
    const before = await platform.db.query('select (select count(*) from employment_contract)::int as c, (select count(*) from audit_entry)::int as a');
    const res = await platform.http('POST', `/api/v1/workers/${workerId}/contracts`, { token: admin, body });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field }));
    expect(res.body.errors.map((e: { code: string }) => e.code)).toContain(code);
    expect(await platform.db.query('select (select count(*) from employment_contract)::int as c, (select count(*) from audit_entry)::int as a')).toEqual(
      before,
    );
  });

  it('refuses a NUL in a query filter or in the address with a 400, not a database error', async () => {
    const search = await platform.http('GET', '/api/v1/workers?search=a%00b', { token: admin });
    expect(search.status).toBe(400);
    expect(search.body.errors).toEqual([expect.objectContaining({ field: 'query.search', code: 'invalid-characters' })]);
    const path = await platform.http('GET', '/api/v1/contracts/a%00b', { token: admin });
    expect(path.status).toBe(400);
    expect(path.body.errors[0]).toMatchObject({ field: 'path', code: 'invalid-characters' });
    expect((await platform.http('GET', '/api/v1/contracts/%E0%A4%A', { token: admin })).body.errors[0]).toMatchObject({
      field: 'path',
      code: 'malformed-path',
    });
  });

  it("keeps a worker out of another worker's contract", async () => {
    const workerId = await onboardedWorker();
    const created = await platform.http('POST', `/api/v1/workers/${workerId}/contracts`, { token: admin, body: terms() });
    const stranger = (await platform.signIn('worker', { workerId: await onboardedWorker() })).token;
    expect((await platform.http('GET', `/api/v1/contracts/${created.body.id}`, { token: stranger })).status).toBe(404);
    expect((await platform.http('POST', `/api/v1/contracts/${created.body.id}/signatures`, { token: stranger, body: { agree: true } })).status).toBe(404);
  });
});

describe('payslip simulation', () => {
  it('answers the January 2025 worked example to the cent, each line explained in three languages', async () => {
    const worker = (await platform.signIn('worker')).token;
    const res = await platform.http('POST', '/api/v1/payroll/simulations', {
      token: worker,
      body: { period: '2025-01', payKind: 'regular', workerCategory: 'white-collar', grossCents: 300000, family: 'single', dependentChildren: 0 },
    });
    expect(res.status).toBe(200);
    expect(res.body.totals).toMatchObject({
      grossCents: 300000,
      personalSocialSecurityCents: 39210,
      withholdingTaxCents: 43644,
      specialSocialSecurityContributionCents: 1924,
      netCents: 220288,
    });
    // Each line worded by the engine's one renderer, from the line's facts.
    const computed = computePayslip({
      period: '2025-01',
      payKind: 'regular',
      workerCategory: 'white-collar',
      grossCents: 300000,
      family: 'single',
      dependentChildren: 0,
    });
    expect(res.body.lines).toEqual(computed.lines.map(explainComputedLine));
    expect(res.body.lines.find((l: { code: string }) => l.code === 'PERSONAL_SOCIAL_SECURITY').explanation.en).toBe(
      '13.07\u00a0% of your gross pay (€3,000.00) goes to social security: pensions, health care, unemployment. That is €392.10.',
    );
  });

  it('names the bad field', async () => {
    const coach = (await platform.signIn('coach')).token;
    const res = await platform.http('POST', '/api/v1/payroll/simulations', {
      token: coach,
      body: { period: '2019-13', payKind: 'regular', workerCategory: 'white-collar', grossCents: 300000, family: 'single', dependentChildren: 0 },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('period');
  });
});

describe('erasure of an employed worker', () => {
  it('is refused while a contract is open, and nothing is erased', async () => {
    const workerId = await onboardedWorker();
    await platform.http('POST', `/api/v1/workers/${workerId}/contracts`, { token: admin, body: terms() });
    const res = await platform.http('POST', `/api/v1/workers/${workerId}/erasure`, { token: admin, body: { reason: 'asked for erasure' } });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('worker-still-employed');
    expect((await platform.db.query('select erased_at from worker where id = $1', [workerId]))[0]).toEqual({ erased_at: null });
  });
});
