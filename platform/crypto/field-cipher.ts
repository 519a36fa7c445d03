import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Application-level encryption of personal data (NISS/BIS, IBAN, permit and document numbers,
 * birth data, address) before it reaches PostgreSQL. AES-256-GCM; the key id is stored with the
 * value so keys can be rotated: new writes use the active key, old values stay readable.
 * Format: "v1.<keyId>.<iv>.<tag>.<ciphertext>" (base64url parts).
 */
export interface Keyring {
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export class FieldCipher {
  constructor(
    private readonly keyring: Keyring,
    private readonly hashKey: Buffer,
  ) {
    if (!keyring.keys.has(keyring.activeKeyId)) throw new Error('the active encryption key is missing from the keyring');
  }

  encrypt(clear: string): string {
    const key = this.keyring.keys.get(this.keyring.activeKeyId)!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ct = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return ['v1', this.keyring.activeKeyId, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.');
  }

  decrypt(stored: string): string {
    const [version, keyId, iv, tag, ct] = stored.split('.');
    if (version !== 'v1' || !keyId || iv === undefined || tag === undefined || ct === undefined) {
      throw new Error('not an encrypted value');
    }
    const key = this.keyring.keys.get(keyId);
    if (!key) throw new Error(`encryption key "${keyId}" is not configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** Documents: "v1" + key id length + key id + iv + tag + ciphertext, in one buffer. */
  encryptBytes(clear: Uint8Array): Buffer {
    const keyId = Buffer.from(this.keyring.activeKeyId);
    const key = this.keyring.keys.get(this.keyring.activeKeyId)!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ct = Buffer.concat([cipher.update(clear), cipher.final()]);
    return Buffer.concat([Buffer.from('v1'), Buffer.from([keyId.length]), keyId, iv, cipher.getAuthTag(), ct]);
  }

  decryptBytes(stored: Uint8Array): Buffer {
    const b = Buffer.from(stored);
    if (b.subarray(0, 2).toString() !== 'v1') throw new Error('not an encrypted document');
    const idLength = b[2]!;
    const keyId = b.subarray(3, 3 + idLength).toString();
    const key = this.keyring.keys.get(keyId);
    if (!key) throw new Error(`encryption key "${keyId}" is not configured`);
    let offset = 3 + idLength;
    const iv = b.subarray(offset, (offset += 12));
    const tag = b.subarray(offset, (offset += 16));
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(b.subarray(offset)), decipher.final()]);
  }

  encryptOptional(clear: string | null | undefined): string | null {
    return clear === null || clear === undefined ? null : this.encrypt(clear);
  }

  decryptOptional(stored: string | null | undefined): string | null {
    return stored === null || stored === undefined ? null : this.decrypt(stored);
  }

  /** Keyed hash for exact-match search and uniqueness, so the clear value is never needed. */
  blindIndex(kind: string, normalisedClear: string): string {
    return createHmac('sha256', this.hashKey).update(`${kind}\u0000${normalisedClear}`).digest('base64url');
  }
}
