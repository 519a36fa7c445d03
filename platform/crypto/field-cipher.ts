import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { describeUnreadableValue, UNREADABLE_VALUE_FAILURE, type UnreadableReason, type UnreadableValue } from '../../domain/alerts/unreadable-value';
import type { EncryptedColumn, EncryptedTable } from './encrypted-columns';

/**
 * Application-level encryption of personal data (NISS/BIS, IBAN, permit and document numbers,
 * birth data, address, notes, stored documents) before it reaches PostgreSQL. AES-256-GCM.
 *
 * Every value is bound to its place: the GCM associated data is the canonical encoding of
 * (table, column, row id), so a value copied with SQL into another row or another column no
 * longer decrypts — the read fails with an `EncryptedFieldError` that names the place, never the
 * value. The binding is a required argument of every encrypt and decrypt; the table and column
 * are those listed in `encrypted-columns.ts` (checked by the compiler), so the key-rotation
 * command (`npm run crypto:rotate`) knows every column there is.
 *
 * Formats (base64url parts):
 * - text, current: "v2.<keyId>.<iv>.<tag>.<ciphertext>", associated data = binding;
 * - text, legacy:  "v1.<keyId>.<iv>.<tag>.<ciphertext>", no associated data (written before the
 *   binding existed; still read, upgraded by the rotation command);
 * - documents: "v2" (or legacy "v1") + one byte key id length + key id + iv (12) + tag (16) +
 *   ciphertext, the same associated data for v2.
 * v1 values are refused too once ENCRYPTION_ACCEPT_V1=false (after the rotation rewrote them all).
 * Associated data: "talentcoop.field.v2" then, for table, column and id in that order, the
 * UTF-8 length as 4 bytes big-endian followed by the UTF-8 bytes (no separator can be forged).
 * A row's id is its primary key as text; a composite key joins its parts with ":" where all but
 * the last have a fixed length (idempotent_request: "<caller uuid>:<key>").
 *
 * Keys: the key id is stored with the value, so new writes use the active key while values of
 * older keys stay readable until the rotation command has re-encrypted them; then the old key can
 * leave the keyring.
 *
 * Keyed-hash index (exact-match search and uniqueness without the clear value): HMAC-SHA-256 of
 * "<kind>\0<normalised clear value>", stored as "<hashKeyId>.<mac>" — the hash key id is the
 * index's version. Lookups use `blindIndexCandidates`: the current version first, then every
 * previous hash key and the legacy unversioned form (a bare mac), so rows not yet rotated are
 * still found; the rotation command recomputes every index into the current version.
 */
export interface Keyring {
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** Where an encrypted value lives. The compiler only accepts columns listed in encrypted-columns.ts. */
export type FieldBinding = {
  [T in EncryptedTable]: { readonly table: T; readonly column: EncryptedColumn<T>; readonly id: string };
}[EncryptedTable];

/** The bindings of one row: `const w = fieldsOf('worker', id); cipher.decrypt(stored, w('iban_cipher'))`. */
export function fieldsOf<T extends EncryptedTable>(table: T, id: string): (column: EncryptedColumn<T>) => FieldBinding {
  return (column) => ({ table, column, id }) as FieldBinding;
}

/** A stored document's content (stored_document.content_cipher), bound to the document's id. */
export const storedDocumentContent = (documentId: string): FieldBinding => ({ table: 'stored_document', column: 'content_cipher', id: documentId });

export type FieldIntegrityReason = UnreadableReason;

/**
 * An encrypted value that cannot be read where it is. The message names the table, the column
 * and the row id (opaque), never the value: it may be logged and shown to an administrator.
 */
export class EncryptedFieldError extends Error {
  constructor(
    readonly at: FieldBinding,
    readonly reason: FieldIntegrityReason,
    keyId?: string,
  ) {
    super(describeUnreadableValue({ ...at, reason }, keyId));
    this.name = UNREADABLE_VALUE_FAILURE;
  }

