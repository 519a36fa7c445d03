import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCamt053 } from '../../domain/banking/camt-writer';
import { writeCoda } from '../../domain/banking/coda';
import { validatePeppolFiles } from '../../scripts/lib/peppol-validator';
import { eventually } from '../support/journeys';
import { insertApprovedWeek, insertBillableEmployer, type BillableEmployer } from '../support/invoicing-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * Invoicing end to end over HTTP with the real worker: a month's run gives drafts, an admin adds a
 * line and issues them, the employer downloads the PDF and the UBL (which validate as Peppol BIS 3),
 * bank statements in both formats pay them, and a correction after billing gives a credit note.
 */
let platform: TestPlatform;
let admin: string;
let a: BillableEmployer;
let b: BillableEmployer;
const tokens: Record<string, string> = {};
const invoices: Record<string, { id: string; number: string; totalCents: number; structuredCommunication: string }> = {};
const ublDir = mkdtempSync(join(tmpdir(), 'ubl-e2e-'));
const ublFiles: string[] = [];

beforeAll(async () => {
  platform = await startTestPlatform({ PEPPOL_SANDBOX_ANSWER_DELAY_MS: '0' });
  admin = (await platform.signIn('admin')).token;
  a = await insertBillableEmployer(platform.db, { name: 'Résidence Les Tilleuls ASBL' });
  b = await insertBillableEmployer(platform.db, { name: 'Brasserie du Canal SRL', billRateCents: 3125 });
  await insertApprovedWeek(platform.db, a.placementId, '2026-W45', { regular: 1800, overtime: 120 });
  await insertApprovedWeek(platform.db, a.placementId, '2026-W46', { regular: 1500, sunday: 300 });
  await insertApprovedWeek(platform.db, b.placementId, '2026-W46', { regular: 1200 });
  await insertApprovedWeek(platform.db, b.placementId, '2026-W49', { regular: 600 }); // December: not in November's run
  tokens.a = (await platform.signIn('employer', { employerId: a.employerId })).token;
  tokens.b = (await platform.signIn('employer', { employerId: b.employerId })).token;
});
afterAll(async () => {
  rmSync(ublDir, { recursive: true, force: true });
  await platform?.stop();
});

const drafts = async (employerId: string) =>
  (await platform.http('GET', `/api/v1/invoices?status=draft&employerId=${employerId}`, { token: admin })).body.invoices as Array<{
    id: string;
    totalCents: number;
  }>;
async function saveUbl(invoiceId: string, name: string) {
  const ubl = await eventually(
    () => platform.http('GET', `/api/v1/invoices/${invoiceId}/ubl`, { token: admin }),
    (r) => r.status === 200,
    `the UBL of ${name}`,
  );
  expect(ubl.headers.get('content-type')).toContain('application/xml');
  const file = join(ublDir, `${name}.xml`);
  writeFileSync(file, ubl.body as string);
  ublFiles.push(file);
  return ubl.body as string;
}

