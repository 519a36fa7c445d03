import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { associatedDataOf, EncryptedFieldError, FieldCipher, storedDocumentContent, type FieldBinding } from './field-cipher';

const key = () => randomBytes(32);

/** A value as the previous release wrote it: "v1.<keyId>.<iv>.<tag>.<ct>", no associated data. */
function legacyV1(keyId: string, k: Buffer, clear: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', k, iv);
  const ct = Buffer.concat([c.update(clear, 'utf8'), c.final()]);
  return ['v1', keyId, iv.toString('base64url'), c.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
}

function legacyV1Bytes(keyId: string, k: Buffer, clear: Buffer): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', k, iv);
  const ct = Buffer.concat([c.update(clear), c.final()]);
  return Buffer.concat([Buffer.from('v1'), Buffer.from([keyId.length]), Buffer.from(keyId), iv, c.getAuthTag(), ct]);
}

const amina: FieldBinding = { table: 'worker', column: 'iban_cipher', id: '0b7d6f0e-1111-4000-8000-000000000001' };
const yonas: FieldBinding = { table: 'worker', column: 'iban_cipher', id: '0b7d6f0e-2222-4000-8000-000000000002' };

function integrityFailure(read: () => unknown): EncryptedFieldError {
  try {
    read();
  } catch (err) {
    if (err instanceof EncryptedFieldError) return err;
    throw err;
  }
  throw new Error('the value decrypted');
}

