import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Participant } from './participant';

/**
 * One life-domain score of a participant at one measure: baseline (quarter 0), a quarterly
 * midline (1..7) or the endline (8). Unique per participant, quarter and domain, so a retried
 * activity writes it once. The note may touch health or legal situation: encrypted.
 */
export const LifeDomainScore = defineEntity({
  name: 'LifeDomainScore',
  tableName: 'life_domain_score',
  properties: (p) => ({
    id: p.uuid().primary(),
    participant: p.manyToOne(Participant).mapToPk(),
    kind: p.string().length(10),
    quarter: p.smallint(),
    domain: p.string().length(20),
    score: p.smallint(),
    noteCipher: p.text().nullable(),
    recordedOn: p.date(),
    recordedBy: p.string().length(100),
  }),
  uniques: [{ properties: ['participant', 'quarter', 'domain'] }],
});
export type ILifeDomainScore = InferEntity<typeof LifeDomainScore>;
