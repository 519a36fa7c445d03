import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { StoredDocument } from './stored-document';
import { Worker } from './worker';

/** An employment contract between the cooperative and a worker. Signed contracts are never edited. */
export const EmploymentContract = defineEntity({
  name: 'EmploymentContract',
  tableName: 'employment_contract',
  properties: (p) => ({
    id: p.uuid().primary(),
    worker: p.manyToOne(Worker).mapToPk().index(),
    status: p.string().length(30),
    sector: p.string().length(20),
    jobTitle: p.string().length(120),
    jointCommittee: p.string().length(10),
    workerCategory: p.string().length(12),
    hourlyWageCents: p.integer(),
    weeklyHours: p.decimal('number').precision(5).scale(2),
    startDate: p.date(),
    endDate: p.date(),
    language: p.string().length(2),
    document: p.manyToOne(StoredDocument).mapToPk().nullable(),
    signedByWorkerAt: p.datetime().nullable(),
    signedByCooperativeAt: p.datetime().nullable(),
    endedOn: p.date().nullable(),
    endReason: p.string().length(300).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
});
export type IEmploymentContract = InferEntity<typeof EmploymentContract>;
