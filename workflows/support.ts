import { ActivityFailure, ApplicationFailure, condition, sleep, workflowInfo } from '@temporalio/workflow';
import type { RaiseAlertInput } from '../activities/alerts';
import {
  describeUnreadableValue,
  UNREADABLE_VALUE_ALERT_KIND,
  UNREADABLE_VALUE_FAILURE,
  UNREADABLE_VALUE_FIX,
  unreadableValueAlertKey,
  type UnreadableValue,
} from '../domain/alerts/unreadable-value';
import { RULE_VIOLATION_FAILURE, type RuleViolation } from '../domain/rule-violation';
import { startOfBrusselsDay } from '../domain/time/brussels';
import type { CalendarDate } from '../domain/time/dates';

/**
 * The failures no activity retries: a missing business object, a broken rule, a stored value
 * that does not decrypt where it is. Retrying cannot help any of them; everything else (a
 * database away, a deploy) retries without an attempt limit at the pace each workflow sets.
 */
export const NON_RETRYABLE_FAILURES = ['NotFoundError', RULE_VIOLATION_FAILURE, UNREADABLE_VALUE_FAILURE];

/** The place of the stored value an activity could not read, or null for any other failure. */
export function unreadableValueOf(err: unknown): UnreadableValue | null {
  if (!(err instanceof ActivityFailure) || !(err.cause instanceof ApplicationFailure) || err.cause.type !== UNREADABLE_VALUE_FAILURE) return null;
  return (err.cause.details?.[0] as UnreadableValue | undefined) ?? null;
}

/** How long a process waits before it reads a value that failed its integrity check again. */
export const UNREADABLE_VALUE_RECHECK = '1 hour';

/**
 * Runs a step that reads stored encrypted values. A value that does not decrypt where it is (it
 * was copied from another row, altered, or its key left the keyring) is a business failure, not
 * an outage: the administrators get the integrity alert naming the place and this process, and
 * the step is tried again every hour until someone has restored the value or recorded it again.
 * The process never fails for it and never hammers the database.
 */
export async function onceStoredValuesRead<T>(step: () => Promise<T>, raiseAlert: (alert: RaiseAlertInput) => Promise<void>): Promise<T> {
  for (;;) {
    try {
      return await step();
    } catch (err) {
      const place = unreadableValueOf(err);
      if (!place) throw err;
      const process = workflowInfo().workflowId;
      const sentence = describeUnreadableValue(place);
      await raiseAlert({
        key: `${unreadableValueAlertKey(place)}:${process}`.slice(0, 200),
        kind: UNREADABLE_VALUE_ALERT_KIND,
        severity: 'critical',
        subjectType: place.table.slice(0, 40),
        subjectId: place.id.slice(0, 100),
        workerId: place.table === 'worker' ? place.id : null,
        message:
          `${sentence[0]!.toUpperCase()}${sentence.slice(1)}. ${UNREADABLE_VALUE_FIX} The process ${process} waits for it and reads it again every hour.`.slice(
            0,
            500,
          ),
      });
      await sleep(UNREADABLE_VALUE_RECHECK);
    }
  }
}

/** Used in update validators: rejects the update (nothing enters history) when rules are broken. */
export function rejectIfAny(violations: readonly RuleViolation[]): void {
  if (violations.length === 0) return;
  throw ApplicationFailure.create({
    type: RULE_VIOLATION_FAILURE,
    message: violations.map((v) => `${v.field}: ${v.message}`).join('; '),
    details: [violations],
    nonRetryable: true,
  });
}

/**
 * Sleeps until a Brussels calendar day starts, waking early when `changed()` becomes true.
 * Answers true when it woke because of the change. Workflow time is replay-safe.
 */
export async function sleepUntilDayOrChange(day: CalendarDate, changed: () => boolean): Promise<boolean> {
  const ms = startOfBrusselsDay(day) - Date.now();
  if (ms <= 0) return changed();
  return condition(changed, ms);
}

/**
 * Runs update handlers one at a time (Temporal's safe-message-handlers pattern): each waits for
 * the previous one to finish, so a handler that awaits an activity never interleaves with another
 * on the same state. The handler checks its rules again once its turn comes; a failed one does not
 * block the next.
 */
export function oneAtATime(): <T>(fn: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn);
    queue = run.catch(() => undefined);
    return run;
  };
}
