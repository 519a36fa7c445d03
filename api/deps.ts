import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AppConfig } from '../platform/config';
import type { FieldCipher } from '../platform/crypto/field-cipher';
import type { TokenSigner } from '../platform/crypto/tokens';

/** Everything the HTTP layer needs, built by the composition root (api/main.ts, scripts/start.ts). */
export interface ApiDeps {
  config: AppConfig;
  orm: MikroORM;
  temporal: Client;
  logger: Logger;
  cipher: FieldCipher;
  tokens: TokenSigner;
}
