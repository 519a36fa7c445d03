import type { DataConverter } from '@temporalio/common';
import type { AppConfig } from './config';
import { EncryptionCodec } from './crypto/payload-codec';

export const DEFAULT_TEMPORAL_ADDRESS = '127.0.0.1:7233';

export function keyringOf(config: AppConfig) {
  return { activeKeyId: config.DATA_ENCRYPTION_ACTIVE_KEY_ID, keys: config.DATA_ENCRYPTION_KEYS };
}

/** The one data converter used by every client and worker: all payloads encrypted. */
export function dataConverterFor(config: AppConfig): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(keyringOf(config))] };
}
