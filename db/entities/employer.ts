import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** A client company that takes the cooperative's workers (the "user company"). */
export const Employer = defineEntity({
  name: 'Employer',
  tableName: 'employer',
  properties: (p) => ({
    id: p.uuid().primary(),
    legalName: p.string().length(200),
    enterpriseNumber: p.string().length(10).unique(),
    onssNumber: p.string().length(20).nullable(),
    sector: p.string().length(20),
    jointCommittee: p.string().length(10),
    address: p.json<{ street: string; houseNumber: string; postalCode: string; city: string; country: string }>().nullable(),
    invoicingEmail: p.string().length(254).nullable(),
    peppolId: p.string().length(60).nullable(),
    /** The language the cooperative writes to this employer in (its contacts' messages, unless a contact chose another). */
    language: p.string().length(2).default('fr'),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type IEmployer = InferEntity<typeof Employer>;
