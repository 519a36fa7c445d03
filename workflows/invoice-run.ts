import { allHandlersFinished, condition, defineQuery, defineSignal, defineUpdate, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { RunDocument } from '../activities/invoicing/runs';
import type { Actor } from '../domain/access/roles';
import { validateFreeLine, type FreeLineRequest } from '../domain/invoicing/invoice';
import { REMINDER_LADDER, remainingSteps, reminderDate } from '../domain/invoicing/reminders';
import type { RuleViolation } from '../domain/rule-violation';
import { brusselsDateOf } from '../domain/time/brussels';
import { isCalendarDate } from '../domain/time/dates';
import { NON_RETRYABLE_FAILURES, onceStoredValuesRead, oneAtATime, rejectIfAny, sleepUntilDayOrChange } from './support';

const retry = { maximumInterval: '5 minutes', nonRetryableErrorTypes: NON_RETRYABLE_FAILURES };
const acts = proxyActivities<Activities>({ startToCloseTimeout: '2 minutes', retry });
/** Delivery gives up after half an hour of failures; the workflow then alerts and tries again later. */
const delivery = proxyActivities<Activities>({ startToCloseTimeout: '2 minutes', scheduleToCloseTimeout: '30 minutes', retry });

const SYSTEM: Actor = { userId: 'system', role: 'system' };
const DELIVERY_RETRY_AFTER = '1 hour';
const RECEIPT_POLL = '30 seconds';

export interface InvoiceRunInput {
  employerId: string;
  period: string;
  /** The Brussels day the run was asked for: the VAT date of the drafts. */
  today: string;
  /** Started again only to follow documents up (a credit in full after the run closed): draft nothing new. */
  followUpOnly?: boolean;
}

export interface RunDocumentView extends RunDocument {
  number: string | null;
  delivery: 'not-sent' | 'sent' | 'delivered' | 'rejected' | 'failing';
  reminders: string[];
}
export interface InvoiceRunView {
  employerId: string;
  period: string;
  documents: RunDocumentView[];
}

interface ByActor {
  actor: Actor;
  requestId?: string | null;
}
export interface IssueInvoiceInput extends ByActor {
  invoiceId: string;
  issueDate: string;
}
export interface AddFreeLineInput extends ByActor {
  invoiceId: string;
  line: FreeLineRequest;
  today: string;
}
export interface CreditInFullInput extends ByActor {
  invoiceId: string;
  reason: string;
  issueDate: string;
}

export const invoiceRunStateQuery = defineQuery<InvoiceRunView>('invoiceRunState');
export const issueInvoiceUpdate = defineUpdate<RunDocumentView, [IssueInvoiceInput]>('issueInvoice');
export const addFreeLineUpdate = defineUpdate<RunDocumentView, [AddFreeLineInput]>('addFreeLine');
export const creditInFullUpdate = defineUpdate<RunDocumentView, [CreditInFullInput]>('creditInFull');
/** A payment or credit was recorded for one of the run's invoices: its settlement is read again. */
export const paymentRecordedSignal = defineSignal<[{ invoiceId: string }]>('paymentRecorded');

/**
 * The invoices of one employer for one month (`invoice:<employerId>:<YYYY-MM>`): drafts from the
 * approved, unbilled hours (and the differences of corrections approved after billing), issued by
 * an admin; each issued document is rendered (PDF + UBL), delivered (retried, then alerted), and
 * an invoice climbs the reminder ladder after its due date until it is paid — every step stops
 * the moment it is. The run ends when every document is settled or delivered.
 */
export async function invoiceRunWorkflow(input: InvoiceRunInput): Promise<string> {
  const documents: RunDocumentView[] = [];
  const recheck = new Set<string>();
  let following = 0;
  const view = (): InvoiceRunView => ({ employerId: input.employerId, period: input.period, documents });
  const find = (invoiceId: string) => documents.find((d) => d.invoiceId === invoiceId);
  const adopt = (d: RunDocument): RunDocumentView => {
    const known = find(d.invoiceId);
    if (known) return Object.assign(known, d);
    const fresh: RunDocumentView = { ...d, number: null, delivery: 'not-sent', reminders: [] };
    documents.push(fresh);
    return fresh;
  };
  const inRun = (invoiceId: string, wanted: string[]): RuleViolation[] => {
    const d = find(invoiceId);
    if (!d) return [{ field: 'invoiceId', code: 'not-in-run', message: 'this document is not one of the run' }];
    return wanted.includes(d.status) ? [] : [{ field: 'invoiceId', code: `invoice-${d.status}`, message: `the document is ${d.status}` }];
  };

  // One change at a time: the state is checked again inside, after the validator.
  const serially = oneAtATime();

  const issue = async (invoiceId: string, issueDate: string, by: ByActor) => {
    const issued = await acts.issueInvoice({ invoiceId, issueDate, actor: by.actor, requestId: by.requestId });
    const d = adopt(issued);
    d.number = issued.number;
    void followUp(d);
    return d;
  };

  setHandler(invoiceRunStateQuery, view);
  setHandler(
    issueInvoiceUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(inRun(u.invoiceId, ['draft']));
        return issue(u.invoiceId, u.issueDate, u);
      }),
    {
      validator: (u) =>
        rejectIfAny([
          ...inRun(u.invoiceId, ['draft']),
          ...(isCalendarDate(u.issueDate) ? [] : [{ field: 'issueDate', code: 'invalid-date', message: 'YYYY-MM-DD' }]),
        ]),
    },
  );
  setHandler(
    addFreeLineUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(inRun(u.invoiceId, ['draft']));
        await acts.addFreeLine({
          invoiceId: u.invoiceId,
          line: u.line,
          today: u.today,
          actor: u.actor,
          requestId: u.requestId,
          idempotencyKey: `free-line:${u.invoiceId}:${u.requestId ?? u.line.description}`,
        });
        return find(u.invoiceId)!;
      }),
    { validator: (u) => rejectIfAny([...inRun(u.invoiceId, ['draft']), ...validateFreeLine(u.line)]) },
  );
  setHandler(
    creditInFullUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(inRun(u.invoiceId, ['issued', 'paid']));
        const draft = adopt(await acts.draftFullCredit({ invoiceId: u.invoiceId, reason: u.reason, period: input.period }));
        const credit = draft.status === 'draft' ? await issue(draft.invoiceId, u.issueDate, u) : draft;
        recheck.add(u.invoiceId);
        return credit;
      }),
    {
      validator: (u) =>
        rejectIfAny([
          ...inRun(u.invoiceId, ['issued', 'paid']),
          ...(find(u.invoiceId)?.kind === 'credit-note' ? [{ field: 'invoiceId', code: 'not-creditable', message: 'a credit note is not credited' }] : []),
          ...(u.reason?.trim().length >= 3 ? [] : [{ field: 'reason', code: 'reason-required', message: 'say why the invoice is credited' }]),
        ]),
    },
  );
  setHandler(paymentRecordedSignal, ({ invoiceId }) => void recheck.add(invoiceId));

  /** Render, deliver, then (invoices) the reminder ladder until settled. */
  async function followUp(d: RunDocumentView): Promise<void> {
    following++;
    try {
      await acts.renderInvoiceDocuments({ invoiceId: d.invoiceId });
      await deliver(d);
      if (d.kind === 'invoice') await collect(d);
    } finally {
      following--;
    }
  }

  async function deliver(d: RunDocumentView): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const sent = await onceStoredValuesRead(() => delivery.deliverInvoice({ invoiceId: d.invoiceId }), acts.raiseAlert);
        d.delivery = 'sent';
        for (;;) {
          const receipt = await acts.readInvoiceDelivery({ invoiceId: d.invoiceId, ...sent });
          if (receipt.state === 'delivered') {
            d.delivery = 'delivered';
            return;
          }
          if (receipt.state === 'rejected') {
            d.delivery = 'rejected';
            await acts.raiseAlert({
              key: `invoice-delivery-rejected:${d.invoiceId}`,
              kind: 'invoice-delivery-rejected',
              severity: 'critical',
              subjectType: 'invoice',
              subjectId: d.invoiceId,
              message: `The ${sent.channel} delivery of ${d.number} was rejected: ${receipt.detail ?? 'no reason given'}. Check the employer's invoicing address.`,
            });
            return;
          }
          await sleep(RECEIPT_POLL);
        }
      } catch (err) {
        d.delivery = 'failing';
        await acts.raiseAlert({
          key: `invoice-delivery-failing:${d.invoiceId}:${attempt}`,
          kind: 'invoice-delivery-failing',
          severity: 'warning',
          subjectType: 'invoice',
          subjectId: d.invoiceId,
          message: `${d.number} could not be delivered for 30 minutes (${err instanceof Error ? err.message : 'error'}); trying again in an hour.`,
        });
        await sleep(DELIVERY_RETRY_AFTER);
      }
    }
  }

  /** Waits for payment; an unpaid invoice gets each step of the ladder, and nothing once it is settled. */
  async function collect(d: RunDocumentView): Promise<void> {
    const isSettled = async () => {
      recheck.delete(d.invoiceId);
      const s = await acts.invoiceSettlement({ invoiceId: d.invoiceId });
      d.status = s.status;
      return s.status !== 'issued' || s.openCents <= 0 ? null : s;
    };
    const open = await isSettled();
    if (!open?.dueDate) return;
    const dueDate = open.dueDate;
    for (const step of remainingSteps(dueDate, brusselsDateOf(Date.now()), REMINDER_LADDER)) {
      const day = reminderDate(dueDate, step);
      for (;;) {
        const woke = await sleepUntilDayOrChange(day, () => recheck.has(d.invoiceId));
        if (woke) {
          if (!(await isSettled())) return;
          continue;
        }
        const sent = await acts.sendInvoiceReminder({ invoiceId: d.invoiceId, kind: step.kind, today: day, claimsLatePayment: step.claimsLatePayment });
        if (!sent.sent) return void (await isSettled());
        d.reminders.push(step.kind);
        break;
      }
    }
    // After the formal notice the cooperative's people take over; the run still records the payment.
    for (;;) {
      await condition(() => recheck.has(d.invoiceId));
      if (!(await isSettled())) return;
    }
  }

  for (const d of await acts.prepareInvoiceRun({ employerId: input.employerId, period: input.period, today: input.today, draftNew: !input.followUpOnly })) {
    const adopted = adopt(d);
    if (d.status !== 'draft') void followUp(adopted);
  }
  if (!documents.length) {
    await condition(allHandlersFinished);
    return 'nothing-to-bill';
  }
  await condition(() => documents.every((d) => d.status !== 'draft') && following === 0 && allHandlersFinished());
  return 'settled';
}

export { SYSTEM as INVOICE_RUN_SYSTEM_ACTOR };
