import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../domain/access/roles';
import { type StoredPayslipLine, wordLine } from '../../domain/payroll';
import { recordAudit } from '../../db/audit';
import { Payslip, StoredDocument, type IPayslip } from '../../db/entities';
import { myPayslipList, payslipDetailView, payslipIdParams } from '../payroll/schemas';
import { problems } from '../http/problem';
import { defineRoute } from '../http/route';
import { storedDocumentContent } from '../../platform/crypto/field-cipher';

/** A worker sees their own payslips; an administrator any; anyone else learns nothing (404). */
async function findVisiblePayslip(em: EntityManager, principal: Principal, payslipId: string): Promise<IPayslip> {
  const payslip = await em.findOne(Payslip, { id: payslipId });
  const visible = payslip && (principal.role === 'admin' || (principal.role === 'worker' && principal.workerId === payslip.workerId));
  if (!visible) throw problems.notFound('payslip');
  return payslip;
}

const summary = (p: IPayslip, correctsNumber: string | null) => ({
  id: p.id,
  number: p.number,
  period: p.regularisesPeriod ?? p.period,
  kind: p.kind as 'regular' | 'regularisation',
  corrects: correctsNumber,
  netCents: p.netCents,
  grossCents: p.grossCents,
  paymentDate: p.paymentDate,
  issuedAt: p.issuedAt.toISOString(),
  documentUrl: `/api/v1/payslips/${p.id}/document`,
});

async function correctedNumbers(em: EntityManager, payslips: IPayslip[]): Promise<Map<string, string>> {
  const ids = payslips.map((p) => p.correctsPayslipId).filter((x): x is string => !!x);
  if (ids.length === 0) return new Map();
  return new Map((await em.find(Payslip, { id: { $in: ids } }, { fields: ['id', 'number'] })).map((p) => [p.id, p.number]));
}

export const myPayslipsRoute = defineRoute({
  method: 'get',
  path: '/me/payslips',
  summary: 'My payslips, newest first',
  description: 'With a link to each PDF; a regularisation names the payslip it corrects.',
  operationId: 'listMyPayslips',
  tags: ['Payslips'],
  changes: 'Changes nothing.',
  access: { worker: 'their own payslips only' },
  roles: ['worker'],
  responses: { 200: { description: 'My payslips', schema: myPayslipList } },
  handler: async ({ principal, deps }) => {
    if (!principal!.workerId) return { status: 200, body: { items: [] } };
    const em = deps.orm.em.fork();
    const payslips = await em.find(Payslip, { workerId: principal!.workerId }, { orderBy: { period: 'desc', issuedAt: 'desc' } });
    const numbers = await correctedNumbers(em, payslips);
    return { status: 200, body: { items: payslips.map((p) => summary(p, p.correctsPayslipId ? (numbers.get(p.correctsPayslipId) ?? null) : null)) } };
  },
});

export const getPayslipRoute = defineRoute({
  method: 'get',
  path: '/payslips/{payslipId}',
  summary: 'A payslip with every line explained',
  description: 'Every line with its plain-language explanation (fr, nl, en). Anyone else gets 404.',
  operationId: 'getPayslip',
  tags: ['Payslips'],
  changes: 'Records the read in the worker’s access log; nothing else.',
  access: { worker: 'their own payslips only' },
  roles: ['admin', 'worker'],
  request: { params: payslipIdParams },
  authorize: ({ params, principal, deps }) => findVisiblePayslip(deps.orm.em.fork(), principal, params.payslipId),
  responses: { 200: { description: 'The payslip', schema: payslipDetailView }, 404: { description: 'No such payslip' } },
  handler: async ({ scope: p, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const numbers = await correctedNumbers(em, [p]);
    recordAudit(em, { actor: principal!, action: 'payslip.read', subjectType: 'payslip', subjectId: p.id, workerId: p.workerId, requestId });
    await em.flush();
    const m = p.minutesByKind;
    const hours = (k: string) => Math.round(((m[k] ?? 0) * 100) / 60) / 100;
    return {
      status: 200,
      body: {
        ...summary(p, p.correctsPayslipId ? (numbers.get(p.correctsPayslipId) ?? null) : null),
        workerId: p.workerId,
        hours: {
          regular: hours('regular'),
          overtime: hours('overtime'),
          night: hours('night'),
          sunday: hours('sunday'),
          publicHoliday: hours('publicHoliday'),
        },
        hourlyWageCents: p.hourlyWageCents,
        lines: (p.lines as StoredPayslipLine[]).map(wordLine),
        totals: p.totals,
        provisional: p.provisional,
        paymentMethod: p.paymentMethod as 'transfer' | 'other',
        ibanLast4: p.ibanLast4 ?? null,
      },
    };
  },
});

export const payslipDocumentRoute = defineRoute({
  method: 'get',
  path: '/payslips/{payslipId}/document',
  summary: 'Download the payslip PDF',
  description: 'In the worker’s language. Anyone else gets 404.',
  operationId: 'downloadPayslipDocument',
  readsEncrypted: true,
  tags: ['Payslips'],
  changes: 'Records the download in the worker’s access log; nothing else.',
  access: { worker: 'their own payslips only' },
  roles: ['admin', 'worker'],
  request: { params: payslipIdParams },
  authorize: ({ params, principal, deps }) => findVisiblePayslip(deps.orm.em.fork(), principal, params.payslipId),
  responses: {
    200: { description: 'PDF', contentType: 'application/pdf', schema: z.string().meta({ format: 'binary' }) },
    404: { description: 'No such payslip' },
  },
  handler: async ({ scope: p, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const document = p.documentId ? await em.findOne(StoredDocument, { id: p.documentId }) : null;
    if (!document) throw problems.notFound('payslip document');
    recordAudit(em, { actor: principal!, action: 'payslip.document-read', subjectType: 'payslip', subjectId: p.id, workerId: p.workerId, requestId });
    await em.flush();
    return {
      status: 200,
      file: deps.cipher.decryptBytes(document.contentCipher, storedDocumentContent(document.id)),
      contentType: 'application/pdf',
      fileName: document.fileName,
    };
  },
});
