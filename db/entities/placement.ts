import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Employer } from './employer';
import { EmploymentContract } from './employment-contract';
import { JobRequest } from './job-request';
import { Worker } from './worker';

/** One worker placed with an employer for a job request. Pay and bill rates are fixed here. */
export const Placement = defineEntity({
  name: 'Placement',
  tableName: 'placement',
  properties: (p) => ({
    id: p.uuid().primary(),
    jobRequest: p.manyToOne(JobRequest).mapToPk().index(),
    employer: p.manyToOne(Employer).mapToPk().index(),
    worker: p.manyToOne(Worker).mapToPk().index(),
    contract: p.manyToOne(EmploymentContract).mapToPk().nullable(),
    startDate: p.date(),
    endDate: p.date(),
    payRateCents: p.integer(),
    billingMode: p.string().length(12),
    billingCoefficient: p.decimal('number').precision(6).scale(4).nullable(),
    billRateCents: p.integer(),
    status: p.string().length(20),
    statusReason: p.string().length(500).nullable(),
    endedOn: p.date().nullable(),
    endReason: p.string().length(300).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
});
export type IPlacement = InferEntity<typeof Placement>;
