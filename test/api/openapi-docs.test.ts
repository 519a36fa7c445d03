import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { ROLES } from '../../domain/access/roles';
import { parseCamt053 } from '../../domain/banking/camt053';
import { DOCS_INIT } from '../../api/http/docs-page';
import { API_BASE, buildOpenApiDocument } from '../../api/http/openapi';
import type { RouteDefinition } from '../../api/http/route';
import { allRoutes } from '../../api/routes';

/**
 * The API documents itself (issue 14.12): every operation says what it is, who may call it and
 * what it changes, sits in one of the document's areas, and shows a request and a response
 * example that its own schemas accept — checked both by the zod schema the route validates with
 * and by the JSON Schema the document publishes (what Swagger UI, client generators and the
 * fuzzer read). Built from the route declarations, no server needed.
 */

type Schema = Record<string, unknown> & { $ref?: string; example?: unknown; examples?: unknown[] };
interface MediaType {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  'x-roles'?: 'public' | string[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { description?: string; content?: Record<string, MediaType> }>;
}
interface Document {
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const doc = buildOpenApiDocument(allRoutes) as unknown as Document;
const operations = allRoutes.map((route) => ({
  route,
  name: `${route.method.toUpperCase()} ${route.path}`,
  op: doc.paths[`${API_BASE}${route.path}`]![route.method]!,
}));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: doc.components });

function resolve(schema: Schema): Schema {
  return schema.$ref ? resolve(doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]!) : schema;
}

/** The example a reader sees for a media type: its own, or its schema's. */
function exampleOf(media: MediaType): { found: false } | { found: true; value: unknown } {
  if (media.example !== undefined) return { found: true, value: media.example };
  const named = Object.values(media.examples ?? {})[0];
  if (named) return { found: true, value: named.value };
  const schema = media.schema ? resolve(media.schema) : undefined;
  if (schema?.example !== undefined) return { found: true, value: schema.example };
  if (schema?.examples?.length) return { found: true, value: schema.examples[0] };
  return { found: false };
}

/** What is wrong with an example against the document's JSON Schema and the route's zod schema, or nothing. */
function problemsWith(value: unknown, published: Schema, zod: ZodType | undefined): string[] {
  // References point into the document's components, registered with ajv as "openapi".
  const validate = ajv.compile(JSON.parse(JSON.stringify(published).replaceAll('"#/components/', '"openapi#/components/')));
  const found: string[] = [];
  if (!validate(value)) found.push(...(validate.errors ?? []).map((e) => `JSON Schema: ${e.instancePath || '/'} ${e.message}`));
  const parsed = zod?.safeParse(value);
  if (parsed && !parsed.success) found.push(...parsed.error.issues.map((i) => `zod: ${i.path.join('.') || '/'} ${i.message}`));
  return found;
}

/** Collects what every operation gets wrong, so one failure lists them all. */
function offenders(check: (o: (typeof operations)[number]) => string | string[] | undefined): string[] {
  return operations.flatMap((o) => [check(o) ?? []].flat().map((problem) => `${o.name}: ${problem}`));
}

function jsonBodies(route: RouteDefinition, op: Operation) {
  const body = op.requestBody?.content['application/json'];
  return body ? [{ what: 'request body', media: body, zod: route.request?.body }] : [];
}

function jsonSuccesses(route: RouteDefinition, op: Operation) {
  return Object.entries(op.responses)
    .filter(([status, response]) => /^2/.test(status) && response.content?.['application/json'])
    .map(([status, response]) => ({ what: `${status} response`, media: response.content!['application/json']!, zod: route.responses[Number(status)]?.schema }));
}

