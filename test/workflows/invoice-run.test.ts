import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createInvoiceDelivery } from '../../activities/gateways/invoice-delivery';
import { createPeppolSandbox } from '../../activities/gateways/peppol-sandbox';
import { addDays, monthOf } from '../../domain/time/dates';
import { isoWeekOfDate, mondayOfIsoWeek } from '../../domain/time/iso-week';
import { invoiceRunStateQuery, invoiceRunWorkflow, issueInvoiceUpdate, paymentRecordedSignal } from '../../workflows/invoice-run';
import { insertApprovedWeek, insertBillableEmployer } from '../support/invoicing-fixtures';
import { workflowSuite } from '../support/workflow-suite';

const suite = workflowSuite();
const admin = { userId: randomUUID(), role: 'admin' as const };

/** A billed week, its run issued today; `fn` moves the clock and pays (or not). */
async function issuedInvoiceScenario(
  fn: (ctx: {
    handle: ReturnType<typeof suite.env.client.workflow.getHandle>;
    invoiceId: string;
    dueDate: string;
    totalCents: number;
    today: string;
  }) => Promise<void>,
) {
  const today = await suite.today();
  const week = isoWeekOfDate(addDays(today, -7));
  const period = monthOf(addDays(mondayOfIsoWeek(week), 3));
  const employer = await insertBillableEmployer(suite.db);
  await insertApprovedWeek(suite.db, employer.placementId, week, { regular: 1800 });
  const workflowId = `invoice:${employer.employerId}:${period}`;
  const clock = () => new Date();
  const fakes = {
    invoicing: {
      iban: 'BE68539007547034',
      bic: 'GKCCBEBB',
      delivery: createInvoiceDelivery({
        peppol: createPeppolSandbox({ orm: suite.db.orm, answerDelayMs: 0, clock }),
        mailer: { send: async (mail) => ({ messageId: mail.idempotencyKey }) },
      }),
    },
  };
  await suite.withWorker({ fakes, leftovers: () => [workflowId] }, async (taskQueue) => {
    const handle = await suite.env.client.workflow.start(invoiceRunWorkflow, {
      taskQueue,
      workflowId,
      args: [{ employerId: employer.employerId, period, today }],
    });
    let state = await handle.query(invoiceRunStateQuery);
    for (let i = 0; i < 50 && state.documents.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = await handle.query(invoiceRunStateQuery);
    }
    const invoiceId = state.documents[0]!.invoiceId;
    await expect(handle.executeUpdate(issueInvoiceUpdate, { args: [{ invoiceId: randomUUID(), issueDate: today, actor: admin }] })).rejects.toMatchObject({
      cause: { details: [[expect.objectContaining({ code: 'not-in-run' })]] },
    });
    await handle.executeUpdate(issueInvoiceUpdate, { args: [{ invoiceId, issueDate: today, actor: admin }] });
    const [row] = await suite.db.query<{ due_date: string; total_cents: number }>('select due_date, total_cents from invoice where id = $1', [invoiceId]);
    await fn({ handle, invoiceId, dueDate: row!.due_date, totalCents: row!.total_cents, today });
  });
}

const reminders = async (invoiceId: string) =>
  suite.db.query<{ kind: string; sent_on: string; interest_cents: number; lump_sum_cents: number }>(
    'select kind, sent_on, interest_cents, lump_sum_cents from invoice_reminder where invoice = $1 order by sent_on',
    [invoiceId],
  );
const daysFrom = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('invoice run workflow', () => {
  it('reminds at +7 and +14 days after the due date, then sends the formal notice at +30 with the legal interest and the 40 € indemnity', async () => {
    await issuedInvoiceScenario(async ({ handle, invoiceId, dueDate, today }) => {
      expect(daysFrom(today, dueDate)).toBe(30);
      await suite.env.sleep(`${daysFrom(today, dueDate) + 6} days`);
      await handle.query(invoiceRunStateQuery);
      expect(await reminders(invoiceId)).toEqual([]);
      await suite.env.sleep('2 days');
      await handle.query(invoiceRunStateQuery);
      expect((await reminders(invoiceId)).map((r) => [r.kind, r.sent_on])).toEqual([['friendly-reminder', addDays(dueDate, 7)]]);
      await suite.env.sleep('23 days');
      await handle.query(invoiceRunStateQuery);
      const sent = await reminders(invoiceId);
      expect(sent.map((r) => [r.kind, r.sent_on])).toEqual([
        ['friendly-reminder', addDays(dueDate, 7)],
        ['second-reminder', addDays(dueDate, 14)],
        ['formal-notice', addDays(dueDate, 30)],
      ]);
      expect(sent[2]!.interest_cents).toBeGreaterThan(0);
      expect(sent[2]!.lump_sum_cents).toBe(4000);
      const notices = await suite.db.query<{ kind: string; body: string }>(
        `select kind, body from notification where kind like 'invoice-%' order by created_at`,
      );
      expect(notices.map((n) => n.kind)).toEqual(expect.arrayContaining(['invoice-friendly-reminder', 'invoice-second-reminder', 'invoice-formal-notice']));
      expect(notices.find((n) => n.kind === 'invoice-formal-notice')!.body).toContain('loi du 2 août 2002');
      // The amounts stay in the employer's space: a message never carries one (issue 14.2).
      for (const n of notices) expect(n.body).not.toMatch(/EUR|€|\d+[.,]\d{2}\b/);
      expect((await handle.query(invoiceRunStateQuery)).documents[0]).toMatchObject({
        delivery: 'delivered',
        reminders: ['friendly-reminder', 'second-reminder', 'formal-notice'],
      });
    });
  });

  it('stops every step the moment the invoice is paid, and the run ends', async () => {
    await issuedInvoiceScenario(async ({ handle, invoiceId, dueDate, today, totalCents }) => {
      await suite.env.sleep(`${daysFrom(today, dueDate) + 8} days`);
      await handle.query(invoiceRunStateQuery);
      expect((await reminders(invoiceId)).map((r) => r.kind)).toEqual(['friendly-reminder']);
      // The bank import's effect: a payment allocated, the invoice paid, its run told.
      await suite.db.query(
        `insert into payment_allocation (id, invoice, payment, credit_note, amount_cents, booking_date, created_at) values ($1, $2, $3, null, $4, $5, now())`,
        [randomUUID(), invoiceId, randomUUID(), totalCents, addDays(dueDate, 9)],
      );
      await suite.db.query(`update invoice set status = 'paid', paid_at = now() where id = $1`, [invoiceId]);
      await handle.signal(paymentRecordedSignal, { invoiceId });
      expect(await handle.result()).toBe('settled');
      await suite.env.sleep('40 days');
      expect((await reminders(invoiceId)).map((r) => r.kind)).toEqual(['friendly-reminder']);
    });
  });
});
