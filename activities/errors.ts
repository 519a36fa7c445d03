import { ApplicationFailure } from '@temporalio/common';
import { UNREADABLE_VALUE_FAILURE } from '../domain/alerts/unreadable-value';
import { CHANGED_MEANWHILE, RULE_VIOLATION_FAILURE } from '../domain/rule-violation';
import { EncryptedFieldError } from '../platform/crypto/field-cipher';
/** A business object an activity needs does not exist: retrying will not help. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

function databaseCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown; previous?: unknown }).cause ?? (e as { previous?: unknown }).previous;
  }
  return undefined;
}

/**
 * Runs a write; when a database rule refuses it — an immutability trigger (`raise exception`,
 * SQLSTATE P0001) — it is a business refusal, never retried, with no SQL and no value in its
 * message: `what` names the record, by ids only.
 */
export async function refusedByDatabaseRuleAsConflict<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (databaseCode(err) !== 'P0001') throw err;
    throw ApplicationFailure.nonRetryable(`${what} changed meanwhile: a database rule refused the write`, RULE_VIOLATION_FAILURE, [
      { field: 'timesheet', code: CHANGED_MEANWHILE, message: 'the record changed meanwhile: reload it and try again' },
    ]);
  }
}

/**
 * A stored value that does not decrypt where it is (`EncryptedFieldError`) leaves an activity as
 * a non-retryable failure carrying its place (table, column, row id, reason — never the value):
 * retrying cannot restore it, and the workflow decides what it means (alert, wait for a fix).
 */
export function unreadableValueFailure(err: unknown): unknown {
  if (!(err instanceof EncryptedFieldError)) return err;
  return ApplicationFailure.create({ type: UNREADABLE_VALUE_FAILURE, message: err.message, nonRetryable: true, details: [err.place] });
}

/** The same activities, each reporting an unreadable stored value as `unreadableValueFailure` says. */
export function reportingUnreadableValues<A extends object>(activities: A): A {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(activities)) {
    wrapped[name] =
      typeof fn === 'function'
        ? async (...args: unknown[]) => {
            try {
              return await fn(...args);
            } catch (err) {
              throw unreadableValueFailure(err);
            }
          }
        : fn;
  }
  return wrapped as A;
}
