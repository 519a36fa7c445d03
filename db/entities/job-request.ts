import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Employer } from './employer';

/** An employer's request for staff in a shortage occupation. */
export const JobRequest = defineEntity({
  name: 'JobRequest',
  tableName: 'job_request',
  properties: (p) => ({
    id: p.uuid().primary(),
    employer: p.manyToOne(Employer).mapToPk().index(),
    occupation: p.string().length(120),
    sector: p.string().length(20),
    headcount: p.integer(),
    hoursPerWeek: p.decimal('number').precision(5).scale(2),
    startDate: p.date(),
    endDate: p.date(),
    siteAddress: p.json<{ street: string; houseNumber: string; postalCode: string; city: string }>(),
    requiredSkills: p.json<string[]>(),
    requiredLanguages: p.json<string[]>(),
    offeredHourlyWageCents: p.integer(),
    comparableStaffHourlyWageCents: p.integer(),
    status: p.string().length(20),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type IJobRequest = InferEntity<typeof JobRequest>;
