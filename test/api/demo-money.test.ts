import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../api/workers/clock';
import { monthsOfQuarter, quarterOfMonth } from '../../domain/declarations/quarter';
import type { PlatformServices } from '../../platform/services';
import { FORMATS_DIR, validateAgainstXsd } from '../../platform/xml/xml-schema';
import { demoHistoryPlan, openDemoWaitingWeek, payDemoHistory } from '../../scripts/lib/demo-history';
import { seedDemo } from '../../scripts/lib/demo-seed';
import { eventually } from '../support/journeys';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { freshNamespace } from '../support/temporal';

/**
 * The money half of the demo, as a newcomer walks it with `npm start -- --demo`: the previous
 * month's payroll run reaches its preview with the demo's exceptions, the invoice of the demo
 * employer is issued with a bare POST, and the DmfA of the demo quarter is built from the paid
 * payslips, validates, equals them to the cent, is rejected for a worker, corrected, acknowledged,
 * and later modified. Dates follow today's, like the demo.
 */
let platform: TestPlatform;
const tokens: Record<string, string> = {};
const plan = demoHistoryPlan(todayInBrussels());
const quarter = quarterOfMonth(plan.from.slice(0, 7));

const as = (who: string, body?: unknown) => ({ token: tokens[who]!, body });
const dmfa = () => platform.http('GET', `/api/v1/declarations/dmfa/${quarter}`, as('admin'));
const dmfaUntil = (what: (status: string) => boolean, label: string) =>
  eventually(dmfa, (r) => r.status === 200 && what(r.body.status), `DmfA ${label}`, 60_000);

beforeAll(async () => {
  platform = await startTestPlatform({
    ALLOW_DEMO_ACCOUNTS: 'true',
    TEMPORAL_NAMESPACE: await freshNamespace(),
    DIMONA_SANDBOX_ANSWER_DELAY_MS: '0',
    PEPPOL_SANDBOX_ANSWER_DELAY_MS: '0',
  });
  const { config, orm, cipher, logger } = platform.deps;
  const services: PlatformServices = { config, orm, cipher, logger, temporal: platform.temporal, close: async () => undefined };
  await seedDemo(services);
  expect(await payDemoHistory(platform.deps)).toEqual(plan.paidMonths);
  await openDemoWaitingWeek(platform.deps);
  for (const [who, password] of [
    ['admin', 'demo-admin-pass'],
    ['admin2', 'demo-admin2-pass'],
    ['employer', 'demo-employer-pass'],
    ['employer2', 'demo-employer2-pass'],
  ]) {
    const login = await platform.http('POST', '/api/v1/auth/login', { body: { email: `${who}@demo.coop`, password } });
    tokens[who!] = login.body.token;
  }
}, 300_000);
afterAll(() => platform?.stop());

describe('the demo payroll of the previous month', () => {
  it('reaches its preview with the three demo workers and the exceptions the walk-through names', async () => {
    const started = await platform.http('POST', '/api/v1/payroll-runs', as('admin', { period: plan.unpaidMonth }));
    expect(started.status).toBe(202);
    const preview = await eventually(
      () => platform.http('GET', `/api/v1/payroll-runs/${started.body.id}`, as('admin')),
      (r) => r.body.status === 'preview',
      'the preview',
      60_000,
    );
    expect(preview.body.totals.payslips).toBe(3);
    const kinds = new Set(preview.body.exceptions.map((e: { kind: string }) => e.kind));
    expect(kinds).toContain('no-tax-situation');
    expect(kinds).toContain('week-not-approved');
    expect((await platform.http('POST', `/api/v1/payroll-runs/${started.body.id}/approval`, as('admin', { decision: 'approve' }))).status).toBe(403);
  });
});

describe('the demo invoice of the previous month', () => {
  it('is issued by a POST without a body, with the next number of the year', async () => {
    expect((await platform.http('POST', '/api/v1/invoice-runs', as('admin', { period: plan.unpaidMonth }))).status).toBe(202);
    const drafts = await eventually(
      () => platform.http('GET', '/api/v1/invoices?status=draft', as('admin')),
      (r) => r.body.invoices.length === 3,
      'three drafts',
    );
    const draft = drafts.body.invoices[0];
    const issued = await platform.http('POST', `/api/v1/invoices/${draft.id}/issue`, as('admin'));
    expect(issued.status).toBe(200);
    expect(issued.body.number).toMatch(/^\d{4}-000001$/);
    const future = await platform.http('POST', '/api/v1/invoice-runs', as('admin', { period: '2999-01' }));
    expect(future.status).toBe(422);
    expect(future.body.errors[0]).toMatchObject({ field: 'period', code: 'period-in-future' });
    expect(future.body.detail).toMatch(/has not begun/);
  });
});

