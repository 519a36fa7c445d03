import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../activities/errors';
import { createLogger } from '../platform/logger';
import { failureScrubbing, scrubbedFailure } from './failure-scrub';

/** What a MikroORM/pg error looks like: the statement and its values in the message. */
function databaseError() {
  return Object.assign(
    new Error(
      `insert into "worker" ("first_name", "email") values ('Zanele Mokoena', 'zanele@example.org') - duplicate key value violates unique constraint "worker_email_hash_unique"`,
    ),
    {
      name: 'UniqueConstraintViolationException',
      code: '23505',
      constraint: 'worker_email_hash_unique',
      detail: 'Key (email)=(zanele@example.org) already exists.',
    },
  );
}

describe('failures that leave an activity', () => {
  it('carry the kind and the database codes of an unexpected error, never its text', () => {
    const failure = scrubbedFailure(databaseError(), 'registerWorker') as ApplicationFailure;
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure.message).toBe('registerWorker failed: UniqueConstraintViolationException (SQLSTATE 23505, constraint worker_email_hash_unique)');
    expect(failure.type).toBe('UniqueConstraintViolationException');
    expect(failure.nonRetryable).toBe(false);
    expect(failure.cause).toBeUndefined();
    expect(JSON.stringify({ ...failure, message: failure.message, stack: failure.stack })).not.toMatch(/Zanele|zanele@|insert into/);
  });

  it('leave our own failures as they are: rules broken, records missing', () => {
    const rule = ApplicationFailure.nonRetryable('the week is approved', 'RuleViolation', [
      { field: 'timesheet', code: 'not-editable', message: 'the week is approved' },
    ]);
    expect(scrubbedFailure(rule, 'saveTimesheet')).toBe(rule);
    const missing = new NotFoundError('placement 6f1c…');
    expect(scrubbedFailure(missing, 'saveTimesheet')).toBe(missing);
  });

  it('are scrubbed by the worker’s interceptor, which logs codes only', async () => {
    const lines: string[] = [];
    const logger = createLogger('debug', 'test', { write: (l: string) => void lines.push(l) });
    const interceptor = failureScrubbing(logger)({ info: { activityType: 'registerWorker', attempt: 3 } } as never).inbound!;
    const thrown = await interceptor.execute!({ args: [], headers: {} } as never, async () => {
      throw databaseError();
    }).catch((e: unknown) => e);
    expect((thrown as Error).message).toBe('registerWorker failed: UniqueConstraintViolationException (SQLSTATE 23505, constraint worker_email_hash_unique)');
    expect(lines.join('\n')).toContain('"sqlState":"23505"');
    expect(lines.join('\n')).not.toMatch(/Zanele|zanele@/);
    await expect(interceptor.execute!({ args: [], headers: {} } as never, async () => 'done')).resolves.toBe('done');
  });
});
