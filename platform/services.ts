import { Client, Connection } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from './config';
import type { FieldCipher } from './crypto/field-cipher';
import { createLogger, type Logger } from './logger';
import { dataConverterFor, DEFAULT_TEMPORAL_ADDRESS } from './temporal';
import { openOrm } from '../db/orm';
import { fieldCipherFor } from './crypto/field-cipher-config';

/** The long-lived services every process of the platform shares. */
export interface PlatformServices {
  config: AppConfig;
  logger: Logger;
  orm: MikroORM;
  cipher: FieldCipher;
  temporal: Client;
  close(): Promise<void>;
}

export async function openPlatformServices(config: AppConfig, logger = createLogger(config.LOG_LEVEL)): Promise<PlatformServices> {
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required here');
  const orm = await openOrm(config.DATABASE_URL, config.DATABASE_POOL_MAX);
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS ?? DEFAULT_TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: dataConverterFor(config) });
  const cipher = fieldCipherFor(config);
  return {
    config,
    logger,
    orm,
    cipher,
    temporal,
    async close() {
      await connection.close();
      await orm.close(true);
    },
  };
}
