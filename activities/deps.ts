import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { FieldCipher } from '../platform/crypto/field-cipher';
import type { DeclarationGateway } from './gateways/declaration-gateway';

/** The legal employer, as contracts and declarations name it. */
export interface CooperativeIdentity {
  name: string;
  enterpriseNumber: string;
  onssNumber: string;
  address: string;
}

/** What activities need from the outside world; worker/ builds the real ones, tests pass fakes. */
export interface ActivityDeps {
  orm: MikroORM;
  cipher: FieldCipher;
  logger: Logger;
  cooperative: CooperativeIdentity;
  declarations: DeclarationGateway;
}
