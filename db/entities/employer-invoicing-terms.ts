import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Employer } from './employer';

/** How an employer is invoiced; without a row the defaults apply (30 days, French, Peppol if known, codes only). */
export const EmployerInvoicingTerms = defineEntity({
  name: 'EmployerInvoicingTerms',
  tableName: 'employer_invoicing_terms',
  properties: (p) => ({
    employer: p.oneToOne(Employer).mapToPk().primary(),
    paymentTermsDays: p.integer(),
    language: p.string().length(2),
    /** 'peppol' or 'email'. */
    channel: p.string().length(10),
    /** The employer's contract terms ask for workers' first names on invoices (codes otherwise). */
    showWorkerNames: p.boolean(),
    buyerReference: p.string().length(60).nullable(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
});
export type IEmployerInvoicingTerms = InferEntity<typeof EmployerInvoicingTerms>;
