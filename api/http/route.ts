import type { Request, Response } from 'express';
import type { z, ZodType } from 'zod';
import type { Principal, Role } from '../../domain/access/roles';
import type { ApiDeps } from '../deps';
import type { ApiTag } from './tags';

/**
 * A route is declared once: method, path, the roles it admits, its zod schemas. The same
 * declaration mounts it in Express (authenticate → authorise → validate → handle) and documents
 * it in the OpenAPI document, so the two cannot drift apart.
 */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteContext<P, Q, B, S = undefined> {
  /** What `authorize` loaded: the object the path names, already checked for this principal. */
  scope: S;
  params: P;
  query: Q;
  body: B;
  /** Null only on public routes. */
  principal: Principal | null;
  requestId: string;
  deps: ApiDeps;
  req: Request;
  res: Response;
}

/** What a handler answers: JSON with a status, or a file. */
export type RouteResult =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { status: number; file: Buffer | Uint8Array; contentType: string; fileName: string };

export interface ResponseDoc {
  description: string;
  schema?: ZodType;
  contentType?: string;
}

export interface RouteDefinition<
  P extends ZodType = ZodType,
  Q extends ZodType = ZodType,
  B extends ZodType = ZodType,
  // biome-ignore lint/suspicious/noExplicitAny: a route's answer is typed by its declared schema; the registry holds routes of every kind.
  S = any,
> {
  method: HttpMethod;
  /** OpenAPI style, relative to the API base: `/workers/{workerId}`. */
  path: string;
  /** Unique, in the business's words (`registerWorker`, `approveTimesheet`): client code generators name functions after it. */
  operationId: string;
  /** Short: an imperative or a noun phrase. */
  summary: string;
  /** Anything a caller should know beyond the summary; the document adds who may call it and what it changes. */
  description?: string;
  tags: ApiTag[];
  /** 'public' routes need no token (login, magic links). */
  roles: readonly Role[] | 'public';
  /**
   * What a role may reach through this route when it is less than everything, e.g.
   * `{ employer: 'their own placements only' }`: printed next to the role in the documentation.
   */
  access?: Partial<Record<Role | 'public', string>>;
  /**
   * What calling it changes, in a sentence or two: which records, which workflow, which
   * notifications go out. "Changes nothing." for a pure read.
   */
  changes: string;
  request?: { params?: P; query?: Q; body?: B };
  /**
   * A body that is a file, not JSON (a bank statement), read by the handler itself: documented
   * with its media types so clients (and the portal's generated types) can send it.
   */
  fileBody?: { description: string; contentTypes: readonly string[]; example: string };
  responses: Record<number, ResponseDoc>;
  /**
   * It decrypts values stored earlier (itself, or in the process it waits for): one that does not
   * decrypt where it is answers a 409 `encrypted-value-integrity` (api/http/encrypted-field-errors.ts),
   * which the OpenAPI document then lists for it.
   */
  readsEncrypted?: true;
  /**
   * Object-level access, run once the path is valid and before the body is read: throws a 404
   * when the principal may not see the object the path names, so a stranger learns nothing.
   */
  authorize?: (ctx: { params: z.infer<P>; principal: Principal; deps: ApiDeps }) => Promise<S>;
  handler: (ctx: RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>, S>) => Promise<RouteResult>;
}

/** Keeps the zod types of one route together when it is declared. */
export function defineRoute<P extends ZodType, Q extends ZodType, B extends ZodType, S = undefined>(def: RouteDefinition<P, Q, B, S>): RouteDefinition {
  return def as unknown as RouteDefinition;
}

export const toExpressPath = (openApiPath: string) => openApiPath.replace(/\{([^}]+)\}/g, ':$1');
