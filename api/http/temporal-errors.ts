import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/client';
import { CHANGED_MEANWHILE, RULE_VIOLATION_FAILURE, type RuleViolation } from '../../domain/rule-violation';
import { NO_PENDING_CORRECTION } from '../../domain/timesheets/correction';
import { problems } from './problem';

function ruleViolationOf(err: unknown): ApplicationFailure | null {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    if (e instanceof ApplicationFailure && e.type === RULE_VIOLATION_FAILURE) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * Runs a workflow update or query and turns a business-rule rejection into a 422 problem naming
 * the fields (an update validator that rejects keeps it out of the workflow history).
 */
export async function viaWorkflow<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    const failure = ruleViolationOf(err);
    if (failure) {
      const violations = (failure.details?.[0] ?? []) as RuleViolation[];
      // A database rule refused the write: the record changed meanwhile — a conflict, answered at once.
      if (violations.some((v) => v.code === CHANGED_MEANWHILE))
        throw problems.conflict(CHANGED_MEANWHILE, 'The record changed meanwhile: reload it and try again.', violations);
      // Nothing waits for this answer (a correction already settled, or never proposed): a conflict with the state, not bad input.
      if (violations.some((v) => v.code === NO_PENDING_CORRECTION))
        throw problems.conflict(NO_PENDING_CORRECTION, 'No correction of this week awaits an answer.', violations);
      throw problems.unprocessable(violations[0]?.code ?? 'rule-violation', failure.message, violations);
    }
    if (err instanceof WorkflowNotFoundError) throw problems.notFound('process');
    throw err;
  }
}
