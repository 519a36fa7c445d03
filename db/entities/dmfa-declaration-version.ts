import { defineEntity, type InferEntity } from '@mikro-orm/core';

export interface StoredDmfaException {
  workerId: string | null;
  field: string;
  code: string;
  message: string;
  blocking: boolean;
}
export interface StoredDmfaAnomaly {
  workerId: string | null;
  workerCode: string | null;
  code: string;
  message: string;
}
export interface StoredNaturalPerson {
  sequenceNbr: number;
  workerId: string;
  workerCode: string;
}

/**
 * One built version of a quarter's DmfA: the XML (encrypted: it holds the workers' INSS), the
 * schema check, the exceptions, the per-worker totals, and what ONSS answered. Unique per
 * (quarter, version); once sent its content can no longer change (a DB trigger), only ONSS's
 * answer is written to it. A correction is a new version.
 */
export const DmfaDeclarationVersion = defineEntity({
  name: 'DmfaDeclarationVersion',
  tableName: 'dmfa_declaration_version',
  uniques: [{ properties: ['quarter', 'version'] }],
  properties: (p) => ({
    id: p.uuid().primary(),
    quarter: p.string().length(7).index(),
    version: p.integer(),
    status: p.string().length(20),
    reason: p.string().length(300),
    requestedBy: p.string().length(60),
    xmlCipher: p.text().nullable(),
    validation: p.json<{ valid: boolean; schema: string; errors: string[] } | null>().nullable(),
    exceptions: p.json<StoredDmfaException[]>(),
    totals: p.json<Record<string, unknown>[]>(),
    naturalPersons: p.json<StoredNaturalPerson[]>(),
    payslipIds: p.json<string[]>(),
    netOwedCents: p.integer(),
    builtAt: p.datetime().onCreate(() => new Date()),
    idempotencyKey: p.string().length(60).unique(),
    fileName: p.string().length(80).nullable(),
    onssReference: p.string().length(60).nullable(),
    sentAt: p.datetime().nullable(),
    sentBy: p.string().length(60).nullable(),
    answeredAt: p.datetime().nullable(),
    anomalies: p.json<StoredDmfaAnomaly[]>(),
  }),
});
export type IDmfaDeclarationVersion = InferEntity<typeof DmfaDeclarationVersion>;
