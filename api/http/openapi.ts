import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import type { Role } from '../../domain/access/roles';
import type { RouteDefinition } from './route';
import { API_TAGS } from './tags';

export const API_BASE = '/api/v1';

const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

const idempotencyHeader = z.object({
  'Idempotency-Key': z
    .string()
    .regex(/^[A-Za-z0-9._:-]{8,200}$/)
    .optional()
    .meta({
      description:
        'Optional. The same key from the same account gets the first answer again (header `Idempotent-Replayed: true`) without running twice; ' +
        'the same key with another request is a 422 `idempotency-key-reused`; while the first still runs, a 409 `request-in-progress`. Kept 24 hours.',
    }),
});

/** What an operation that decrypts stored values may also answer. */
export const ENCRYPTED_VALUE_INTEGRITY_409 =
  '`encrypted-value-integrity`: a stored value it needs does not decrypt where it is (copied from another row, altered, or an unbound v1 value refused); nothing of it is shown, and the administrators get an alert naming the place';

const STANDARD_PROBLEMS: Record<number, string> = {
  400: 'Invalid request: `errors[]` names each bad field',
  401: 'Not signed in, or the token expired',
  403: 'The role is not admitted on this route',
  404: 'No such object (or not one this account may see)',
  413: 'The request body is larger than 1 MB',
  431: 'The request line or headers are too large',
};

/**
 * Who may call a route, from the roles it declares (never written by hand, so it cannot drift
 * from what `mountRoutes` enforces), each with what it may reach when that is less than everything.
 */
export function whoMayCall(route: Pick<RouteDefinition, 'roles' | 'access'>): string {
  const callers: readonly (Role | 'public')[] = route.roles === 'public' ? ['public'] : route.roles;
  const named = callers.map((caller) => {
    const label = caller === 'public' ? 'anyone without signing in' : caller;
    const reach = route.access?.[caller];
    return reach ? `${label} (${reach})` : label;
  });
  return `Who may call: ${named.join(', ')}.`;
}

/** The operation's description: the route's own words, who may call it, what it changes. */
export function operationDescription(route: RouteDefinition): string {
  return [route.description, `**${whoMayCall(route).replace(': ', ':** ')}`, `**What it changes:** ${route.changes}`].filter(Boolean).join('\n\n');
}

/**
 * The OpenAPI 3.1 document, generated from the route declarations. Each operation carries
 * `x-roles`: the roles it admits (or "public"); its description says who may call it and what
 * it changes; the document's tags are the API's areas, in the order the documentation shows them.
 */
export function buildOpenApiDocument(routes: readonly RouteDefinition[]) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const route of routes) {
    const responses: Record<string, { description: string; content?: Record<string, { schema: z.ZodType }> }> = {};
    for (const [status, doc] of Object.entries(route.responses)) {
      responses[status] = {
        description: doc.description,
        ...(doc.schema ? { content: { [doc.contentType ?? 'application/json']: { schema: doc.schema } } } : {}),
      };
    }
    // What any route may answer besides its own: a bad request (when it reads one), no sign-in or
    // the wrong role, a missing object (when its path names one), a body or headers too large.
    const standard = [...(route.roles === 'public' ? [400] : [400, 401, 403]), 404, 413, 431];
    for (const status of standard) {
      if (status === 400 && !route.request) continue;
      if (status === 404 && !route.request?.params) continue;
      if (status === 413 && !route.request?.body && !route.fileBody) continue;
      // Node's HTTP parser answers 431 itself, with an empty body.
      responses[String(status)] ??=
        status === 431
          ? { description: STANDARD_PROBLEMS[status]! }
          : { description: STANDARD_PROBLEMS[status]!, content: { 'application/problem+json': { schema: problemSchema } } };
    }
    // A change with an Idempotency-Key may also answer: a malformed key (400), a key still running (409), a key reused for another request (422).
    if (route.roles !== 'public' && route.method !== 'get') {
      for (const [status, description] of [
        ['400', 'Invalid request (here also: a malformed Idempotency-Key)'],
        ['409', 'Conflict (here also: the request under this Idempotency-Key is still running, or the answer stored under it does not decrypt)'],
        ['422', 'Business rule not met (here also: this Idempotency-Key was used for another request)'],
      ] as const) {
        responses[status] ??= { description, content: { 'application/problem+json': { schema: problemSchema } } };
      }
    }
    // A stored value that fails its integrity check (copied from another row, altered, unbound v1 refused).
    if (route.readsEncrypted) {
      const own = responses['409'];
      responses['409'] = {
        description: own
          ? `${own.description}; or ${ENCRYPTED_VALUE_INTEGRITY_409[0]!.toLowerCase()}${ENCRYPTED_VALUE_INTEGRITY_409.slice(1)}`
          : ENCRYPTED_VALUE_INTEGRITY_409,
        content: { 'application/problem+json': { schema: problemSchema } },
      };
    }
    registry.registerPath({
      method: route.method,
      path: `${API_BASE}${route.path}`,
      operationId: route.operationId,
      summary: route.summary,
      description: operationDescription(route),
      tags: route.tags,
      security: route.roles === 'public' ? [] : [{ bearer: [] }],
      'x-roles': route.roles === 'public' ? 'public' : [...route.roles],
      request: {
        ...(route.request?.params ? { params: route.request.params as z.ZodObject } : {}),
        ...(route.request?.query ? { query: route.request.query as z.ZodObject } : {}),
        ...(route.roles !== 'public' && route.method !== 'get' ? { headers: idempotencyHeader } : {}),
        ...(route.request?.body ? { body: { required: true, content: { 'application/json': { schema: route.request.body } } } } : {}),
        ...(route.fileBody
          ? {
              body: {
                required: true,
                description: route.fileBody.description,
                content: Object.fromEntries(route.fileBody.contentTypes.map((type) => [type, { schema: z.string(), example: route.fileBody!.example }])),
              },
            }
          : {}),
      },
      responses,
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'TalentCoop engine API',
      version: '1.0.0',
      description: 'Operations and payroll engine of the TalentCoop employment cooperative. Errors are RFC 9457 application/problem+json with a stable `code`.',
    },
    servers: [{ url: '/' }],
    tags: Object.entries(API_TAGS).map(([name, description]) => ({ name, description })),
  });
}
