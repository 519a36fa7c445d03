import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { FieldProblem } from './problem';
import { problems, ProblemError } from './problem';

const RULE_VIOLATION = 'RuleViolation';

function ruleViolationOf(err: unknown): ApplicationFailure | null {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    if (e instanceof ApplicationFailure && e.type === RULE_VIOLATION) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * Runs a workflow update or query and turns a business-rule rejection into a 422 problem naming
 * the fields (the update validator rejected it: nothing entered the workflow history).
 */
export async function viaWorkflow<T>(call: () => Promise<T>, fieldPrefix = ''): Promise<T> {
  try {
    return await call();
  } catch (err) {
    const failure = ruleViolationOf(err);
    if (failure) {
      const violations = (failure.details?.[0] ?? []) as FieldProblem[];
      const errors = violations.map((v) => ({ ...v, field: fieldPrefix && v.field ? `${fieldPrefix}${v.field}` : v.field }));
      throw problems.unprocessable(errors[0]?.code ?? 'rule-violation', failure.message, errors);
    }
    if (err instanceof WorkflowNotFoundError) throw problems.notFound('process');
    if (err instanceof WorkflowUpdateFailedError && !(err instanceof ProblemError)) throw err;
    throw err;
  }
}
