/**
 * A stored encrypted value that cannot be read where it is: copied from another row or column,
 * altered, of a key no longer in the keyring, or refused in a format no longer accepted. Named by
 * its place (table, column, row id — opaque), never by its value, so the words may go into logs,
 * alerts, failures and histories.
 */
export type UnreadableReason = 'altered-or-misplaced' | 'unknown-key' | 'malformed' | 'unbound-format-refused';

export interface UnreadableValue {
  table: string;
  column: string;
  /** The row's primary key as text. */
  id: string;
  reason: UnreadableReason;
}

/**
 * The failure type under which an activity reports an unreadable value. Retrying cannot help
 * (someone must restore or re-record the value): retry policies never retry it, and the
 * workflows decide what it means (alert, wait for a fix).
 */
export const UNREADABLE_VALUE_FAILURE = 'EncryptedFieldError';

/** The alert an unreadable value raises, wherever it is met (a request, a process). */
export const UNREADABLE_VALUE_ALERT_KIND = 'encrypted-field-integrity';

const REASON_WORDS: Record<UnreadableReason, string> = {
  'altered-or-misplaced': 'failed its integrity check: it was altered, or copied from another row or column',
  'unknown-key': 'was encrypted with a key that is not in the keyring',
  malformed: 'is not an encrypted value',
  'unbound-format-refused':
    'is in the v1 format, which is no longer accepted (ENCRYPTION_ACCEPT_V1=false): the key rotation rewrote every value, so this one was planted or restored from before it',
};

/** "the encrypted worker.iban_cipher of row … failed its integrity check: …" — the place and the reason, never the value. */
export function describeUnreadableValue(v: UnreadableValue, keyId?: string): string {
  return `the encrypted ${v.table}.${v.column} of row ${v.id} ${REASON_WORDS[v.reason]}${v.reason === 'unknown-key' && keyId ? ` ("${keyId}")` : ''}`;
}

/** One alert per place and reason, whoever meets it first (200 characters: the alert key's length). */
export function unreadableValueAlertKey(v: UnreadableValue): string {
  return `${UNREADABLE_VALUE_ALERT_KIND}:${v.table}:${v.column}:${v.id}:${v.reason}`.slice(0, 200);
}

/** What an administrator does about it. */
export const UNREADABLE_VALUE_FIX = 'Restore it from a backup or record it again.';