/** The operations that decrypt stored values, themselves or in the process they wait for (issue 13.6). */
const DECRYPTING = [
  'getWorker',
  'exportWorkerFile',
  'downloadContractDocument',
  'downloadDmfaXml',
  'submitDmfa',
  'correctDmfa',
  'downloadInvoiceDocument',
  'downloadInvoiceUbl',
  'importBankStatement',
  'getParticipant',
  'issueProgressReport',
  'downloadTrajectoryDocument',
  'downloadPayslipDocument',
  'issueTaxForm28110',
  'downloadTaxForm28110',
  'getTaxSituation',
  'confirmTaxSituation',
  'downloadSepaCreditTransfer',
  'inviteAccount',
];

describe('a stored value that does not decrypt where it is', () => {
  it('is documented as a 409 encrypted-value-integrity problem on each operation that decrypts one, and on no read that does not', () => {
    const documents = ({ op }: (typeof operations)[number]) =>
      Boolean(op.responses['409']?.content?.['application/problem+json'] && op.responses['409']?.description?.includes('`encrypted-value-integrity`'));
    expect(
      operations
        .filter(documents)
        .map(({ op }) => op.operationId)
        .sort(),
    ).toEqual([...DECRYPTING].sort());
    // A route's own 409 keeps its words, the integrity one is added to them.
    const confirm = operations.find(({ op }) => op.operationId === 'confirmTaxSituation')!.op;
    expect(confirm.responses['409']!.description).toMatch(
      /^Already confirmed; or `encrypted-value-integrity`: a stored value it needs does not decrypt where it is/,
    );
  });
});

describe('every operation documents itself', () => {
  it('has a unique operationId in camelCase', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(offenders(({ op }) => (/^[a-z][A-Za-z0-9]+$/.test(op.operationId ?? '') ? undefined : `operationId ${JSON.stringify(op.operationId)}`))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has a short summary, a phrase rather than a paragraph', () => {
    expect(
      offenders(({ op }) => {
        const summary = op.summary?.trim() ?? '';
        if (summary.length < 5) return 'no summary';
        if (summary.length > 80) return `summary of ${summary.length} characters (at most 80; the rest belongs in the description)`;
        if (/[.;]$/.test(summary)) return 'summary ends with punctuation';
        return undefined;
      }),
    ).toEqual([]);
  });

  it('says who may call it: exactly the roles the route admits, as mountRoutes enforces them', () => {
    expect(
      offenders(({ route, op }) => {
        const line = /\*\*Who may call:\*\* (.+)\./.exec(op.description ?? '')?.[1];
        if (!line) return 'no "Who may call" line';
        // Each caller, without what it may reach (in parentheses, possibly with commas inside).
        const callers = line
          .replace(/\([^()]*\)/g, '')
          .split(',')
          .map((c) => c.trim());
        const expected = route.roles === 'public' ? ['anyone'] : [...route.roles];
        const named = callers.map((c) => (c.startsWith('anyone') ? 'anyone' : c));
        if (JSON.stringify(named) !== JSON.stringify(expected)) return `names ${JSON.stringify(named)}, the route admits ${JSON.stringify(expected)}`;
        if (JSON.stringify(op['x-roles']) !== JSON.stringify(route.roles)) return 'x-roles differs from the route';
        return undefined;
      }),
    ).toEqual([]);
    // Every role appears somewhere: the line is not stuck on one role.
    const lines = operations.map((o) => o.op.description ?? '').join('\n');
    for (const role of ROLES) expect(lines).toContain(role);
  });

  it('says what it changes, in a sentence', () => {
    expect(
      offenders(({ op }) => {
        const sentence = /\*\*What it changes:\*\* (.+)$/s.exec(op.description ?? '')?.[1]?.trim();
        if (!sentence) return 'no "What it changes" line';
        if (sentence.length < 16 || !/[.)]$/.test(sentence)) return `"${sentence}" is not a sentence`;
        return undefined;
      }),
    ).toEqual([]);
  });

  it('sits in at least one of the areas the document declares, and every area has operations', () => {
    const declared = (doc.tags ?? []).map((t) => t.name);
    expect(declared.length).toBeGreaterThan(5);
    expect(new Set(declared).size).toBe(declared.length);
    expect((doc.tags ?? []).filter((t) => !t.description || t.description.length < 20).map((t) => t.name)).toEqual([]);
    expect(
      offenders(({ op }) => {
        if (!op.tags?.length) return 'no tag';
        const unknown = op.tags.filter((t) => !declared.includes(t));
        return unknown.length ? `tags ${unknown.join(', ')} are not declared` : undefined;
      }),
    ).toEqual([]);
    const used = new Set(operations.flatMap((o) => o.op.tags ?? []));
    expect(declared.filter((t) => !used.has(t))).toEqual([]);
  });

  it('shows an example of every JSON request body, which its schemas accept', () => {
    expect(
      offenders(({ route, op }) =>
        jsonBodies(route, op).flatMap(({ what, media, zod }) => {
          const example = exampleOf(media);
          if (!example.found) return [`no ${what} example`];
          return problemsWith(example.value, media.schema!, zod).map((p) => `${what} example: ${p}`);
        }),
      ),
    ).toEqual([]);
  });

  it('shows an example of every JSON success response, which its schemas accept', () => {
    expect(
      offenders(({ route, op }) =>
        jsonSuccesses(route, op).flatMap(({ what, media, zod }) => {
          const example = exampleOf(media);
          if (!example.found) return [`no ${what} example`];
          return problemsWith(example.value, media.schema!, zod).map((p) => `${what} example: ${p}`);
        }),
      ),
    ).toEqual([]);
  });

  it('documents a file body by its media types, with an example the engine reads (a bank statement)', () => {
    const statement = operations.find((o) => o.route.operationId === 'importBankStatement')!;
    const content = statement.op.requestBody!.content;
    expect(Object.keys(content).sort()).toEqual(['application/xml', 'text/plain']);
    const example = content['application/xml']!.example as string;
    expect(parseCamt053(example)).toMatchObject({ ok: true, statement: { entries: [expect.objectContaining({ amountCents: 443296 })] } });
    expect(statement.op.responses['413']).toBeDefined();
  });

  it('the example check itself refuses an example its schema does not accept', () => {
    const login = operations.find((o) => o.route.path === '/auth/login')!;
    const media = login.op.requestBody!.content['application/json']!;
    expect(problemsWith({ email: 'not an address', password: 7 }, media.schema!, login.route.request!.body)).not.toEqual([]);
  });
});

