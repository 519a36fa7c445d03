import { ApplicationFailure, condition } from '@temporalio/workflow';
import { RULE_VIOLATION_FAILURE, type RuleViolation } from '../domain/rule-violation';
import { startOfBrusselsDay } from '../domain/time/brussels';
import type { CalendarDate } from '../domain/time/dates';

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
