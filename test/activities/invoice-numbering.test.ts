import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivities } from '../../activities';
import { freeLine, invoiceTotals, numbered } from '../../domain/invoicing/invoice';
import { isValidStructuredCommunication } from '../../domain/identifiers/structured-communication';
import { Invoice } from '../../db/entities';
import { createLogger } from '../../platform/logger';
import { buildActivityDeps } from '../../worker/create-worker';
import { testConfig } from '../support/config';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertBillableEmployer, insertApprovedWeek } from '../support/invoicing-fixtures';
import { fieldCipherFor } from '../../platform/crypto/field-cipher-config';

let db: TestDatabase;
let acts: ReturnType<typeof createActivities>;
const admin = { userId: 'admin-1', role: 'admin' as const };

beforeAll(async () => {
  db = await createTestDatabase();
  const config = testConfig();
  acts = createActivities(buildActivityDeps(config, { orm: db.orm, cipher: fieldCipherFor(config), logger: createLogger('silent'), temporal: {} as Client }));
});
afterAll(() => db?.drop());

/** A draft holding one free line (no hours), as an admin could leave it. */
async function draftWithFreeLine(employerId: string, period: string): Promise<string> {
  const em = db.orm.em.fork();
  const lines = numbered([
    freeLine({ description: 'Frais de dossier', reason: 'convenu', quantity: 1, unitPriceCents: 10_000, vatCategory: 'standard' }, '2026-12-03'),
  ]);
  const totals = invoiceTotals(lines);
  const id = randomUUID();
  em.create(Invoice, {
    id,
    employer: employerId,
    period,
    kind: 'invoice',
    purpose: 'period',
    businessKey: `period:${employerId}:${period}`,
    status: 'draft',
    paymentTermsDays: 30,
    language: 'fr',
    lines,
    vatBreakdown: totals.vatBreakdown,
    lineTotalCents: totals.lineTotalCents,
    vatCents: totals.vatCents,
    totalCents: totals.totalCents,
  });
  await em.flush();
  return id;
}

describe('gapless numbering', () => {
  it('50 invoices issued at once take 50 consecutive numbers of the year, no gap, no duplicate, each with its own OGM', async () => {
    const { employerId } = await insertBillableEmployer(db);
    const drafts: string[] = [];
    for (let i = 0; i < 50; i++)
      drafts.push(await draftWithFreeLine(employerId, `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}`));
    const issued = await Promise.all(drafts.map((invoiceId) => acts.issueInvoice({ invoiceId, issueDate: '2027-01-04', actor: admin })));
    const sequences = issued.map((i) => Number(i.number.slice(5))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(issued.map((i) => i.number)).size).toBe(50);
    const rows = await db.query<{ structured_communication: string }>('select structured_communication from invoice where id = any($1::uuid[])', [drafts]);
    expect(new Set(rows.map((r) => r.structured_communication)).size).toBe(50);
    expect(rows.every((r) => isValidStructuredCommunication(r.structured_communication))).toBe(true);
    expect(await db.query('select series, year, last_number from invoice_sequence')).toEqual([{ series: 'invoice', year: 2027, last_number: 50 }]);
  });

  it('issuing again answers the same number; a refused issue takes no number', async () => {
    const { employerId, placementId } = await insertBillableEmployer(db);
    const invoiceId = await draftWithFreeLine(employerId, '2026-11');
    const first = await acts.issueInvoice({ invoiceId, issueDate: '2026-12-03', actor: admin });
    expect(await acts.issueInvoice({ invoiceId, issueDate: '2026-12-05', actor: admin })).toEqual(first);
    // A draft with nothing left to bill is refused inside the issuing transaction: the counter does not move.
    const { employerId: other } = await insertBillableEmployer(db);
    const empty = randomUUID();
    await db.query(
      `insert into invoice (id, employer_id, period, kind, purpose, business_key, status, payment_terms_days, language, lines, vat_breakdown, line_total_cents, vat_cents, total_cents, created_at, updated_at)
       values ($1, $2, '2026-11', 'invoice', 'period', $3, 'draft', 30, 'fr', '[]', '[]', 0, 0, 0, now(), now())`,
      [empty, other, `period:${other}:2026-11`],
    );
    await expect(acts.issueInvoice({ invoiceId: empty, issueDate: '2026-12-03', actor: admin })).rejects.toThrow(/no approved, unbilled hours/);
    const next = await acts.issueInvoice({ invoiceId: await draftWithFreeLine(other, '2026-10'), issueDate: '2026-12-03', actor: admin });
    expect(Number(next.number.slice(5))).toBe(Number(first.number.slice(5)) + 1);
    void placementId;
  });

  it('an issued invoice is immutable in the database; only its settlement moves on', async () => {
    const { employerId, placementId } = await insertBillableEmployer(db);
    await insertApprovedWeek(db, placementId, '2026-W45', { regular: 600 });
    const [draft] = await acts.prepareInvoiceRun({ employerId, period: '2026-11', today: '2026-12-03' });
    await acts.issueInvoice({ invoiceId: draft!.invoiceId, issueDate: '2026-12-03', actor: admin });
    await expect(db.query('update invoice set total_cents = 1 where id = $1', [draft!.invoiceId])).rejects.toThrow(/immutable/);
    await expect(db.query(`update invoice set lines = '[]' where id = $1`, [draft!.invoiceId])).rejects.toThrow(/immutable/);
    await expect(db.query('delete from invoice where id = $1', [draft!.invoiceId])).rejects.toThrow(/cannot be deleted/);
    await expect(db.query(`update invoice set status = 'draft' where id = $1`, [draft!.invoiceId])).rejects.toThrow(/immutable/);
    await db.query(`update invoice set status = 'paid', paid_at = now() where id = $1`, [draft!.invoiceId]);
    const [week] = await db.query<{ invoice_id: string }>('select invoice_id from timesheet where placement_id = $1', [placementId]);
    expect(week!.invoice_id).toBe(draft!.invoiceId);
    await expect(db.query('update timesheet set invoice_id = null where placement_id = $1', [placementId])).rejects.toThrow(/immutable/);
  });
});
