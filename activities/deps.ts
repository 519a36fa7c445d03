import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { FieldCipher } from '../platform/crypto/field-cipher';

/** What activities need from the outside world; worker/ builds the real ones, tests pass fakes. */
export interface ActivityDeps {
  orm: MikroORM;
  cipher: FieldCipher;
  logger: Logger;
}
