import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll } from 'vitest';
import { createActivities, type ActivityDeps } from '../../activities';
import { brusselsDateOf } from '../../domain/time/brussels';
import { createLogger } from '../../platform/logger';
import { dataConverterFor } from '../../platform/temporal';
import { buildActivityDeps } from '../../worker/create-worker';
import { testConfig } from './config';
import { createTestDatabase, type TestDatabase } from './database';
import { createTimeSkippingEnv, workflowBundle } from './temporal';
import { fieldCipherFor } from '../../platform/crypto/field-cipher-config';

/**
 * A workflow test file's world: the time-skipping test server, a fresh database, and workers
 * running the real workflows with real activities (any dependency can be swapped for a fake).
 */
export function workflowSuite() {
  const config = testConfig();
  const dataConverter = dataConverterFor(config);
  const cipher = fieldCipherFor(config);
  let env: TestWorkflowEnvironment | undefined;
  let db: TestDatabase | undefined;

  beforeAll(async () => {
    [env, db] = await Promise.all([createTimeSkippingEnv(dataConverter), createTestDatabase()]);
  });
  afterAll(async () => {
    await env?.teardown();
    await db?.drop();
  });

  const suite = {
    config,
    cipher,
    get env(): TestWorkflowEnvironment {
      if (!env) throw new Error('the workflow suite is not started yet');
      return env;
    },
    get db(): TestDatabase {
      if (!db) throw new Error('the workflow suite is not started yet');
      return db;
    },
    /** Today in Brussels on the test server's clock, which the tests move. */
    today: async () => brusselsDateOf(await suite.env.currentTimeMs()),
    /**
     * Runs `fn` while a worker serves a fresh task queue. Afterwards every workflow id that
     * `leftovers` names is terminated if still running: a workflow left without its worker would
     * hold the shared test clock back for the next test.
     */
    async withWorker<T>(
      opts: { fakes?: Partial<ActivityDeps>; leftovers: () => Promise<string[]> | string[] },
      fn: (taskQueue: string) => Promise<T>,
    ): Promise<T> {
      const taskQueue = `test-${randomUUID()}`;
      const activities = createActivities({
        ...buildActivityDeps(config, { orm: suite.db.orm, cipher, logger: createLogger('silent'), temporal: suite.env.client }),
        ...opts.fakes,
      });
      const worker = await Worker.create({
        connection: suite.env.nativeConnection,
        taskQueue,
        workflowBundle: await workflowBundle(),
        activities,
        dataConverter,
      });
      return worker.runUntil(async () => {
        try {
          return await fn(taskQueue);
        } finally {
          for (const id of await opts.leftovers())
            await suite.env.client.workflow
              .getHandle(id)
              .terminate('test over')
              .catch(() => undefined);
        }
      });
    },
  };
  return suite;
}
