import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * The DmfA of one quarter (business key: the quarter, 'YYYY-Qn'). Its content lives in its
 * versions (dmfa_declaration_version); this row says where the quarter stands.
 */
export const DmfaDeclaration = defineEntity({
  name: 'DmfaDeclaration',
  tableName: 'dmfa_declaration',
  properties: (p) => ({
    quarter: p.string().length(7).primary(),
    status: p.string().length(20),
    currentVersion: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
});
export type IDmfaDeclaration = InferEntity<typeof DmfaDeclaration>;
