import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/time/dates';
import { todayInBrussels } from '../../api/workers/clock';
import { testEnv } from '../support/env';
import { startTestPlatform, type TestPlatform } from '../support/platform';

const NISS = '85073003328';
const IBAN = 'BE71096123456769';
const PERMIT = 'BXL-DEROG-77123';
const STREET = 'Rue Secrète';

let platform: TestPlatform;
let admin: { token: string; userId: string };

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await platform.signIn('admin');
});
afterAll(() => platform?.stop());

const registration = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Amina',
  displayName: 'Amina B.',
  preferredLanguage: 'fr',
  languagesSpoken: ['fr', 'ar'],
  skills: ['elderly care'],
  sectorsWanted: ['care'],
  contact: { email: 'amina@example.org', phone: '+32 470 12 34 56' },
  nationalNumber: '85.07.30-033.28',
  iban: 'BE71 0961 2345 6769',
  address: { street: STREET, houseNumber: '12', postalCode: '1030', city: 'Schaerbeek', country: 'be' },
  ...overrides,
});

describe('registering and onboarding a worker over HTTP (real Temporal dev server, real PostgreSQL)', () => {
  let workerId: string;
  let workerToken: string;

  it('registers a worker, encrypts every identifier, and starts onboarding', async () => {
    const res = await platform.http('POST', '/api/v1/workers', { token: admin.token, body: registration() });
    expect(res.status).toBe(201);
    expect(res.body.code).toMatch(/^W-[A-Z2-9]{6}$/);
    expect(res.headers.get('location')).toBe(`/api/v1/workers/${res.body.id}`);
    workerId = res.body.id;
    const [row] = await platform.db.query<{ all: string }>('select row_to_json(w)::text as all from worker w where id = $1', [workerId]);
    for (const secret of [NISS, '85.07.30', IBAN, STREET, 'amina@example.org', '470 12 34 56']) expect(row!.all).not.toContain(secret);
    const audit = await platform.db.query('select action, actor_id from audit_entry where worker_id = $1', [workerId]);
    expect(audit).toEqual([{ action: 'worker.registered', actor_id: admin.userId }]);
    const description = await platform.temporal.workflow.getHandle(`worker-onboarding:${workerId}`).describe();
    expect(description.status.name).toBe('RUNNING');
  });

  it.each([
    [{ nationalNumber: '85.07.30-033.29' }, 'nationalNumber', 'niss-checksum'],
    [{ nationalNumber: '98.47.28-997.64' }, 'nationalNumber', 'niss-checksum'],
    [{ iban: 'BE71 0961 2345 6768' }, 'iban', 'iban-checksum'],
    [{ preferredLanguage: 'de' }, 'preferredLanguage', 'invalid_value'],
    [
      { identification: { birthDate: '1990-02-30', birthPlace: 'Kinshasa', countryOfBirth: 'CD', nationality: 'CD', sex: 'F', familyName: 'B' } },
      'identification.birthDate',
      'invalid_format',
    ],
  ])('refuses %o naming %s, and writes nothing', async (bad, field, code) => {
    const before = await platform.db.query('select (select count(*) from worker)::int as w, (select count(*) from audit_entry)::int as a');
    const res = await platform.http('POST', '/api/v1/workers', { token: admin.token, body: registration({ nationalNumber: undefined, ...bad }) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
    expect(await platform.db.query('select (select count(*) from worker)::int as w, (select count(*) from audit_entry)::int as a')).toEqual(before);
  });

  it('refuses to register the same national number twice', async () => {
    const res = await platform.http('POST', '/api/v1/workers', { token: admin.token, body: registration() });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'nationalNumber', code: 'worker-already-registered' })]);
  });

  it('lets the worker give consent themself, then the admin records the permit and documents', async () => {
    workerToken = (await platform.signIn('worker', { workerId })).token;
    const consent = await platform.http('POST', `/api/v1/workers/${workerId}/consent`, { token: workerToken, body: { textVersion: '2026-01' } });
    expect(consent.status).toBe(200);
    expect(consent.body.status).toBe('awaiting-work-authorisation');
    const today = todayInBrussels();
    const permit = await platform.http('POST', `/api/v1/workers/${workerId}/work-authorisation`, {
      token: admin.token,
      body: { permitNumber: PERMIT, issuingAuthority: 'Région de Bruxelles-Capitale', validFrom: today, validUntil: addDays(today, 365) },
    });
    expect(permit.status).toBe(200);
    const docs = await platform.http('POST', `/api/v1/workers/${workerId}/documents-checked`, {
      token: admin.token,
      body: { items: ['identity-document', 'work-permit', 'bank-details', 'diplomas-or-skills'] },
    });
    // Registered with an IBAN and an address: payroll still needs the tax situation (issue 14.8).
    expect(docs.body).toMatchObject({ status: 'awaiting-payroll-details', missingForPayroll: ['tax-situation'] });
    const tax = await platform.http('PUT', `/api/v1/workers/${workerId}/tax-situation`, {
      token: admin.token,
      body: { effectiveFrom: today, family: 'single', dependentChildren: 0 },
    });
    expect(tax.status).toBe(201);
    const file = await platform.http('GET', `/api/v1/workers/${workerId}`, { token: admin.token });
    expect(file.body.onboarding).toMatchObject({ status: 'ready', missingForPayroll: [] });
  });

  it('is not ready while payroll lacks a way to pay, an address or a tax situation, and says which', async () => {
    const today = todayInBrussels();
    const res = await platform.http('POST', '/api/v1/workers', {
      token: admin.token,
      body: registration({ nationalNumber: undefined, iban: undefined, address: undefined, contact: {} }),
    });
    const id = res.body.id as string;
    await platform.http('POST', `/api/v1/workers/${id}/consent`, { token: admin.token, body: { textVersion: '2026-01' } });
    await platform.http('POST', `/api/v1/workers/${id}/work-authorisation`, {
      token: admin.token,
      body: { permitNumber: 'BXL-77', issuingAuthority: 'Brussels Region', validFrom: today, validUntil: addDays(today, 300) },
    });
    const docs = await platform.http('POST', `/api/v1/workers/${id}/documents-checked`, {
      token: admin.token,
      body: { items: ['identity-document', 'work-permit', 'bank-details', 'diplomas-or-skills'] },
    });
    expect(docs.body).toMatchObject({ status: 'awaiting-payroll-details', missingForPayroll: ['payment-route', 'address', 'tax-situation'] });

    // Both an IBAN and an alternative: a 400 naming the field, and nothing recorded.
    const both = await platform.http('PUT', `/api/v1/workers/${id}/payroll-details`, {
      token: admin.token,
      body: { iban: IBAN, alternativePayment: 'circular-cheque' },
    });
    expect(both.status).toBe(400);
    expect(both.body.errors).toContainEqual(expect.objectContaining({ field: 'alternativePayment', code: 'iban-or-alternative' }));
    const empty = await platform.http('PUT', `/api/v1/workers/${id}/payroll-details`, { token: admin.token, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toContainEqual(expect.objectContaining({ field: 'iban', code: 'nothing-to-record' }));

    // A worker without a bank account is paid by circular cheque; the address comes with it.
    const details = await platform.http('PUT', `/api/v1/workers/${id}/payroll-details`, {
      token: admin.token,
      body: {
        alternativePayment: 'circular-cheque',
        address: { street: 'Rue de la Paix', houseNumber: '3', postalCode: '1050', city: 'Ixelles', country: 'BE' },
      },
    });
    expect(details.status).toBe(200);
    expect(details.body).toMatchObject({ status: 'awaiting-payroll-details', missingForPayroll: ['tax-situation'] });
    const [row] = await platform.db.query<{ all: string }>('select row_to_json(w)::text as all from worker w where id = $1', [id]);
    expect(row!.all).not.toContain('Rue de la Paix');

    const tax = await platform.http('PUT', `/api/v1/workers/${id}/tax-situation`, {
      token: admin.token,
      body: { effectiveFrom: today, family: 'single', dependentChildren: 1 },
    });
    expect(tax.status).toBe(201);
    const file = await platform.http('GET', `/api/v1/workers/${id}`, { token: admin.token });
    expect(file.body.onboarding).toMatchObject({ status: 'ready', missingForPayroll: [] });
    expect(file.body.identity).toMatchObject({ iban: null, alternativePayment: 'circular-cheque' });
    const audit = await platform.db.query<{ action: string; details: unknown }>(
      `select action, details from audit_entry where worker_id = $1 and action = 'worker.payroll-details-recorded'`,
      [id],
    );
    expect(audit).toEqual([{ action: 'worker.payroll-details-recorded', details: { fields: ['alternativePayment', 'address'] } }]);
  });

  it('refuses a step that breaks a rule with a 422 naming the field, and changes nothing', async () => {
    const today = todayInBrussels();
    const res = await platform.http('POST', `/api/v1/workers/${workerId}/work-authorisation`, {
      token: admin.token,
      body: { permitNumber: 'SHORTER', issuingAuthority: 'Région', validFrom: today, validUntil: addDays(today, 10) },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'validUntil', code: 'renewal-shortens-permit' })]);
    const file = await platform.http('GET', `/api/v1/workers/${workerId}`, { token: admin.token });
    expect(file.body.identity.permitNumber).toBe(PERMIT);
  });

  it("shows the admin the file with identifiers, and records that read in the worker's access log", async () => {
    const file = await platform.http('GET', `/api/v1/workers/${workerId}`, { token: admin.token });
    expect(file.status).toBe(200);
    expect(file.body.identity).toMatchObject({ nationalNumber: '85.07.30-033.28', nationalNumberKind: 'niss', iban: 'BE71 0961 2345 6769' });
    expect(file.body.onboarding).toMatchObject({ status: 'ready', missingForPayroll: [] });
    const log = await platform.http('GET', '/api/v1/me/access-log', { token: workerToken });
    expect(log.status).toBe(200);
    const reads = log.body.entries.filter((e: { code: string }) => e.code === 'worker.read');
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(reads[0]).toMatchObject({ role: 'admin', who: expect.stringContaining('admin'), action: 'Opened your file' });
  });

  it("hides a worker's file from another worker (404) and from employers (403)", async () => {
    const other = await platform.http('POST', '/api/v1/workers', {
      token: admin.token,
      body: registration({ nationalNumber: undefined, iban: undefined, firstName: 'Yonas', contact: {} }),
    });
    const otherToken = (await platform.signIn('worker', { workerId: other.body.id })).token;
    expect((await platform.http('GET', `/api/v1/workers/${workerId}`, { token: otherToken })).status).toBe(404);
    expect((await platform.http('POST', `/api/v1/workers/${workerId}/consent`, { token: otherToken, body: { textVersion: '2026-01' } })).status).toBe(404);
    const employer = await platform.signIn('employer');
    expect((await platform.http('GET', `/api/v1/workers/${workerId}`, { token: employer.token })).status).toBe(403);
  });

  it('keeps identifiers out of the Temporal history (read with the Temporal CLI), out of every database table and out of the logs', async () => {
    const history = execFileSync(
      testEnv().cliPath,
      ['workflow', 'show', '--workflow-id', `worker-onboarding:${workerId}`, '--address', testEnv().temporalAddress, '--output', 'json'],
      { encoding: 'utf8' },
    );
    expect(history).toContain('WORKFLOW_EXECUTION_UPDATE_ACCEPTED');
    expect(history).toContain(Buffer.from('binary/encrypted').toString('base64'));
    for (const secret of [PERMIT, NISS, IBAN, STREET]) {
      expect(history).not.toContain(secret);
      expect(history).not.toContain(Buffer.from(secret).toString('base64'));
    }
    const tables = await platform.db.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    );
    for (const { table_name } of tables) {
      const [dump] = await platform.db.query<{ text: string | null }>(`select string_agg(t::text, '|') as text from "${table_name}" t`);
      for (const secret of [NISS, '85.07.30-033.28', IBAN, 'BE71 0961', PERMIT, STREET])
        expect(dump!.text ?? '', `${table_name} holds ${secret}`).not.toContain(secret);
    }
    const logs = platform.logLines.join('\n');
    expect(logs).toContain('"route":"/api/v1/workers/:workerId"');
    for (const secret of [PERMIT, NISS, '85.07.30-033.28', IBAN, 'BE71 0961', STREET, 'amina@example.org']) expect(logs).not.toContain(secret);
  });

  it('exports the whole file for a GDPR request, recording the reason', async () => {
    const missingReason = await platform.http('GET', `/api/v1/workers/${workerId}/export`, { token: admin.token });
    expect(missingReason.status).toBe(400);
    const res = await platform.http('GET', `/api/v1/workers/${workerId}/export?reason=${encodeURIComponent('access request of 2026-11-27')}`, {
      token: admin.token,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body.worker.identity).toMatchObject({ nationalNumber: '85.07.30-033.28', iban: 'BE71 0961 2345 6769' });
    expect(res.body.accessLog.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['worker.registered', 'worker.read']));
    const [logged] = await platform.db.query("select reason from audit_entry where worker_id = $1 and action = 'worker.exported'", [workerId]);
    expect(logged).toEqual({ reason: 'access request of 2026-11-27' });
  });

  it('erases what the law lets us erase, keeps the national number for retention, and closes the file', async () => {
    const res = await platform.http('POST', `/api/v1/workers/${workerId}/erasure`, {
      token: admin.token,
      body: { reason: 'left the cooperative, asked for erasure' },
    });
    expect(res.status).toBe(204);
    const [row] = await platform.db.query<Record<string, unknown>>('select * from worker where id = $1', [workerId]);
    expect(row).toMatchObject({ first_name: 'erased', iban_cipher: null, address_cipher: null, contact_email_cipher: null, permit_number_cipher: null });
    expect(row!.national_number_cipher).toMatch(/^v2\./);
    expect(row!.erased_at).not.toBeNull();
    expect((await platform.http('GET', `/api/v1/workers/${workerId}`, { token: admin.token })).status).toBe(404);
  });
});
