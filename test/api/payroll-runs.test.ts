import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { addMonths, firstDayOfMonth, monthOf } from '../../domain/time/dates';
import { todayInBrussels } from '../../api/workers/clock';
import { FORMATS_DIR, validateAgainstXsd } from '../../platform/xml/xml-schema';
import { eventually } from '../support/journeys';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { insertWeek, workerWithApprovedMonths } from '../support/payroll-fixtures';
import { freshNamespace } from '../support/temporal';

const monthsAgo = (n: number) => monthOf(addMonths(firstDayOfMonth(todayInBrussels()), -n));
const EARLIER = monthsAgo(2);
const LAST = monthsAgo(1);

let platform: TestPlatform;
let admin: string;
let admin2: string;
let workers: Awaited<ReturnType<typeof workerWithApprovedMonths>>[];

async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  return content.items
    .map((i) => ('str' in i ? i.str : ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

async function runUntil(runId: string, status: string) {
  return eventually(
    () => platform.http('GET', `/api/v1/payroll-runs/${runId}`, { token: admin }),
    (r) => r.body.status === status,
    `payroll run ${status}`,
    60_000,
  );
}

beforeAll(async () => {
  platform = await startTestPlatform({ TEMPORAL_NAMESPACE: await freshNamespace() });
  admin = (await platform.signIn('admin')).token;
  admin2 = (await platform.signIn('admin')).token;
  const { db, deps } = { db: platform.db, deps: platform.deps };
  workers = [
    await workerWithApprovedMonths(db, deps.cipher, {
      firstName: 'Amina',
      months: [EARLIER, LAST],
      taxSituation: {
        family: 'single',
        dependentChildren: 1,
        disabledChildren: 0,
        otherDependantsUnder65: 0,
        dependantsAged65OrMore: 0,
        claimsSingleReductions: true,
      },
    }),
    await workerWithApprovedMonths(db, deps.cipher, { firstName: 'Yonas', language: 'nl', months: [EARLIER, LAST], hoursPerDay: 5, taxSituation: null }),
    await workerWithApprovedMonths(db, deps.cipher, {
      firstName: 'Kofi',
      language: 'en',
      iban: null,
      months: [EARLIER, LAST],
      taxSituation: {
        family: 'couple-one-income',
        dependentChildren: 2,
        disabledChildren: 1,
        otherDependantsUnder65: 0,
        dependantsAged65OrMore: 0,
        claimsSingleReductions: false,
      },
    }),
  ];
}, 180_000);
afterAll(async () => platform?.stop());

describe('a monthly payroll run', () => {
  let runId: string;

  it('refuses what cannot be paid, with a problem naming the period, and writes nothing', async () => {
    for (const [period, status, code] of [
      ['2026-13', 400, 'validation-failed'],
      ['last month', 400, 'validation-failed'],
      [monthOf(todayInBrussels()), 422, 'period-not-ended'],
      [monthOf(addMonths(firstDayOfMonth(todayInBrussels()), 2)), 422, 'period-not-ended'],
      [monthsAgo(6), 422, 'nothing-to-pay'],
    ] as const) {
      const res = await platform.http('POST', '/api/v1/payroll-runs', { token: admin, body: { period } });
      expect(res.status, period).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.code).toBe(code);
      expect(JSON.stringify(res.body.errors ?? [])).toContain('period');
    }
    expect(await platform.db.query('select * from payroll_run')).toEqual([]);
  });

  it('collects, computes and previews: totals, per employer, exceptions a person understands', async () => {
    const started = await platform.http('POST', '/api/v1/payroll-runs', { token: admin, body: { period: EARLIER } });
    expect(started.status).toBe(202);
    runId = started.body.id;
    const again = await platform.http('POST', '/api/v1/payroll-runs', { token: admin2, body: { period: EARLIER } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(runId);
    expect(await platform.db.query('select id from payroll_run')).toHaveLength(1);

    const preview = (await runUntil(runId, 'preview')).body;
    expect(preview.progress).toEqual({ done: 3, total: 3 });
    const drafts = await platform.db.query<{ gross_cents: number; net_cents: number; employer_cost_cents: number }>(
      'select gross_cents, net_cents, employer_cost_cents from payslip_draft where run_id = $1',
      [runId],
    );
    expect(drafts).toHaveLength(3);
    const sum = (k: 'gross_cents' | 'net_cents' | 'employer_cost_cents') => drafts.reduce((s, d) => s + d[k], 0);
    expect(preview.totals).toMatchObject({
      workers: 3,
      payslips: 3,
      grossCents: sum('gross_cents'),
      netCents: sum('net_cents'),
      employerCostCents: sum('employer_cost_cents'),
    });
    expect(preview.totalsByEmployer).toHaveLength(3);
    expect(preview.totalsByEmployer.reduce((s: number, e: { totals: { netCents: number } }) => s + e.totals.netCents, 0)).toBe(preview.totals.netCents);
    const kinds = preview.exceptions.map(
      (e: { kind: string; workerId: string }) =>
        `${e.kind}:${e.workerId === workers[1]!.workerId ? 'yonas' : e.workerId === workers[2]!.workerId ? 'kofi' : 'amina'}`,
    );
    expect(kinds).toEqual(expect.arrayContaining(['no-tax-situation:yonas', 'no-iban:kofi']));
    const noIban = preview.exceptions.find((e: { kind: string }) => e.kind === 'no-iban');
    expect(noIban.message).toMatch(/no bank account/);
    expect(JSON.stringify(preview.exceptions)).not.toContain('Kofi');
    expect(preview.approval).toEqual({ allowed: false, reason: expect.stringContaining('cannot approve') });
  });

  it('is approved by a second administrator only, once', async () => {
    const self = await platform.http('POST', `/api/v1/payroll-runs/${runId}/approval`, { token: admin, body: { decision: 'approve' } });
    expect(self.status).toBe(403);
    expect(self.headers.get('content-type')).toContain('application/problem+json');
    expect(self.body.code).toBe('four-eyes');
    const approved = await platform.http('POST', `/api/v1/payroll-runs/${runId}/approval`, { token: admin2, body: { decision: 'approve' } });
    expect(approved.status).toBe(200);
    const twice = await platform.http('POST', `/api/v1/payroll-runs/${runId}/approval`, { token: admin2, body: { decision: 'approve' } });
    expect(twice.status).toBe(200);
    const final = (await runUntil(runId, 'finalised')).body;
    expect(final.approvedAt).toBe(approved.body.approvedAt);
    expect(await platform.db.query(`select id from audit_entry where action = 'payroll-run.approved' and subject_id = $1`, [runId])).toHaveLength(1);
    const payslips = await platform.db.query<{ number: string; id: string }>('select id, number from payslip where run_id = $1 order by number', [runId]);
    expect(payslips.map((p) => p.number)).toEqual([`${EARLIER}-00001`, `${EARLIER}-00002`, `${EARLIER}-00003`]);
    await expect(platform.db.query('update payslip set net_cents = 1 where id = $1', [payslips[0]!.id])).rejects.toThrow(/immutable/);
    await expect(platform.db.query('delete from payslip where id = $1', [payslips[0]!.id])).rejects.toThrow(/immutable/);
    const paid = await platform.db.query(`select count(*)::int as n from timesheet where payslip_id is not null`);
    expect(paid[0]!.n).toBeGreaterThan(0);
  });

  it('gives each worker their payslip, in their language, and nobody else', async () => {
    const amina = await platform.signIn('worker', { workerId: workers[0]!.workerId });
    const yonas = await platform.signIn('worker', { workerId: workers[1]!.workerId });
    const mine = await platform.http('GET', '/api/v1/me/payslips', { token: amina.token });
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ period: EARLIER, kind: 'regular', corrects: null });
    const doc = await platform.http('GET', mine.body.items[0].documentUrl, { token: amina.token });
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-type')).toContain('application/pdf');
    const bytes = new Uint8Array(
      await (await fetch(`${platform.baseUrl}${mine.body.items[0].documentUrl}`, { headers: { authorization: `Bearer ${amina.token}` } })).arrayBuffer(),
    );
    const text = await pdfText(bytes);
    expect(text).toContain('Salaire net');
    expect(text).not.toContain(workers[0]!.niss);
    const stranger = await platform.http('GET', mine.body.items[0].documentUrl, { token: yonas.token });
    expect(stranger.status).toBe(404);
    const detail = await platform.http('GET', `/api/v1/payslips/${mine.body.items[0].id}`, { token: amina.token });
    expect(detail.body.lines.find((l: { code: string }) => l.code === 'REGULAR_HOURS').explanation.fr).toMatch(/heures/);
    const log = await platform.http('GET', '/api/v1/me/access-log', { token: amina.token });
    expect(JSON.stringify(log.body)).toContain('payslip');
    const notices = await platform.db.query<{ subject: string; body: string }>(
      `select subject, body from notification where kind = 'payslip-ready' and recipient_user_id = $1`,
      [yonas.userId],
    );
    expect(notices).toEqual([]); // Yonas's account was created after the run: no message is invented
  });

  it('writes the salary file the bank takes: one transfer per worker paid by transfer, valid against the schema', async () => {
    const res = await fetch(`${platform.baseUrl}/api/v1/payroll-runs/${runId}/sepa-credit-transfer`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    const xml = await res.text();
    const schema = join(FORMATS_DIR, 'iso20022', 'pain.001.001.09.xsd');
    expect(await validateAgainstXsd(xml, schema)).toEqual({ valid: true, errors: [] });
    const transfer = await platform.db.query<{ n: number; total: number }>(
      `select count(*)::int as n, sum(net_cents)::int as total from payslip where run_id = $1 and payment_method = 'transfer'`,
      [runId],
    );
    expect(transfer[0]!.n).toBe(2);
    expect(xml.match(/<NbOfTxs>(\d+)<\/NbOfTxs>/)![1]).toBe('2');
    expect(xml.match(/<CtrlSum>([\d.]+)<\/CtrlSum>/)![1]).toBe((transfer[0]!.total / 100).toFixed(2));
    expect(xml).toContain('<Cd>SALA</Cd>');
    expect(xml.match(/<CdtTrfTxInf>/g)).toHaveLength(2);
  });

  it('pays a correction of a paid month as a regularisation next month, referring to the original', async () => {
    const amina = workers[0]!;
    const original = await platform.db.query<{ id: string; iso_week: string; entries: { date: string; hours: number; kind: string }[] }>(
      `select t.id, t.iso_week, t.entries from timesheet t where t.placement_id = $1 and t.status = 'approved' and exists (select 1 from jsonb_array_elements(t.entries) e where left(e->>'date', 7) = $2) order by t.iso_week limit 1 offset 1`,
      [amina.placementId, EARLIER],
    );
    const v1 = original[0]!;
    const corrected = v1.entries.map((e) => ({ ...e, hours: e.hours + 1 }));
    await platform.db.query(`update timesheet set status = 'superseded' where id = $1`, [v1.id]);
    await insertWeek(platform.db, amina.placementId, v1.iso_week, corrected as never, 'approved', 2, v1.id);

    const next = await platform.http('POST', '/api/v1/payroll-runs', { token: admin2, body: { period: LAST } });
    expect(next.status).toBe(202);
    const preview = (await runUntil(next.body.id, 'preview')).body;
    expect(preview.exceptions.map((e: { kind: string }) => e.kind)).toContain('regularisation');
    const reject = await platform.http('POST', `/api/v1/payroll-runs/${next.body.id}/approval`, {
      token: admin,
      body: { decision: 'reject', reason: 'check the care home hours first' },
    });
    expect(reject.status).toBe(200);
    const again = (await runUntil(next.body.id, 'preview')).body;
    expect(again.round).toBe(2);
    expect(again.rejections).toHaveLength(1);
    await platform.http('POST', `/api/v1/payroll-runs/${next.body.id}/approval`, { token: admin, body: { decision: 'approve' } });
    await runUntil(next.body.id, 'finalised');
    const regs = await platform.db.query<{ gross_cents: number; corrects_payslip_id: string; regularises_period: string }>(
      `select gross_cents, corrects_payslip_id, regularises_period from payslip where run_id = $1 and kind = 'regularisation'`,
      [next.body.id],
    );
    expect(regs).toHaveLength(1);
    const days = corrected.filter((e) => e.date.startsWith(EARLIER)).length;
    expect(regs[0]!.regularises_period).toBe(EARLIER);
    expect(regs[0]!.gross_cents).toBe(days * 1650);
    const originalPayslip = await platform.db.query<{ id: string; worker_id: string }>(
      `select id, worker_id from payslip where run_id = $1 and worker_id = $2`,
      [runId, amina.workerId],
    );
    expect(regs[0]!.corrects_payslip_id).toBe(originalPayslip[0]!.id);
  });
});
