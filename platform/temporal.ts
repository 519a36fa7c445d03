import { fileURLToPath } from 'node:url';
import type { DataConverter } from '@temporalio/common';
import type { AppConfig } from './config';
import { EncryptionCodec } from './crypto/payload-codec';

export const DEFAULT_TEMPORAL_ADDRESS = '127.0.0.1:7233';

export function keyringOf(config: AppConfig) {
  return { activeKeyId: config.DATA_ENCRYPTION_ACTIVE_KEY_ID, keys: config.DATA_ENCRYPTION_KEYS };
}

/** The failure converter's module (the SDK loads it by path; the workflow bundle must be built with it). */
export const FAILURE_CONVERTER_PATH = fileURLToPath(new URL('./temporal-failure-converter.cjs', import.meta.url));

/**
 * The one data converter used by every client and worker: all payloads encrypted, and failure
 * messages and stack traces too (moved into an encoded payload, then through the same codec).
 */
export function dataConverterFor(config: AppConfig): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(keyringOf(config))], failureConverterPath: FAILURE_CONVERTER_PATH };
}
