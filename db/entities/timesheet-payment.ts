import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * Which payslip paid which approved timesheet version for which month: a week that straddles two
 * months is paid by two payslips. A version approved after its month's run (late, or a
 * correction) has no row for that month yet: the next run regularises it. Insert-only.
 */
export const TimesheetPayment = defineEntity({
  name: 'TimesheetPayment',
  tableName: 'timesheet_payment',
  properties: (p) => ({
    timesheetId: p.uuid().primary(),
    period: p.string().length(7).primary(),
    payslipId: p.uuid().index(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
  primaryKeys: ['timesheetId', 'period'],
});
export type ITimesheetPayment = InferEntity<typeof TimesheetPayment>;
