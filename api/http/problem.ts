import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';

/** One field problem inside a 4xx answer. `field` is a dotted path into the request. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/**
 * A failure with a stable code that the API turns into an RFC 9457 problem+json answer.
 * Business code throws these; anything else becomes a plain 500.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(detail ?? title);
  }
}

export const problems = {
  validation: (errors: FieldProblem[], detail = 'The request has invalid fields.') =>
    new ProblemError(400, 'validation-failed', 'Invalid request', detail, errors),
  unauthenticated: (detail = 'Sign in first: this needs a valid bearer token.') =>
    new ProblemError(401, 'unauthenticated', 'Not signed in', detail),
  invalidCredentials: () => new ProblemError(401, 'invalid-credentials', 'Wrong e-mail or password', 'The e-mail or the password is wrong.'),
  forbidden: (detail = 'Your role does not allow this.') => new ProblemError(403, 'forbidden', 'Not allowed', detail),
  notFound: (what = 'resource') => new ProblemError(404, 'not-found', 'Not found', `No such ${what}.`),
  conflict: (code: string, detail: string, errors: FieldProblem[] = []) => new ProblemError(409, code, 'Conflict', detail, errors),
  unprocessable: (code: string, detail: string, errors: FieldProblem[] = []) =>
    new ProblemError(422, code, 'Business rule not met', detail, errors),
  tooManyRequests: (detail: string) => new ProblemError(429, 'too-many-requests', 'Too many requests', detail),
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function sendProblem(res: Response, problem: ProblemError, requestId: string, instance: string): void {
  res
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .json({
      type: `https://talentcoop.example/problems/${problem.code}`,
      title: problem.title,
      status: problem.status,
      detail: problem.detail ?? problem.title,
      instance,
      code: problem.code,
      requestId,
      ...(problem.errors.length ? { errors: problem.errors } : {}),
    });
}

/** The one error handler. Internals never leak: unknown errors are logged and answered 500. */
export function problemErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const requestId = String(res.locals.requestId ?? 'unknown');
    const instance = req.originalUrl.split('?')[0] ?? '/';
    if (err instanceof ProblemError) return sendProblem(res, err, requestId, instance);
    // Express' body parser marks malformed JSON and oversized bodies with a status.
    const status = typeof err?.status === 'number' ? err.status : undefined;
    if (status && status >= 400 && status < 500) {
      const code = err.type === 'entity.too.large' ? 'payload-too-large' : 'malformed-body';
      const detail = code === 'payload-too-large' ? 'The request body is too large.' : 'The request body is not valid JSON.';
      return sendProblem(res, new ProblemError(status, code, 'Bad request', detail, [{ field: 'body', code, message: detail }]), requestId, instance);
    }
    logger.error({ requestId, err: { name: err?.name, message: err?.message, stack: err?.stack } }, 'unhandled error');
    return sendProblem(res, new ProblemError(500, 'internal-error', 'Internal error', 'Something went wrong on our side; it has been logged.'), requestId, instance);
  };
}
