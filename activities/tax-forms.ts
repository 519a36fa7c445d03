import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { recordAudit } from '../db/audit';
import { readPayslipsPaidIn } from '../db/declaration-payslips';
import { StoredDocument, Worker } from '../db/entities';
import type { Actor } from '../domain/access/roles';
import { taxForm28110 } from '../domain/declarations/tax-form-281-10';
import type { CalendarDate } from '../domain/time/dates';
import type { ActivityDeps } from './deps';
import { renderTaxForm28110Pdf } from './documents/tax-form-281-10-pdf';
import { NotFoundError } from './errors';
import { storedDocumentContent } from '../platform/crypto/field-cipher';

export interface IssueTaxFormInput {
  documentId: string;
  workerId: string;
  year: number;
  issuedOn: CalendarDate;
  actor: Actor;
  requestId?: string | null;
}

export const taxFormKey = (workerId: string, year: number, documentId: string) => `tax-form-281-10:${workerId}:${year}:${documentId}`;

export function taxFormActivities({ orm, cipher, cooperative }: ActivityDeps) {
  return {
    /**
     * Renders the worker's 281.10 of a year from the finalised payslips and stores it, encrypted
     * and immutable (stored_document), with its audit entry; a retry stores it once.
     */
    async issueTaxForm28110(input: IssueTaxFormInput): Promise<{ documentId: string }> {
      const businessKey = taxFormKey(input.workerId, input.year, input.documentId);
      if (await orm.em.fork().count(StoredDocument, { businessKey })) return { documentId: input.documentId };
      const em = orm.em.fork();
      const worker = await em.findOne(Worker, { id: input.workerId, erasedAt: null });
      if (!worker) throw new NotFoundError(`worker ${input.workerId}`);
      const form = taxForm28110({
        year: input.year,
        workerId: worker.id,
        workerCode: worker.code,
        payslips: await readPayslipsPaidIn(em, input.year, worker.id),
      });
      const pdf = await renderTaxForm28110Pdf({
        form,
        issuedOn: input.issuedOn,
        employer: { name: cooperative.name, enterpriseNumber: cooperative.enterpriseNumber, address: cooperative.address },
        worker: {
          displayName: worker.displayName,
          nationalNumber: cipher.decryptOptional(worker.nationalNumberCipher, { table: 'worker', column: 'national_number_cipher', id: worker.id }),
        },
      });
      try {
        await orm.em.fork().transactional(async (tx) => {
          tx.create(StoredDocument, {
            id: input.documentId,
            kind: 'tax-form-281-10',
            businessKey,
            workerId: worker.id,
            fileName: `281.10-${input.year}-${worker.code}.pdf`,
            contentType: 'application/pdf',
            language: 'fr',
            contentCipher: cipher.encryptBytes(pdf, storedDocumentContent(input.documentId)),
            sha256: createHash('sha256').update(pdf).digest('hex'),
            sizeBytes: pdf.length,
          });
          recordAudit(tx, {
            actor: input.actor,
            action: 'worker.tax-form-issued',
            subjectType: 'worker',
            subjectId: worker.id,
            workerId: worker.id,
            requestId: input.requestId,
            idempotencyKey: businessKey,
            details: { documentId: input.documentId, year: input.year },
          });
        });
      } catch (err) {
        if (!(err instanceof UniqueConstraintViolationException)) throw err;
      }
      return { documentId: input.documentId };
    },
  };
}