describe('a month of invoicing', () => {
  it('a run gives one draft per employer with approved, unbilled hours; the same month again gives the same drafts', async () => {
    const run = await platform.http('POST', '/api/v1/invoice-runs', { token: admin, body: { period: '2026-11' } });
    expect(run.status).toBe(202);
    expect(run.body.runs.map((r: { workflowId: string }) => r.workflowId).sort()).toEqual(
      [`invoice:${a.employerId}:2026-11`, `invoice:${b.employerId}:2026-11`].sort(),
    );
    const [draftA] = await eventually(
      () => drafts(a.employerId),
      (d) => d.length === 1,
      'the draft of A',
    );
    const detail = await platform.http('GET', `/api/v1/invoices/${draftA!.id}`, { token: admin });
    expect(
      detail.body.lines.map((l: { workKind: string; minutes: number; unitPriceCents: number; amountCents: number }) => [
        l.workKind,
        l.minutes,
        l.unitPriceCents,
        l.amountCents,
      ]),
    ).toEqual([
      ['regular', 3300, 2970, 163350],
      ['overtime', 120, 4455, 8910],
      ['sunday', 300, 5940, 29700],
    ]);
    expect(detail.body.lines[0].description).toBe(`aide-soignante — ${a.workerCode} — heures normales (semaines 2026-W45 v1, 2026-W46 v1)`);
    expect(detail.body).toMatchObject({ lineTotalCents: 201960, vatCents: 42412, totalCents: 244372, status: 'draft', number: null });
    const [draftB] = await eventually(
      () => drafts(b.employerId),
      (d) => d.length === 1,
      'the draft of B',
    );
    expect(draftB!.totalCents).toBe(75625); // 20 h × 31.25 € + 21 %

    const again = await platform.http('POST', '/api/v1/invoice-runs', { token: admin, body: { period: '2026-11' } });
    expect(again.status).toBe(202);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await drafts(a.employerId)).map((d) => d.id)).toEqual([draftA!.id]);
    const future = await platform.http('POST', '/api/v1/invoice-runs', { token: admin, body: { period: '2099-01' } });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].field).toBe('period');
  });

  it('an admin adds a free line with its reason; a bad line is refused naming the field; employers do not see drafts', async () => {
    const [draftA] = await drafts(a.employerId);
    const bad = await platform.http('POST', `/api/v1/invoices/${draftA!.id}/lines`, {
      token: admin,
      body: { description: 'Formation', reason: 'x', quantity: -1, unitPriceCents: 100 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['reason', 'quantity']));
    const added = await platform.http('POST', `/api/v1/invoices/${draftA!.id}/lines`, {
      token: admin,
      body: {
        description: 'Formation sécurité incendie',
        reason: 'convenue le 2 novembre',
        quantity: 1,
        unitPriceCents: 25000,
        vatCategory: 'exempt',
        vatExemptionReason: 'Exempt: training, art. 44 §2 4° VAT Code',
      },
    });
    expect(added.status).toBe(200);
    expect(added.body.lines).toHaveLength(4);
    expect(added.body.vatBreakdown.map((v: { code: string; ratePercent: number }) => `${v.code}${v.ratePercent}`)).toEqual(['S21', 'E0']);
    expect((await platform.http('GET', '/api/v1/invoices', { token: tokens.a })).body.invoices).toEqual([]);
    expect((await platform.http('GET', `/api/v1/invoices/${draftA!.id}`, { token: tokens.a })).status).toBe(404);
  });

  it('issued: numbered, OGM, hours marked billed; PDF and UBL for the employer, 404 for another; delivered through Peppol', async () => {
    for (const [key, employer] of [
      ['a', a],
      ['b', b],
    ] as const) {
      const [draft] = await drafts(employer.employerId);
      const issued = await platform.http('POST', `/api/v1/invoices/${draft!.id}/issue`, { token: admin, body: {} });
      expect(issued.status).toBe(200);
      expect(issued.body.number).toMatch(/^\d{4}-\d{6}$/);
      const view = (await platform.http('GET', `/api/v1/invoices/${draft!.id}`, { token: admin })).body;
      invoices[key] = { id: draft!.id, number: issued.body.number, totalCents: view.totalCents, structuredCommunication: view.structuredCommunication };
      expect(view.structuredCommunication.slice(0, 10)).toBe(issued.body.number.replace('-', ''));
    }
    expect(Number(invoices.b!.number.slice(5))).toBe(Number(invoices.a!.number.slice(5)) + 1);
    const again = await platform.http('POST', `/api/v1/invoices/${invoices.a!.id}/issue`, { token: admin, body: {} });
    expect(again.status).toBe(422);

    const weeks = await platform.db.query<{ iso_week: string; invoice_id: string | null }>(
      'select iso_week, invoice_id from timesheet where placement_id = $1 order by iso_week',
      [a.placementId],
    );
    expect(weeks.map((w) => w.invoice_id)).toEqual([invoices.a!.id, invoices.a!.id]);
    const chain = await platform.http('GET', `/api/v1/placements/${a.placementId}/timesheets/2026-W45`, { token: admin });
    expect(chain.status).toBe(200);
    expect(chain.body.chain).toEqual([
      expect.objectContaining({ version: 1, invoice: expect.objectContaining({ number: invoices.a!.number, lineNos: [1, 2] }), payslipId: null }),
    ]);

    const pdf = await eventually(
      () => platform.http('GET', `/api/v1/invoices/${invoices.a!.id}/document`, { token: tokens.a }),
      (r) => r.status === 200,
      'the PDF',
    );
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect((pdf.body as string).startsWith('%PDF-')).toBe(true);
    const ubl = await saveUbl(invoices.a!.id, 'invoice-a');
    expect(ubl).toContain(`<cbc:ID>${invoices.a!.number}</cbc:ID>`);
    await saveUbl(invoices.b!.id, 'invoice-b');
    expect((await platform.http('GET', '/api/v1/invoices', { token: tokens.a })).body.invoices.map((i: { id: string }) => i.id)).toEqual([invoices.a!.id]);
    expect((await platform.http('GET', `/api/v1/invoices/${invoices.a!.id}/ubl`, { token: tokens.a })).status).toBe(200);
    for (const path of ['', '/document', '/ubl'])
      expect((await platform.http('GET', `/api/v1/invoices/${invoices.a!.id}${path}`, { token: tokens.b })).status).toBe(404);

    const delivered = await eventually(
      () => platform.http('GET', `/api/v1/invoices/${invoices.a!.id}`, { token: admin }),
      (r) => r.body.deliveries[0]?.status === 'delivered',
      'the Peppol receipt',
    );
    expect(delivered.body.deliveries).toEqual([{ channel: 'peppol', status: 'delivered', detail: null }]);
  });

  it('a camt.053 and a CODA statement pay by OGM; an unknown credit waits for review; the same statement twice changes nothing; a bad file is refused whole', async () => {
    const camt = writeCamt053({
      version: '02',
      statementId: 'STMT-2026-12-10',
      accountIban: 'BE68539007547034',
      createdAt: '2026-12-10T08:00:00',
      credits: [
        {
          amountCents: invoices.a!.totalCents,
          structuredCommunication: invoices.a!.structuredCommunication,
          debtorName: 'Résidence Les Tilleuls ASBL',
          debtorIban: 'BE71096123456769',
          bookingDate: '2026-12-09',
          reference: 'E1',
        },
      ],
    });
    const paid = await platform.http('POST', '/api/v1/bank-statements', { token: admin, rawBody: camt, headers: { 'content-type': 'application/xml' } });
    expect(paid.status).toBe(201);
    expect(paid.body.matched).toEqual([
      expect.objectContaining({ invoiceId: invoices.a!.id, allocatedCents: invoices.a!.totalCents, creditCents: 0, by: 'structured-communication' }),
    ]);
    expect((await platform.http('GET', `/api/v1/invoices/${invoices.a!.id}`, { token: admin })).body).toMatchObject({ status: 'paid', openCents: 0 });

    const half = Math.floor(invoices.b!.totalCents / 2);
    const coda = writeCoda({
      accountIban: 'BE68539007547034',
      accountHolder: 'TalentCoop SC',
      statementDate: '2026-12-11',
      sequence: 7,
      credits: [
        {
          amountCents: half,
          structuredCommunication: invoices.b!.structuredCommunication,
          counterpartyName: 'Brasserie du Canal',
          counterpartyIban: 'BE32123456789002',
          bookingDate: '2026-12-11',
        },
        { amountCents: 12_345, freeText: 'don', counterpartyName: 'Inconnu', bookingDate: '2026-12-11' },
      ],
    });
    const codaImport = await platform.http('POST', '/api/v1/bank-statements', { token: admin, rawBody: coda, headers: { 'content-type': 'text/plain' } });
    expect(codaImport.status).toBe(201);
    expect(codaImport.body.matched).toHaveLength(1);
    expect(codaImport.body.unmatched).toEqual([expect.objectContaining({ amountCents: 12_345 })]);
    expect((await platform.http('GET', `/api/v1/invoices/${invoices.b!.id}`, { token: admin })).body).toMatchObject({
      status: 'issued',
      openCents: invoices.b!.totalCents - half,
    });

    const counts = async () =>
      (
        await platform.db.query<{ n: string }>(
          'select (select count(*) from bank_statement) + (select count(*) from bank_payment) * 1000 + (select count(*) from payment_allocation) * 1000000 as n',
        )
      )[0]!.n;
    const before = await counts();
    const twice = await platform.http('POST', '/api/v1/bank-statements', { token: admin, rawBody: coda, headers: { 'content-type': 'text/plain' } });
    expect(twice.status).toBe(200);
    expect(twice.body.alreadyImported).toBe(true);
    const broken = coda
      .split('\n')
      .map((line, i) => (i === 2 ? line.slice(0, 100) : line))
      .join('\n');
    const refused = await platform.http('POST', '/api/v1/bank-statements', { token: admin, rawBody: broken, headers: { 'content-type': 'text/plain' } });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.errors).toContainEqual(expect.objectContaining({ field: 'line 3: record', code: 'record-length' }));
    const wrongType = await platform.http('POST', '/api/v1/bank-statements', { token: admin, rawBody: 'x', headers: { 'content-type': 'application/pdf' } });
    expect(wrongType.status).toBe(415);
    expect(await counts()).toBe(before);

    const queue = await platform.http('GET', '/api/v1/payments/unmatched', { token: admin });
    expect(queue.body.payments).toEqual([expect.objectContaining({ amountCents: 12_345, status: 'unmatched' })]);
    const assigned = await platform.http('POST', `/api/v1/payments/${queue.body.payments[0].id}/assignment`, {
      token: admin,
      body: { invoiceId: invoices.b!.id },
    });
    expect(assigned.status).toBe(200);
    expect((await platform.http('GET', '/api/v1/payments/unmatched', { token: admin })).body.payments).toEqual([]);
    const again = await platform.http('POST', `/api/v1/payments/${queue.body.payments[0].id}/assignment`, {
      token: admin,
      body: { invoiceId: invoices.b!.id },
    });
    expect(again.status).toBe(409);

    const receivables = (await platform.http('GET', '/api/v1/receivables', { token: admin })).body;
    const ofB = receivables.employers.find((e: { employerId: string }) => e.employerId === b.employerId);
    expect(ofB).toMatchObject({ openCents: invoices.b!.totalCents - half - 12_345, notYetDueCents: invoices.b!.totalCents - half - 12_345 });
    const ofA = receivables.employers.find((e: { employerId: string }) => e.employerId === a.employerId);
    expect(ofA).toMatchObject({ openCents: 0 });
  });

  it('a correction approved after billing gives a credit note (fewer hours) or a supplement (more) in the next run; an invoice can be credited in full', async () => {
    await insertApprovedWeek(platform.db, a.placementId, '2026-W45', { regular: 1560, overtime: 150 }, 2); // −240 regular, +30 overtime
    await insertApprovedWeek(platform.db, b.placementId, '2026-W46', { regular: 1500 }, 2); // +300 regular
    const run = await platform.http('POST', '/api/v1/invoice-runs', { token: admin, body: { period: '2026-12' } });
    expect(run.status).toBe(202);
    const [creditA] = await eventually(
      () => drafts(a.employerId),
      (d) => d.length === 1,
      'the correction of A',
    );
    const creditView = (await platform.http('GET', `/api/v1/invoices/${creditA!.id}`, { token: admin })).body;
    expect(creditView).toMatchObject({ kind: 'credit-note', purpose: 'correction-credit', correctsInvoiceId: invoices.a!.id });
    expect(creditView.lines.map((l: { workKind: string; minutes: number; amountCents: number }) => [l.workKind, l.minutes, l.amountCents])).toEqual([
      ['regular', 240, 11880],
      ['overtime', -30, -2228],
    ]);
    const issuedCredit = await platform.http('POST', `/api/v1/invoices/${creditA!.id}/issue`, { token: admin, body: {} });
    expect(issuedCredit.body.number).toMatch(/^\d{4}-C\d{5}$/);
    await saveUbl(creditA!.id, 'credit-note-correction');

    const drafted = await eventually(
      () => drafts(b.employerId),
      (d) => d.length === 2,
      'the supplement and the December invoice of B',
    );
    const views = await Promise.all(drafted.map(async (d) => (await platform.http('GET', `/api/v1/invoices/${d.id}`, { token: admin })).body));
    const supplement = views.find((v) => v.purpose === 'supplement')!;
    expect(supplement).toMatchObject({ kind: 'invoice', correctsInvoiceId: invoices.b!.id, lineTotalCents: 15625 });
    expect(views.find((v) => v.purpose === 'period')!.lines[0].weeks).toEqual([expect.objectContaining({ isoWeek: '2026-W49' })]);
    await platform.http('POST', `/api/v1/invoices/${supplement.id}/issue`, { token: admin, body: {} });
    await saveUbl(supplement.id, 'supplement');
    const chain = await platform.http('GET', `/api/v1/placements/${b.placementId}/timesheets/2026-W46`, { token: admin });
    expect(chain.body.chain.map((c: { version: number; invoice: { id: string } }) => [c.version, c.invoice.id])).toEqual([
      [1, invoices.b!.id],
      [2, supplement.id],
    ]);

    const noReason = await platform.http('POST', `/api/v1/invoices/${supplement.id}/credit-note`, { token: admin, body: { reason: '' } });
    expect(noReason.status).toBe(400);
    const full = await platform.http('POST', `/api/v1/invoices/${supplement.id}/credit-note`, { token: admin, body: { reason: 'Heures facturées deux fois' } });
    expect(full.status).toBe(201);
    expect(full.body).toMatchObject({ kind: 'credit-note', purpose: 'full-credit', status: 'issued' });
    expect((await platform.http('GET', `/api/v1/invoices/${supplement.id}`, { token: admin })).body).toMatchObject({ status: 'credited', openCents: 0 });
    await saveUbl(full.body.invoiceId, 'credit-note-full');

    // What refers to an invoice: its credit note for the admin and its own employer; nothing for another employer.
    const referring = (token: string) =>
      platform.http('GET', `/api/v1/invoices?correctsInvoiceId=${supplement.id}`, { token }).then((r) => r.body.invoices.map((i: { id: string }) => i.id));
    expect(await referring(admin)).toEqual([full.body.invoiceId]);
    expect(await referring(tokens.b!)).toEqual([full.body.invoiceId]);
    expect(await referring(tokens.a!)).toEqual([]);
    expect((await platform.http('GET', '/api/v1/invoices?correctsInvoiceId=not-an-id', { token: admin })).status).toBe(400);
  });

  it('every UBL the engine produced passes the UBL 2.1 schema and both Schematron files without a fatal assertion', async () => {
    const results = await validatePeppolFiles(ublFiles);
    expect(results).toHaveLength(4 + 1);
    for (const r of results) expect({ file: r.file, xsdErrors: r.xsdErrors, fatal: r.fatal }).toEqual({ file: r.file, xsdErrors: [], fatal: [] });
  }, 180_000);
});
