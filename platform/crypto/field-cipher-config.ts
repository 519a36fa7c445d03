import type { AppConfig } from '../config';
import { FieldCipher } from './field-cipher';

/** The field cipher of a configuration: the data keyring and the keyed-hash keyring (see README, Configuration). */
export function fieldCipherFor(config: AppConfig): FieldCipher {
  return new FieldCipher(
    { activeKeyId: config.DATA_ENCRYPTION_ACTIVE_KEY_ID, keys: config.DATA_ENCRYPTION_KEYS },
    { activeKeyId: config.DATA_HASH_KEY_ID, keys: new Map([...config.DATA_HASH_PREVIOUS_KEYS, [config.DATA_HASH_KEY_ID, config.DATA_HASH_KEY]]) },
    { acceptV1: config.ENCRYPTION_ACCEPT_V1 },
  );
}
