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
  /**
   * The clock the API reads "today" from where a rule depends on it (no hours of days to come, an
   * early end no earlier than today). Unset: the system clock, as in every composition root; a
   * test sets it to act on another day, the workflows keeping their own time.
   */
  clock?: () => Date;
}
