import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** One thing of a run's preview that needs a person's eye, with a sentence naming the worker's code. */
export const PayrollException = defineEntity({
  name: 'PayrollException',
  tableName: 'payroll_exception',
  properties: (p) => ({
    id: p.uuid().primary(),
    runId: p.uuid().index(),
    round: p.integer(),
    workerId: p.uuid().index(),
    workerCode: p.string().length(12),
    kind: p.string().length(30),
    /** Keeps one exception per cause: `<kind>:<workerId>:<detail>`. */
    exceptionKey: p.string().length(200),
    message: p.string().length(500),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
  uniques: [{ properties: ['runId', 'round', 'exceptionKey'] }],
});
export type IPayrollException = InferEntity<typeof PayrollException>;
