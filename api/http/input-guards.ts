import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { problems, type FieldProblem } from './problem';

/** A NUL (PostgreSQL text cannot hold it) or a UTF-16 surrogate without its pair (not valid Unicode). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL is exactly what this finds (PostgreSQL text cannot hold it).
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MESSAGE = 'contains a character that cannot be stored (a NUL or half of a surrogate pair)';

/** Every field of a parsed body or query holding unstorable text, named by its path (`entries[2].note`). */
export function unstorableFields(value: unknown, path = ''): FieldProblem[] {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [{ field: path || 'body', code: 'invalid-characters', message: MESSAGE, params: {} }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorableFields(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => {
      const at = path ? `${path}.${key}` : key;
      return UNSTORABLE.test(key) ? [{ field: at, code: 'invalid-characters', message: MESSAGE, params: {} }] : unstorableFields(v, at);
    });
  }
  return [];
}

/**
 * Refuses, before any route reads it, a request whose path, query or body holds text the database
 * cannot store or that is not valid Unicode: a 400 naming the field, never a 500 from PostgreSQL.
 */
export function rejectUnstorableText() {
  return (req: Request, _res: Response, next: NextFunction): void => {
    let path: string;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      next(problems.validation([{ field: 'path', code: 'malformed-path', message: 'the address is not correctly encoded' }]));
      return;
    }
    const problemsFound = [
      ...(UNSTORABLE.test(path) ? [{ field: 'path', code: 'invalid-characters', message: MESSAGE, params: {} }] : []),
      ...unstorableFields(req.query).map((p) => ({ ...p, field: `query.${p.field}` })),
      ...unstorableFields(req.body),
    ];
    next(problemsFound.length > 0 ? problems.validation(problemsFound) : undefined);
  };
}

/** A calendar day the engine can reason about (and PostgreSQL store): 1900-01-01 to 2199-12-31. */
export const calendarDate = z.iso
  .date()
  .refine((d) => d >= '1900-01-01' && d <= '2199-12-31', { message: 'must be a date between 1900-01-01 and 2199-12-31', params: { code: 'date-out-of-range' } })
  .meta({ format: 'date', example: '2026-12-07' });
