import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { payslipColumns } from './payslip-columns';

/**
 * A payslip computed for a run's preview. Replaced when the run is computed again (after a
 * rejection); once the run is approved, each draft is issued as the payslip of the same id.
 */
export const PayslipDraft = defineEntity({
  name: 'PayslipDraft',
  tableName: 'payslip_draft',
  properties: (p) => ({
    id: p.uuid().primary(),
    /** `<runId>:<contractId>:regular` or `<runId>:<contractId>:regularisation:<correctedPayslipId>`. */
    draftKey: p.string().length(200).unique(),
    ...payslipColumns(p),
  }),
});
export type IPayslipDraft = InferEntity<typeof PayslipDraft>;
