import { SIGN_IN_HASH_KINDS } from '../../domain/access/sign-in-identifiers';

/**
 * Every encrypted column of the database, and every keyed-hash index computed from one. The
 * field cipher accepts only a binding to a column listed here (a type check), and the rotation
 * command (`scripts/crypto-rotate.ts`) walks exactly this list: a new encrypted column is added
 * here or it does not compile.
 *
 * `key` lists the primary-key columns; the row id a value is bound to is their text joined by
 * ":" (see `idempotentRequestId`). `bytes` columns hold stored documents (bytea). A `hashes` entry says which hash column is the keyed hash of which
 * encrypted column's clear value, under which kind; the clear values are stored already
 * normalised, so rehashing them gives the hash the application computes.
 * (sign_in_code.code_hash is keyed too, but its clear code is never stored: the codes live ten
 * minutes, so they are left to expire and verified with the previous hash key meanwhile.)
 */
export const ENCRYPTED_COLUMNS = {
  worker: {
    key: ['id'],
    text: [
      'contact_email_cipher',
      'contact_phone_cipher',
      'national_number_cipher',
      'birth_data_cipher',
      'address_cipher',
      'iban_cipher',
      'permit_number_cipher',
    ],
    hashes: [{ column: 'national_number_hash', from: 'national_number_cipher', kind: 'niss' }],
  },
  user_account: {
    key: ['id'],
    text: ['email_cipher', 'phone_cipher'],
    hashes: [
      { column: 'email_hash', from: 'email_cipher', kind: SIGN_IN_HASH_KINDS.email },
      { column: 'phone_hash', from: 'phone_cipher', kind: SIGN_IN_HASH_KINDS.phone },
    ],
  },
  bank_payment: {
    key: ['id'],
    text: ['counterparty_iban_cipher'],
    hashes: [{ column: 'counterparty_iban_hash', from: 'counterparty_iban_cipher', kind: 'iban' }],
  },
  coaching_session: { key: ['id'], text: ['next_steps_cipher'], hashes: [] },
  dimona_declaration: { key: ['id'], text: ['payload_cipher'], hashes: [] },
  dmfa_declaration_version: { key: ['id'], text: ['xml_cipher'], hashes: [] },
  idempotent_request: { key: ['caller', 'key'], text: ['answer_cipher'], hashes: [] },
  life_domain_score: { key: ['id'], text: ['note_cipher'], hashes: [] },
  milestone: { key: ['id'], text: ['evidence_cipher'], hashes: [] },
  payslip_draft: { key: ['id'], text: ['tax_situation_cipher', 'iban_cipher'], hashes: [] },
  payslip: { key: ['id'], text: ['tax_situation_cipher', 'iban_cipher'], hashes: [] },
  trajectory_event: { key: ['id'], text: ['note_cipher'], hashes: [] },
  worker_tax_situation: { key: ['id'], text: ['situation_cipher'], hashes: [] },
  stored_document: { key: ['id'], bytes: ['content_cipher'], hashes: [] },
} as const;

type Columns = typeof ENCRYPTED_COLUMNS;
export type EncryptedTable = keyof Columns;
export type EncryptedColumn<T extends EncryptedTable> =
  | (Columns[T] extends { text: readonly (infer C)[] } ? C : never)
  | (Columns[T] extends { bytes: readonly (infer C)[] } ? C : never);

/** The row id of idempotent_request, the one table whose key has two parts (the caller is a uuid, of fixed length). */
export const idempotentRequestId = (caller: string, key: string) => `${caller}:${key}`;
