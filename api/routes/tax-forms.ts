import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../../db/audit';
import { readPayslipsPaidIn } from '../../db/declaration-payslips';
import { StoredDocument } from '../../db/entities';
import { taxForm28110 } from '../../domain/declarations/tax-form-281-10';
import { processIds } from '../../domain/process-ids';
import { lastDayOfMonth } from '../../domain/time/dates';
import { taxForm28110Workflow } from '../../workflows/tax-forms';
import { problems } from '../http/problem';
import { EXAMPLE_IDS } from '../http/examples';
import { defineRoute } from '../http/route';
import { todayInBrussels } from '../workers/clock';
import { findVisibleWorker } from '../workers/worker-records';
import { storedDocumentContent } from '../../platform/crypto/field-cipher';

const params = z.object({ workerId: z.uuid(), year: z.coerce.number().int().min(2021).max(2100).meta({ description: 'The income year' }) });
const taxFormView = z
  .object({
    year: z.number().int(),
    workerId: z.string(),
    workerCode: z.string(),
    payslipCount: z.number().int(),
    months: z.array(z.string()),
    grossCents: z.number().int(),
    personalContributionsCents: z.number().int(),
    socialWorkBonusCents: z.number().int(),
    taxableRemunerationCents: z.number().int(),
    withholdingTaxCents: z.number().int(),
    fiscalWorkBonusCents: z.number().int(),
    specialSocialSecurityContributionCents: z.number().int(),
    dueDate: z.string(),
  })
  .meta({
    id: 'TaxForm28110',
    description: 'The data of the 281.10; the Belcotax XML waits for its schema',
    example: {
      year: 2026,
      workerId: EXAMPLE_IDS.worker,
      workerCode: 'W-7QK2MD',
      payslipCount: 2,
      months: ['2026-11', '2026-12'],
      grossCents: 429000,
      personalContributionsCents: 56070,
      socialWorkBonusCents: 21628,
      taxableRemunerationCents: 394558,
      withholdingTaxCents: 26674,
      fiscalWorkBonusCents: 7670,
      specialSocialSecurityContributionCents: 1684,
      dueDate: '2027-02-28',
    },
  });

export const taxFormRoute = defineRoute({
  method: 'get',
  path: '/workers/{workerId}/tax-forms/281-10/{year}',
  summary: "A worker's 281.10 data for an income year",
  description: 'Summed from the finalised payslips paid that year.',
  operationId: 'getTaxForm28110',
  tags: ['Declarations'],
  changes: 'Changes nothing.',
  access: { worker: 'their own only' },
  roles: ['admin', 'worker'],
  request: { params },
  authorize: ({ params: p, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, p.workerId),
  responses: { 200: { description: 'The form’s data', schema: taxFormView }, 404: { description: 'No such worker, or not yours' } },
  handler: async ({ params: p, scope: worker, deps }) => {
    const form = taxForm28110({
      year: p.year,
      workerId: worker.id,
      workerCode: worker.code,
      payslips: await readPayslipsPaidIn(deps.orm.em.fork(), p.year, worker.id),
    });
    return { status: 200, body: { ...form, dueDate: lastDayOfMonth(`${p.year + 1}-02`) } };
  },
});

export const issueTaxFormRoute = defineRoute({
  method: 'post',
  path: '/workers/{workerId}/tax-forms/281-10/{year}/documents',
  summary: 'Issue the worker’s 281.10 of a year as a PDF',
  description: 'Once the year is over. A later issue is a new document; issued ones never change.',
  operationId: 'issueTaxForm28110',
  readsEncrypted: true,
  tags: ['Declarations'],
  changes: 'Runs a short workflow that renders the PDF and stores it encrypted and immutable, with its SHA-256; records it in the audit log.',
  roles: ['admin'],
  request: { params },
  authorize: ({ params: p, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, p.workerId),
  responses: {
    201: {
      description: 'Issued',
      schema: z
        .object({ documentId: z.uuid(), url: z.string() })
        .meta({ example: { documentId: EXAMPLE_IDS.document, url: `/api/v1/tax-form-documents/${EXAMPLE_IDS.document}` } }),
    },
    404: { description: 'No such worker' },
    422: { description: 'The year is not over' },
  },
  handler: async ({ params: p, scope: worker, principal, deps, requestId }) => {
    if (p.year >= Number(todayInBrussels().slice(0, 4)))
      throw problems.unprocessable('year-not-over', `The income year ${p.year} is not over yet.`, [
        { field: 'year', code: 'year-not-over', message: 'Issue the form once the year is over.' },
      ]);
    const documentId = randomUUID();
    await deps.temporal.workflow.execute(taxForm28110Workflow, {
      workflowId: processIds.taxForm(documentId),
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      args: [
        { documentId, workerId: worker.id, year: p.year, issuedOn: todayInBrussels(), actor: { userId: principal!.userId, role: principal!.role }, requestId },
      ],
    });
    const url = `/api/v1/tax-form-documents/${documentId}`;
    return { status: 201, body: { documentId, url }, headers: { Location: url } };
  },
});

export const taxFormDocumentRoute = defineRoute({
  method: 'get',
  path: '/tax-form-documents/{documentId}',
  summary: 'Download an issued 281.10 PDF',
  description: 'It names the worker’s national number.',
  operationId: 'downloadTaxForm28110',
  readsEncrypted: true,
  tags: ['Declarations'],
  changes: 'Records the read in the worker’s access log; nothing else.',
  access: { worker: 'their own only' },
  roles: ['admin', 'worker'],
  request: { params: z.object({ documentId: z.uuid() }) },
  authorize: async ({ params: p, principal, deps }) => {
    const em = deps.orm.em.fork();
    const document = await em.findOne(StoredDocument, { id: p.documentId, kind: 'tax-form-281-10' });
    if (!document?.workerId) throw problems.notFound('document');
    await findVisibleWorker(em, principal, document.workerId);
    return document;
  },
  responses: {
    200: { description: 'PDF', contentType: 'application/pdf', schema: z.string().meta({ format: 'binary' }) },
    404: { description: 'No such document, or not yours' },
  },
  handler: async ({ scope: document, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    recordAudit(em, {
      actor: principal!,
      action: 'worker.tax-form-read',
      subjectType: 'worker',
      subjectId: document.workerId!,
      workerId: document.workerId,
      requestId,
      details: { documentId: document.id },
    });
    await em.flush();
    return {
      status: 200,
      file: deps.cipher.decryptBytes(document.contentCipher, storedDocumentContent(document.id)),
      contentType: document.contentType,
      fileName: document.fileName,
    };
  },
});
