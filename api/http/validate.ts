import type { ZodType } from 'zod';
import { problems, type FieldProblem } from './problem';

/** Parses with zod; a failure becomes a 400 naming every bad field (body fields by their own path). */
export function parseOrThrow<T>(schema: ZodType<T> | undefined, value: unknown, where: 'body' | 'query' | 'path'): T {
  if (!schema) return value as T;
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (result.success) return result.data;
  const errors: FieldProblem[] = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const field = where === 'body' ? path || 'body' : `${where}.${path}`;
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const custom = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
    // The catalogue's wording (domain/i18n) applies to a missing field and to our own refinements.
    return {
      field,
      code: missing ? 'required' : (custom ?? issue.code),
      message: missing ? 'is required' : issue.message,
      ...(missing || custom ? { params: {} } : {}),
    };
  });
  throw problems.validation(errors);
}
