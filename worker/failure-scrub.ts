import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import type { Logger } from 'pino';

/** Our own failures, written to carry codes and ids only: they leave an activity as they are. */
const OWN_FAILURES = new Set(['NotFoundError']);

/** What may be said of an unexpected error: its kind and the database's codes, never its message. */
function describe(err: unknown): { kind: string; sqlState?: string; constraint?: string } {
  const e = err as { name?: unknown; code?: unknown; constraint?: unknown; constructor?: { name?: string } };
  const kind = typeof e?.name === 'string' && e.name !== 'Error' ? e.name : (e?.constructor?.name ?? 'Error');
  const sqlState = typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined;
  const constraint = typeof e?.constraint === 'string' && /^[a-z0-9_]+$/.test(e.constraint) ? e.constraint : undefined;
  return { kind, ...(sqlState ? { sqlState } : {}), ...(constraint ? { constraint } : {}) };
}

/**
 * The failure an activity reports instead of an unexpected error. A database error's message is
 * its SQL with the values (names, e-mails, dispute reasons): that text would land in the worker's
 * log, the workflow history and the Temporal UI. Only the activity, the error's kind and the
 * database's codes go out; the retry policy sees the same type as before.
 */
export function scrubbedFailure(err: unknown, activityType: string): unknown {
  if (err instanceof ApplicationFailure || err instanceof CancelledFailure) return err;
  if (err instanceof Error && OWN_FAILURES.has(err.name)) return err;
  const d = describe(err);
  const codes = [d.sqlState && `SQLSTATE ${d.sqlState}`, d.constraint && `constraint ${d.constraint}`].filter(Boolean).join(', ');
  return ApplicationFailure.create({ type: d.kind, message: `${activityType} failed: ${d.kind}${codes ? ` (${codes})` : ''}`, nonRetryable: false });
}

/** The worker's activity interceptor: every unexpected error is scrubbed, and logged by its codes only. */
export function failureScrubbing(logger: Logger): ActivityInterceptorsFactory {
  return (ctx) => ({
    inbound: {
      async execute(input, next) {
        try {
          return await next(input);
        } catch (err) {
          const scrubbed = scrubbedFailure(err, ctx.info.activityType);
          if (scrubbed !== err)
            logger.warn(
              { activity: ctx.info.activityType, attempt: ctx.info.attempt, ...describe(err) },
              'activity failed (details withheld: they may hold personal data)',
            );
          throw scrubbed;
        }
      },
    },
  });
}