describe('the docs page', () => {
  /** Runs the page's start-up script against a stand-in Swagger UI and answers the options it was given. */
  function docsOptions(): Record<string, unknown> {
    let options: Record<string, unknown> = {};
    runInNewContext(DOCS_INIT, {
      window: {},
      // biome-ignore lint/correctness/noComponentHookFactories: SwaggerUIBundle is the page's global, named by Swagger UI, not a React component.
      SwaggerUIBundle: (o: Record<string, unknown>) => {
        options = o;
      },
    });
    return options;
  }

  it('lists the operations grouped by tag in the document’s order of areas, collapsed to their summaries', () => {
    const options = docsOptions();
    expect(options.url).toBe('/openapi.json');
    expect(options.docExpansion).toBe('list');
    // No tagsSorter: Swagger UI then follows the document's top-level tags, which are in order.
    expect(options.tagsSorter).toBeUndefined();
    expect((doc.tags ?? []).slice(0, 3).map((t) => t.name)).toEqual(['Auth', 'Accounts', 'Workers']);
  });

  it('sorts the operations of a tag by path, reads before changes', () => {
    const sorter = docsOptions().operationsSorter as (a: unknown, b: unknown) => number;
    const op = (method: string, path: string) => ({ get: (key: string) => (key === 'method' ? method : path), label: `${method} ${path}` });
    const sorted = [op('post', '/workers'), op('delete', '/workers/{workerId}'), op('get', '/workers/{workerId}'), op('get', '/workers')].sort(sorter);
    expect(sorted.map((o) => o.label)).toEqual(['get /workers', 'post /workers', 'get /workers/{workerId}', 'delete /workers/{workerId}']);
  });
});