describe.shuffle('field encryption bound to its row', () => {
  const k1 = key();
  const hashKey = key();
  const cipher = new FieldCipher({ activeKeyId: 'k1', keys: new Map([['k1', k1]]) }, hashKey);

  it('round-trips in the v2 format and never stores the clear value', () => {
    const stored = cipher.encrypt('BE68539007547034', amina);
    expect(stored).not.toContain('BE68539007547034');
    expect(stored.startsWith('v2.k1.')).toBe(true);
    expect(cipher.decrypt(stored, amina)).toBe('BE68539007547034');
  });

  it('gives a different ciphertext each time (random IV)', () => {
    expect(cipher.encrypt('same', amina)).not.toBe(cipher.encrypt('same', amina));
  });

  it('refuses a value copied to another row, naming the place and never the value', () => {
    const stored = cipher.encrypt('BE68539007547034', amina);
    const err = integrityFailure(() => cipher.decrypt(stored, yonas));
    expect(err.reason).toBe('altered-or-misplaced');
    expect(err.at).toEqual(yonas);
    expect(err.message).toBe(
      `the encrypted worker.iban_cipher of row ${yonas.id} failed its integrity check: it was altered, or copied from another row or column`,
    );
    expect(err.message).not.toContain('BE68');
  });

  it('refuses a value copied to another column or another table of the same row id', () => {
    const stored = cipher.encrypt('85073003328', { table: 'worker', column: 'national_number_cipher', id: amina.id });
    expect(integrityFailure(() => cipher.decrypt(stored, { table: 'worker', column: 'permit_number_cipher', id: amina.id })).reason).toBe(
      'altered-or-misplaced',
    );
    expect(integrityFailure(() => cipher.decrypt(stored, { table: 'payslip', column: 'iban_cipher', id: amina.id })).reason).toBe('altered-or-misplaced');
  });

  it('encodes the binding without ambiguity: moving characters between table, column and id changes it', () => {
    const a = associatedDataOf({ table: 'idempotent_request', column: 'answer_cipher', id: 'x:y' });
    const b = associatedDataOf({ table: 'idempotent_request', column: 'answer_cipher', id: 'x:yz' });
    expect(a.equals(b)).toBe(false);
    expect(associatedDataOf(amina).includes(Buffer.from(amina.id))).toBe(true);
  });

  it('detects tampering', () => {
    const parts = cipher.encrypt('BE71096123456769', amina).split('.');
    const ct = Buffer.from(parts[4]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    parts[4] = ct.toString('base64url');
    expect(integrityFailure(() => cipher.decrypt(parts.join('.'), amina)).reason).toBe('altered-or-misplaced');
  });

  it('still reads v1 values written before the binding, wherever they are', () => {
    const old = legacyV1('k1', k1, 'permit-123');
    expect(cipher.decrypt(old, amina)).toBe('permit-123');
    expect(cipher.isCurrent(old)).toBe(false);
    expect(cipher.isCurrent(cipher.encrypt('permit-123', amina))).toBe(true);
  });

  it('refuses v1 values, text and documents, once ENCRYPTION_ACCEPT_V1 is false: a rotated database holds none, so one there was planted', () => {
    const strict = new FieldCipher({ activeKeyId: 'k1', keys: new Map([['k1', k1]]) }, hashKey, { acceptV1: false });
    const old = legacyV1('k1', k1, 'permit-123');
    const err = integrityFailure(() => strict.decrypt(old, amina));
    expect(err.reason).toBe('unbound-format-refused');
    expect(err.message).toBe(
      `the encrypted worker.iban_cipher of row ${amina.id} is in the v1 format, which is no longer accepted (ENCRYPTION_ACCEPT_V1=false): the key rotation rewrote every value, so this one was planted or restored from before it`,
    );
    expect(integrityFailure(() => strict.decryptBytes(legacyV1Bytes('k1', k1, Buffer.from('%PDF')), storedDocumentContent('doc-1'))).reason).toBe(
      'unbound-format-refused',
    );
    // Bound values read as before, and the default cipher still reads the same v1 value.
    expect(strict.decrypt(strict.encrypt('permit-123', amina), amina)).toBe('permit-123');
    expect(cipher.decrypt(old, amina)).toBe('permit-123');
  });

  it('says which key is missing, and that a clear value is not an encrypted one', () => {
    const other = new FieldCipher({ activeKeyId: 'k9', keys: new Map([['k9', key()]]) }, hashKey);
    const err = integrityFailure(() => other.decrypt(cipher.encrypt('x', amina), amina));
    expect(err.reason).toBe('unknown-key');
    expect(err.message).toContain('"k1"');
    expect(integrityFailure(() => cipher.decrypt('BE68539007547034', amina)).reason).toBe('malformed');
  });

  it('reads values of a retired key after rotation, and writes with the new one', () => {
    const old = cipher.encrypt('permit-123', amina);
    const rotated = new FieldCipher(
      {
        activeKeyId: 'k2',
        keys: new Map([
          ['k1', k1],
          ['k2', key()],
        ]),
      },
      hashKey,
    );
    expect(rotated.decrypt(old, amina)).toBe('permit-123');
    expect(rotated.isCurrent(old)).toBe(false);
    expect(rotated.encrypt('x', amina).startsWith('v2.k2.')).toBe(true);
  });

  it('binds documents to their row too; legacy v1 documents still read', () => {
    const pdf = Buffer.from('%PDF-1.7 contract of Amina 85073003328');
    const stored = cipher.encryptBytes(pdf, storedDocumentContent('doc-1'));
    expect(stored.includes(Buffer.from('85073003328'))).toBe(false);
    expect(cipher.decryptBytes(stored, storedDocumentContent('doc-1'))).toEqual(pdf);
    expect(cipher.isCurrent(stored)).toBe(true);
    expect(integrityFailure(() => cipher.decryptBytes(stored, storedDocumentContent('doc-2'))).reason).toBe('altered-or-misplaced');
    const changed = Buffer.from(stored);
    changed[changed.length - 1] = changed[changed.length - 1]! ^ 1;
    expect(integrityFailure(() => cipher.decryptBytes(changed, storedDocumentContent('doc-1'))).reason).toBe('altered-or-misplaced');
    const legacy = legacyV1Bytes('k1', k1, pdf);
    expect(cipher.decryptBytes(legacy, storedDocumentContent('doc-7'))).toEqual(pdf);
    expect(cipher.isCurrent(legacy)).toBe(false);
  });
});

describe.shuffle('keyed-hash index with a version', () => {
  const data = { activeKeyId: 'k1', keys: new Map([['k1', key()]]) };
  const h1 = key();
  const cipher = new FieldCipher(data, { activeKeyId: 'h1', keys: new Map([['h1', h1]]) });

  it('stores the hash key id as the version', () => {
    const stored = cipher.blindIndex('niss', '85073003328');
    expect(stored).toMatch(/^h1\.[A-Za-z0-9_-]{43}$/);
    expect(stored.length).toBeLessThanOrEqual(64); // the hash columns are varchar(64)
    expect(cipher.isCurrentBlindIndex(stored)).toBe(true);
  });

  it('keys the hash: another key gives another hash, another kind too', () => {
    const other = new FieldCipher(data, key());
    expect(other.blindIndex('niss', '85073003328')).not.toBe(cipher.blindIndex('niss', '85073003328'));
    expect(cipher.blindIndex('iban', '85073003328')).not.toBe(cipher.blindIndex('niss', '85073003328'));
  });

  it('finds hashes of the previous key and legacy unversioned ones while a rotation is pending', () => {
    const h2 = key();
    const rotated = new FieldCipher(data, {
      activeKeyId: 'h2',
      keys: new Map([
        ['h1', h1],
        ['h2', h2],
      ]),
    });
    const before = cipher.blindIndex('niss', '85073003328');
    const legacyBareMac = before.slice('h1.'.length); // what the previous release stored
    const candidates = rotated.blindIndexCandidates('niss', '85073003328');
    expect(candidates[0]).toBe(rotated.blindIndex('niss', '85073003328'));
    expect(candidates).toContain(before);
    expect(candidates).toContain(legacyBareMac);
    expect(rotated.isCurrentBlindIndex(before)).toBe(false);
    expect(candidates).not.toContain(cipher.blindIndex('niss', '85073003329'));
  });

  it('a single key given alone is version h1', () => {
    expect(new FieldCipher(data, h1).blindIndex('niss', '85073003328')).toBe(cipher.blindIndex('niss', '85073003328'));
  });
});