describe('the DmfA of the demo quarter', () => {
  it('refuses a malformed, an open and an empty quarter, and writes nothing', async () => {
    const tries = [
      ['2026-Q5', 400, 'invalid-quarter'],
      ['2999-Q1', 422, 'quarter-not-closed'],
      ['2004-Q1', 422, 'no-payslips'],
    ] as const;
    for (const [q, status, code] of tries) {
      const answer = await platform.http('POST', '/api/v1/declarations/dmfa', as('admin', { quarter: q }));
      expect(answer.status).toBe(status);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.errors[0]).toMatchObject({ field: 'quarter', code });
    }
    expect(await platform.db.query('select quarter from dmfa_declaration')).toEqual([]);
  });

  it('is built from the paid payslips, validates against the ONSS schema and equals them to the cent', async () => {
    const started = await platform.http('POST', '/api/v1/declarations/dmfa', as('admin', { quarter }));
    expect(started.status).toBe(202);
    const ready = await dmfaUntil((s) => s !== 'building', 'built');
    expect(ready.body.status).toBe('ready');
    expect(ready.body.validation).toMatchObject({ valid: true });
    const xml = await fetch(`${platform.baseUrl}/api/v1/declarations/dmfa/${quarter}/xml`, { headers: { authorization: `Bearer ${tokens.admin}` } });
    const schema = await validateAgainstXsd(await xml.text(), `${FORMATS_DIR}/dmfa/DmfAOriginal_20223.xsd`);
    expect(schema.errors).toEqual([]);
    const paid = await platform.db.query<{ worker_id: string; gross: number }>(
      `select worker_id, sum(gross_cents)::int as gross from payslip where period = any($1) group by worker_id`,
      [monthsOfQuarter(quarter)],
    );
    expect(paid).toHaveLength(3);
    const declared = new Map(
      ready.body.workers.map((w: { workerId: string; current: { remunerationCents: number } }) => [w.workerId, w.current.remunerationCents]),
    );
    for (const row of paid) expect(declared.get(row.worker_id)).toBe(row.gross);
  });

  it('a rejected worker becomes an admin task; the corrected version is acknowledged; versions are listed', async () => {
    const before = await dmfa();
    const rejected = before.body.workers[1];
    expect(
      (
        await platform.http(
          'POST',
          '/api/v1/sandbox/onss/dmfa-rejections',
          as('admin', { workerId: rejected.workerId, reason: 'INSS unknown to the Crossroads Bank' }),
        )
      ).status,
    ).toBe(201);
    expect((await platform.http('POST', `/api/v1/declarations/dmfa/${quarter}/submission`, as('admin', {}))).status).toBe(202);
    await dmfaUntil((s) => s === 'anomalies', 'anomalies');
    // The answer is recorded first, then the workflow raises the task.
    const alerts = await eventually(
      () => platform.db.query<{ worker_id: string; message: string }>(`select worker_id, message from alert where kind = 'dmfa-anomaly'`),
      (rows) => rows.length > 0,
      'the anomaly task',
    );
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.worker_id).toBe(rejected.workerId);
    expect(alerts[0]!.message).toContain(rejected.workerCode);
    const again = await platform.http('POST', `/api/v1/declarations/dmfa/${quarter}/submission`, as('admin', {}));
    expect(again.status).toBe(422);

    expect(
      (await platform.http('POST', `/api/v1/declarations/dmfa/${quarter}/corrections`, as('admin', { reason: 'INSS checked with the worker' }))).status,
    ).toBe(201);
    await dmfaUntil((s) => s === 'ready', 'v2 ready');
    expect((await platform.http('POST', `/api/v1/declarations/dmfa/${quarter}/submission`, as('admin', {}))).status).toBe(202);
    const done = await dmfaUntil((s) => s === 'acknowledged', 'acknowledged');
    expect(done.body.versions.map((v: { version: number; status: string }) => [v.version, v.status]).sort()).toEqual([
      [1, 'anomalies'],
      [2, 'acknowledged'],
    ]);
    const files = await platform.db.query<{ n: number }>(
      `select count(distinct file_name)::int as n from dmfa_declaration_version where quarter = $1 and sent_at is not null`,
      [quarter],
    );
    expect(files[0]!.n).toBe(2);
  });

  it('once acknowledged, refuses a second sending with the rule and builds a modification on request', async () => {
    const send = await platform.http('POST', `/api/v1/declarations/dmfa/${quarter}/submission`, as('admin', {}));
    expect(send.status).toBe(422);
    expect(send.body.code).toBe('already-sent');
    const noReason = await platform.http('POST', `/api/v1/declarations/dmfa/${quarter}/corrections`, as('admin', { reason: ' ' }));
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const modified = await platform.http(
      'POST',
      `/api/v1/declarations/dmfa/${quarter}/corrections`,
      as('admin', { reason: 'A regularisation paid after the answer' }),
    );
    expect(modified.status).toBe(201);
    expect(modified.body.version).toBe(3);
    const ready = await dmfaUntil((s) => s === 'ready', 'v3 ready');
    expect(ready.body.currentVersion).toBe(3);
    expect(ready.body.versions.find((v: { version: number }) => v.version === 2).status).toBe('acknowledged');
    expect((await platform.http('POST', `/api/v1/declarations/dmfa/${quarter}/submission`, as('admin', {}))).status).toBe(202);
    await dmfaUntil((s) => s === 'acknowledged', 'v3 acknowledged');
  });
});
