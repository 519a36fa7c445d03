import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import protos from '@temporalio/proto';
import type { Keyring } from './field-cipher';

// @temporalio/proto is CommonJS: take the namespace from its default export.
const PayloadMessage = protos.temporal.api.common.v1.Payload;
const ENCODING = 'binary/encrypted';
const METADATA_ENCODING_KEY = 'encoding';
const METADATA_KEY_ID = 'encryption-key-id';

/**
 * Encrypts every Temporal payload (workflow inputs, results, signals, updates, activity
 * arguments) with AES-256-GCM before it leaves the process, so workflow histories on the
 * Temporal server hold no personal data in clear.
 */
export class EncryptionCodec implements PayloadCodec {
  constructor(private readonly keyring: Keyring) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const keyId = this.keyring.activeKeyId;
    const key = this.keyring.keys.get(keyId)!;
    return payloads.map((payload) => {
      const clear = PayloadMessage.encode(payload).finish();
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ct = Buffer.concat([cipher.update(clear), cipher.final()]);
      return {
        metadata: {
          [METADATA_ENCODING_KEY]: Buffer.from(ENCODING),
          [METADATA_KEY_ID]: Buffer.from(keyId),
        },
        data: Buffer.concat([iv, cipher.getAuthTag(), ct]),
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const encoding = payload.metadata?.[METADATA_ENCODING_KEY];
      if (!encoding || Buffer.from(encoding).toString() !== ENCODING) return payload;
      const keyIdBytes = payload.metadata?.[METADATA_KEY_ID];
      const keyId = keyIdBytes ? Buffer.from(keyIdBytes).toString() : '';
      const key = this.keyring.keys.get(keyId);
      if (!key) throw new Error(`payload encrypted with unknown key "${keyId}"`);
      const data = Buffer.from(payload.data ?? new Uint8Array());
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      const clear = Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]);
      return PayloadMessage.decode(clear);
    });
  }
}
