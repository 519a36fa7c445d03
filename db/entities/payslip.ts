import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { payslipColumns } from './payslip-columns';

/**
 * An issued payslip: immutable (a database trigger refuses any change or deletion), numbered
 * within its period, with its PDF. A correction is a regularisation payslip in a later run that
 * refers to this one.
 */
export const Payslip = defineEntity({
  name: 'Payslip',
  tableName: 'payslip',
  indexes: [{ properties: ['period'] }],
  properties: (p) => ({
    id: p.uuid().primary(),
    /** `<period>:<contractId>:regular` or `<period>:<contractId>:regularisation:<correctedPayslipId>`: paid once. */
    businessKey: p.string().length(200).unique(),
    number: p.string().length(20).unique(),
    documentId: p.uuid().nullable(),
    documentSha256: p.string().length(64).nullable(),
    language: p.string().length(2),
    paymentDate: p.date(),
    issuedAt: p.datetime(),
    ...payslipColumns(p),
  }),
});
export type IPayslip = InferEntity<typeof Payslip>;