  /** The place and the reason, as activities report them to workflows. */
  get place(): UnreadableValue {
    return { table: this.at.table, column: this.at.column, id: this.at.id, reason: this.reason };
  }
}

const AAD_DOMAIN = Buffer.from('talentcoop.field.v2');

/** The canonical encoding of a binding (see the header). Exported for the tests that pin it. */
export function associatedDataOf(at: FieldBinding): Buffer {
  const parts = [at.table, at.column, at.id].map((s) => {
    const bytes = Buffer.from(s, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
  });
  return Buffer.concat([AAD_DOMAIN, ...parts]);
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class FieldCipher {
  private readonly hashKeyring: Keyring;

  /**
   * @param hashKeys the keyed-hash keys: a keyring (its active key id is the index version), or
   *   one key, which is then version "h1".
   */
  private readonly acceptV1: boolean;

  /**
   * @param options.acceptV1 whether unbound v1 values are still read (default true). Once the
   *   rotation command has rewritten every value into v2, a v1 value can only have been planted
   *   (copied from a backup or an old dump, where no binding can refuse it): `false` refuses it
   *   as an integrity failure (ENCRYPTION_ACCEPT_V1, see README, Configuration).
   */
  constructor(
    private readonly keyring: Keyring,
    hashKeys: Buffer | Keyring,
    options: { acceptV1?: boolean } = {},
  ) {
    this.acceptV1 = options.acceptV1 ?? true;
    if (!keyring.keys.has(keyring.activeKeyId)) throw new Error('the active encryption key is missing from the keyring');
    this.hashKeyring = Buffer.isBuffer(hashKeys) ? { activeKeyId: 'h1', keys: new Map([['h1', hashKeys]]) } : hashKeys;
    if (!this.hashKeyring.keys.has(this.hashKeyring.activeKeyId)) throw new Error('the active hash key is missing from the hash keyring');
  }

  get activeKeyId(): string {
    return this.keyring.activeKeyId;
  }

  encrypt(clear: string, at: FieldBinding): string {
    const { iv, tag, ct } = this.seal(Buffer.from(clear, 'utf8'), at);
    return ['v2', this.keyring.activeKeyId, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.');
  }

  decrypt(stored: string, at: FieldBinding): string {
    const [version, keyId, iv, tag, ct, extra] = stored.split('.');
    if ((version !== 'v1' && version !== 'v2') || !keyId || iv === undefined || tag === undefined || ct === undefined || extra !== undefined) {
      throw new EncryptedFieldError(at, 'malformed');
    }
    return this.open(version, keyId, Buffer.from(iv, 'base64url'), Buffer.from(tag, 'base64url'), Buffer.from(ct, 'base64url'), at).toString('utf8');
  }

  encryptOptional(clear: string | null | undefined, at: FieldBinding): string | null {
    return clear === null || clear === undefined ? null : this.encrypt(clear, at);
  }

  decryptOptional(stored: string | null | undefined, at: FieldBinding): string | null {
    return stored === null || stored === undefined ? null : this.decrypt(stored, at);
  }

  /** Documents, in one buffer (see the header). */
  encryptBytes(clear: Uint8Array, at: FieldBinding): Buffer {
    const keyId = Buffer.from(this.keyring.activeKeyId);
    const { iv, tag, ct } = this.seal(clear, at);
    return Buffer.concat([Buffer.from('v2'), Buffer.from([keyId.length]), keyId, iv, tag, ct]);
  }

  decryptBytes(stored: Uint8Array, at: FieldBinding): Buffer {
    const b = Buffer.from(stored);
    const version = b.subarray(0, 2).toString();
    const idLength = b[2];
    if ((version !== 'v1' && version !== 'v2') || idLength === undefined || b.length < 3 + idLength + IV_BYTES + TAG_BYTES) {
      throw new EncryptedFieldError(at, 'malformed');
    }
    const keyId = b.subarray(3, 3 + idLength).toString();
    let offset = 3 + idLength;
    const iv = b.subarray(offset, (offset += IV_BYTES));
    const tag = b.subarray(offset, (offset += TAG_BYTES));
    return this.open(version, keyId, iv, tag, b.subarray(offset), at);
  }

  /** Whether a stored value (text or document) is already in the current format under the active key. */
  isCurrent(stored: string | Uint8Array): boolean {
    if (typeof stored === 'string') return stored.startsWith(`v2.${this.keyring.activeKeyId}.`);
    const b = Buffer.from(stored);
    const keyId = Buffer.from(this.keyring.activeKeyId);
    return b.subarray(0, 2).toString() === 'v2' && b[2] === keyId.length && b.subarray(3, 3 + keyId.length).equals(keyId);
  }

  /** Keyed hash to store: the current version ("<hashKeyId>.<mac>"). */
  blindIndex(kind: string, normalisedClear: string): string {
    return `${this.hashKeyring.activeKeyId}.${this.mac(this.hashKeyring.keys.get(this.hashKeyring.activeKeyId)!, kind, normalisedClear)}`;
  }

  /**
   * Every form a stored hash of this value may have while a rotation is pending: the current
   * version first, then each previous hash key's version, then the legacy bare mac under each key.
   */
  blindIndexCandidates(kind: string, normalisedClear: string): string[] {
    const ids = [this.hashKeyring.activeKeyId, ...[...this.hashKeyring.keys.keys()].filter((id) => id !== this.hashKeyring.activeKeyId)];
    const macs = ids.map((id) => [id, this.mac(this.hashKeyring.keys.get(id)!, kind, normalisedClear)] as const);
    return [...macs.map(([id, mac]) => `${id}.${mac}`), ...macs.map(([, mac]) => mac)];
  }

  /** The current version of the keyed hashes (the active hash key id). */
  get blindIndexVersion(): string {
    return this.hashKeyring.activeKeyId;
  }

  /** Whether a stored hash is in the current version (the rotation command recomputes the others). */
  isCurrentBlindIndex(stored: string): boolean {
    return stored.startsWith(`${this.hashKeyring.activeKeyId}.`);
  }

  private mac(key: Buffer, kind: string, normalisedClear: string): string {
    return createHmac('sha256', key).update(`${kind}\u0000${normalisedClear}`).digest('base64url');
  }

  private seal(clear: Uint8Array, at: FieldBinding): { iv: Buffer; tag: Buffer; ct: Buffer } {
    const key = this.keyring.keys.get(this.keyring.activeKeyId)!;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(associatedDataOf(at));
    const ct = Buffer.concat([cipher.update(clear), cipher.final()]);
    return { iv, tag: cipher.getAuthTag(), ct };
  }

  private open(version: 'v1' | 'v2', keyId: string, iv: Buffer, tag: Buffer, ct: Buffer, at: FieldBinding): Buffer {
    if (version === 'v1' && !this.acceptV1) throw new EncryptedFieldError(at, 'unbound-format-refused');
    const key = this.keyring.keys.get(keyId);
    if (!key) throw new EncryptedFieldError(at, 'unknown-key', keyId);
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new EncryptedFieldError(at, 'malformed');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      // A v1 value predates the binding: it is read without associated data until rotated.
      if (version === 'v2') decipher.setAAD(associatedDataOf(at));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ct), decipher.final()]);
    } catch {
      throw new EncryptedFieldError(at, 'altered-or-misplaced');
    }
  }
}
