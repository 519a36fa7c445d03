import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * An issued document (contract PDF, payslip, invoice). The bytes are encrypted with the data key;
 * the SHA-256 of the clear bytes proves it was never changed. Documents are never updated: a
 * later version (the signed contract after its draft) is a new document that names the one it
 * supersedes, and the earlier one stays.
 */
export const StoredDocument = defineEntity({
  name: 'StoredDocument',
  tableName: 'stored_document',
  properties: (p) => ({
    id: p.uuid().primary(),
    kind: p.string().length(40),
    /** The business key: one document of a kind per business object (e.g. `contract:<id>`). */
    businessKey: p.string().length(200).unique(),
    workerId: p.uuid().nullable().index(),
    fileName: p.string().length(200),
    contentType: p.string().length(100),
    language: p.string().length(2).nullable(),
    contentCipher: p.blob(),
    sha256: p.string().length(64),
    sizeBytes: p.integer(),
    /** 1 for a first issue; the next version of the same business object counts on. */
    version: p.integer().default(1),
    /** The earlier version this one replaces as the current one (which stays stored and readable); a version is superseded once. */
    supersedes: p.uuid().nullable().unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type IStoredDocument = InferEntity<typeof StoredDocument>;
