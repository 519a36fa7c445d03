import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_PAYMENT_TERMS_DAYS, vatTreatment } from '../../domain/invoicing/parameters';
import {
  correctionLines,
  hoursLines,
  weekIsBillableBy,
  type CorrectedWeek,
  type InvoiceLanguage,
  type InvoiceLine,
  type PlacementHours,
} from '../../domain/invoicing/invoice';
import { APPROVED } from '../../domain/timesheets/timesheet';
import type { WorkKind } from '../../domain/timesheets/timesheet-entry';
import { Employer, EmployerInvoicingTerms, Invoice, JobRequest, Placement, Timesheet, Worker, type ITimesheet } from '../../db/entities';
import { NotFoundError } from '../errors';

export interface InvoicingTerms {
  paymentTermsDays: number;
  language: InvoiceLanguage;
  channel: 'peppol' | 'email';
  showWorkerNames: boolean;
  buyerReference: string | null;
}

export async function termsOf(em: EntityManager, employerId: string): Promise<InvoicingTerms> {
  const employer = await em.findOne(Employer, { id: employerId });
  if (!employer) throw new NotFoundError(`employer ${employerId}`);
  const terms = await em.findOne(EmployerInvoicingTerms, { employer: employerId });
  return {
    paymentTermsDays: terms?.paymentTermsDays ?? DEFAULT_PAYMENT_TERMS_DAYS,
    language: (terms?.language ?? 'fr') as InvoiceLanguage,
    channel: (terms?.channel ?? (employer.peppolId || employer.enterpriseNumber ? 'peppol' : 'email')) as 'peppol' | 'email',
    showWorkerNames: terms?.showWorkerNames ?? false,
    buyerReference: terms?.buyerReference ?? null,
  };
}

export interface BillableContent {
  /** The period's hours: approved versions never billed, of weeks up to the period. */
  regular: PlacementHours[];
  /** Approved corrections of billed weeks, grouped by the invoice first billed. */
  corrections: Map<string, CorrectedWeek[]>;
}

const minutesOf = (t: ITimesheet) => t.totalsByKind as Partial<Record<WorkKind, number>>;

/**
 * What an employer owes for a period, read from the approved timesheet versions: new weeks, and
 * corrections of weeks already billed (the billed version found through `supersedes`).
 */
export async function billableContent(em: EntityManager, employerId: string, period: string, terms: InvoicingTerms): Promise<BillableContent> {
  const placements = await em.find(Placement, { employer: employerId });
  const ids = placements.map((p) => p.id);
  const regular: PlacementHours[] = [];
  const corrections = new Map<string, CorrectedWeek[]>();
  if (!ids.length) return { regular, corrections };
  const all = await em.find(Timesheet, { placement: { $in: ids } });
  const byId = new Map(all.map((t) => [t.id, t]));
  const workers = new Map(
    (await em.find(Worker, { id: { $in: placements.map((p) => p.worker) } }, { fields: ['id', 'code', 'firstName'] })).map((w) => [w.id, w]),
  );
  const occupations = new Map(
    (await em.find(JobRequest, { id: { $in: placements.map((p) => p.jobRequest) } }, { fields: ['id', 'occupation'] })).map((j) => [j.id, j.occupation]),
  );
  const invoices = new Map<string, { lines: InvoiceLine[]; corrects: string | null }>();
  const invoiceOf = async (id: string) => {
    if (!invoices.has(id)) {
      const row = await em.findOneOrFail(Invoice, { id }, { fields: ['id', 'lines', 'correctsInvoice'] });
      invoices.set(id, { lines: row.lines as InvoiceLine[], corrects: row.correctsInvoice ?? null });
    }
    return invoices.get(id)!;
  };
  const candidates = all.filter((t) => (APPROVED as readonly string[]).includes(t.status) && !t.invoiceId && weekIsBillableBy(t.isoWeek, period));
  for (const p of placements) {
    const worker = workers.get(p.worker);
    const workerLabel = worker ? (terms.showWorkerNames ? `${worker.firstName} (${worker.code})` : worker.code) : p.worker.slice(0, 8);
    const occupation = occupations.get(p.jobRequest) ?? '';
    const fresh: PlacementHours['weeks'] = [];
    for (const t of candidates.filter((c) => c.placement === p.id)) {
      let ancestor = t.supersedes ? byId.get(t.supersedes) : undefined;
      while (ancestor && !ancestor.invoiceId && ancestor.supersedes) ancestor = byId.get(ancestor.supersedes);
      if (!ancestor?.invoiceId) {
        fresh.push({ timesheetId: t.id, isoWeek: t.isoWeek, version: t.version, minutesByKind: minutesOf(t) });
        continue;
      }
      // The rates the billed version was billed at, from the document that billed it.
      const billedIn = await invoiceOf(ancestor.invoiceId);
      const ratesByKind: Partial<Record<WorkKind, number>> = {};
      for (const line of billedIn.lines) {
        if (line.workKind && line.weeks.some((w) => w.timesheetId === ancestor!.id)) ratesByKind[line.workKind] = line.unitPriceCents;
      }
      let root = ancestor.invoiceId;
      for (let guard = 0; guard < 20; guard++) {
        const corrects = (await invoiceOf(root)).corrects;
        if (!corrects) break;
        root = corrects;
      }
      const list = corrections.get(root) ?? [];
      list.push({
        placementId: p.id,
        workerLabel,
        occupation,
        billRateCents: p.billRateCents,
        billed: { timesheetId: ancestor.id, isoWeek: ancestor.isoWeek, version: ancestor.version, minutesByKind: minutesOf(ancestor), ratesByKind },
        corrected: { timesheetId: t.id, isoWeek: t.isoWeek, version: t.version, minutesByKind: minutesOf(t) },
      });
      corrections.set(root, list);
    }
    if (fresh.length) regular.push({ placementId: p.id, workerLabel, occupation, billRateCents: p.billRateCents, weeks: fresh });
  }
  return { regular, corrections };
}

/** The period's hours lines at the VAT of `vatDate`. */
export function regularLines(content: BillableContent, vatDate: string) {
  return hoursLines(content.regular, vatTreatment('standard', vatDate));
}

/** The difference lines of the corrections of one billed invoice. */
export function differenceLines(content: BillableContent, rootInvoiceId: string, vatDate: string) {
  return correctionLines(content.corrections.get(rootInvoiceId) ?? [], vatTreatment('standard', vatDate));
}
