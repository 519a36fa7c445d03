import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/access/roles';
import { addDays } from '../../domain/time/dates';
import { isoWeekOfDate } from '../../domain/time/iso-week';
import { todayInBrussels } from '../../api/workers/clock';
import { ensureSchemathesis } from '../../scripts/lib/schemathesis';
import { activeContract, eventually, onboardWorker, registerEmployerWithContact } from '../support/journeys';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { freshNamespace } from '../support/temporal';

/**
 * Schemathesis against the real API (/openapi.json), once per role with that role's token, over
 * every operation: no answer may be a 5xx. Path parameters are the ids of real objects the role
 * may reach (its employer, worker, contract, placement, cohort, participant…), so that generated
 * bodies reach the domain instead of stopping at a 404.
 *
 * Bounded: a fixed seed, MAX_EXAMPLES cases per operation and phase, loopback only.
 *
 * Three operations end the state the others need, so each role fuzzes them in a last, separate
 * run instead of the main one (they are fuzzed all the same, never skipped):
 * - POST /auth/logout and DELETE /auth/session end every session of the account (the token the
 *   fuzzer holds would answer 401 everywhere afterwards);
 * - POST /workers/{workerId}/erasure erases the worker every worker-scoped operation is aimed at.
 */
const MAX_EXAMPLES = 10;
const REAL_ID_PROBABILITY = 0.8;
/**
 * No 5xx; every answer as documented (its status, content type, headers and body); a method a
 * path does not answer gets 405 with an Allow header.
 */
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'unsupported_method',
  'allow_header_conformance',
].join(',');
const SEED = 20261204;
const STATE_ENDING = ['/api/v1/auth/logout', '/api/v1/auth/session', '/api/v1/workers/{workerId}/erasure'];

let platform: TestPlatform;
let workdir: string;
const tokens = {} as Record<Role, string>;
const ids: Record<string, string> = {};
const today = todayInBrussels();

beforeAll(async () => {
  const tool = ensureSchemathesis((m) => process.stdout.write(`${m}\n`));
  process.env.SCHEMATHESIS_PYTHON ??= tool.python;
  process.env.SCHEMATHESIS_PYTHONPATH ??= tool.pythonPath;
  workdir = mkdtempSync(join(tmpdir(), 'talentcoop-fuzz-'));
  platform = await startTestPlatform({ TEMPORAL_NAMESPACE: await freshNamespace(), DIMONA_SANDBOX_ANSWER_DELAY_MS: '0' });
  const admin = await platform.signIn('admin');
  tokens.admin = admin.token;
  const employer = await registerEmployerWithContact(platform, admin.token);
  tokens.employer = employer.token;
  ids.employerId = employer.employerId;
  ids.workerId = await onboardWorker(platform, admin.token);
  const contract = await activeContract(platform, admin.token, ids.workerId, { startDate: today, endDate: addDays(today, 40) });
  ids.contractId = contract.contractId;
  tokens.worker = contract.workerToken;
  const request = await platform.http('POST', `/api/v1/employers/${ids.employerId}/job-requests`, {
    token: employer.token,
    body: {
      occupation: 'aide-soignant',
      sector: 'care',
      headcount: 1,
      hoursPerWeek: 30,
      startDate: today,
      endDate: addDays(today, 30),
      siteAddress: { street: 'Rue', houseNumber: '1', postalCode: '1030', city: 'Schaerbeek' },
      offeredHourlyWageCents: 1650,
      comparableStaffHourlyWageCents: 1650,
    },
  });
  ids.jobRequestId = request.body.id;
  const placement = await platform.http('POST', `/api/v1/job-requests/${ids.jobRequestId}/placements`, {
    token: admin.token,
    body: { workerId: ids.workerId, startDate: today, endDate: addDays(today, 30), billing: { mode: 'fixed', hourlyRateCents: 3000 } },
  });
  ids.placementId = placement.body.id;
  await platform.http('POST', `/api/v1/placements/${ids.placementId}/decision`, { token: employer.token, body: { decision: 'accept' } });
  await eventually(
    () => platform.http('GET', `/api/v1/placements/${ids.placementId}`, { token: admin.token }),
    (r) => r.body.status === 'active',
    'the placement',
  );
  ids.isoWeek = isoWeekOfDate(today);

  const coach = await platform.signIn('coach');
  tokens.coach = coach.token;
  const cohort = await platform.http('POST', '/api/v1/cohorts', {
    token: admin.token,
    body: { name: 'Cohorte fuzz', startDate: today, coachIds: [coach.userId] },
  });
  ids.cohortId = cohort.body.id;
  const application = await platform.http('POST', `/api/v1/cohorts/${ids.cohortId}/applications`, {
    token: admin.token,
    body: { displayName: 'Fatou D.', language: 'fr', projectIdea: 'Un service traiteur', motivation: 'Vivre de mon savoir-faire', scores: {} },
  });
  ids.applicationId = application.body.id;
  const decided = await platform.http('POST', `/api/v1/applications/${ids.applicationId}/decision`, {
    token: admin.token,
    body: { decision: 'selected', reason: 'clear project', coachId: coach.userId },
  });
  ids.participantId = decided.body.participantId;
  ids.accountId = coach.userId;
  for (const [key, value] of Object.entries(ids)) if (!value) throw new Error(`fuzz set-up: no ${key}`);
}, 180_000);

afterAll(async () => {
  await platform?.stop();
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  output: string;
  requests: number;
  serverErrors: string[];
}

type OpenApi = { paths: Record<string, Record<string, { 'x-roles'?: 'public' | Role[]; deprecated?: boolean }>> } & Record<string, unknown>;

/**
 * The operations one role's run covers: those that admit the role (the 403s of the others are the
 * access-control tests' business), the public ones in the admin's run only; `stateEnding` picks
 * the operations run last (see above) or all the others.
 */
function schemaFor(doc: OpenApi, role: Role, stateEnding: boolean): OpenApi {
  const paths: OpenApi['paths'] = {};
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const roles = operation['x-roles'];
      const admitted = roles === 'public' ? role === 'admin' : (roles ?? []).includes(role);
      // The others stay in the document, marked deprecated and left out with --exclude-deprecated
      // (the API marks none): an OPTIONS answer's Allow is checked against every method of the path.
      (paths[path] ??= {})[method] = admitted && STATE_ENDING.includes(path) === stateEnding ? operation : { ...operation, deprecated: true };
    }
  }
  return { ...doc, paths };
}

/** One schemathesis run with the role's token; the API's own request log counts what it answered. */
async function schemathesis(role: Role, name: string, schema: OpenApi, extra: string[] = []): Promise<Run> {
  const config = join(workdir, `${role}-${name}.toml`);
  const location = join(workdir, `${role}-${name}.openapi.json`);
  writeFileSync(location, JSON.stringify(schema));
  // Path parameters mostly aimed at real objects, so that bodies reach the domain; the other
  // cases are generated (missing objects, malformed ids).
  writeFileSync(
    config,
    [
      ...Object.entries(ids).map(([k, v]) => `[dictionaries.${k}]\nvalues = ["${v}"]\n`),
      '[parameters]',
      ...Object.keys(ids).map((k) => `"path.${k}" = { dictionary = "${k}", probability = ${REAL_ID_PROBABILITY} }`),
      '',
    ].join('\n'),
  );
  const logStart = platform.logLines.length;
  const args = [
    '-m',
    'schemathesis.cli',
    '--config-file',
    config,
    'run',
    location,
    '--url',
    platform.baseUrl,
    '--checks',
    CHECKS,
    '--exclude-deprecated',
    '--max-examples',
    String(MAX_EXAMPLES),
    '--seed',
    String(SEED),
    // One worker: Python 3.11's ast is not thread-safe (hypothesis then fails with "AST constructor recursion depth mismatch").
    '--workers',
    '1',
    '--request-timeout',
    '30',
    '--output-truncate',
    'false',
    '-H',
    `Authorization: Bearer ${tokens[role]}`,
    ...extra,
  ];
  const started = Date.now();
  const child = spawn(process.env.SCHEMATHESIS_PYTHON!, args, {
    env: { ...process.env, PYTHONPATH: process.env.SCHEMATHESIS_PYTHONPATH, NO_PROXY: '*', no_proxy: '*', NO_COLOR: '1', COLUMNS: '160' },
    cwd: workdir, // its caches (.schemathesis/, .hypothesis/) stay out of the repository
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines = platform.logLines.slice(logStart).map((l) => JSON.parse(l) as { msg?: string; status?: number; method?: string; route?: string });
  const answered = lines.filter((l) => l.msg === 'request');
  const serverErrors = answered.filter((l) => (l.status ?? 0) >= 500).map((l) => `${l.status} ${l.method} ${l.route}`);
  // What the API logged about them (the cause of a 500), to read with schemathesis' reproduction.
  if (serverErrors.length)
    output += `\nAPI errors:\n${lines
      .filter((l) => l.msg === 'unhandled error')
      .map((l) => JSON.stringify(l))
      .join('\n')}\n`;
  process.stdout.write(
    `fuzz ${role} ${name}: ${Object.values(schema.paths).reduce((n, o) => n + Object.values(o).filter((op) => !op.deprecated).length, 0)} operations, ${answered.length} requests in ${Math.round((Date.now() - started) / 1000)} s, ${serverErrors.length} answered 5xx\n`,
  );
  return { code, output, requests: answered.length, serverErrors };
}

describe('what the fuzzer found, answered 400 naming the field instead of 500', () => {
  it('an ISO week outside 1900–2199 (year 0000 crashed the week arithmetic)', async () => {
    const entries = [{ date: today, kind: 'work', start: '08:00', end: '12:00', breakMinutes: 0 }];
    const res = await platform.http('PUT', `/api/v1/placements/${ids.placementId}/timesheets/0000-W01/entries`, { token: tokens.worker, body: { entries } });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['path.isoWeek']);
    const noWeek53 = await platform.http('GET', `/api/v1/placements/${ids.placementId}/timesheets/2025-W53`, { token: tokens.worker });
    expect(noWeek53.status).toBe(400);
  });

  it('a decision reason longer than the audit log keeps (300 characters)', async () => {
    const res = await platform.http('POST', `/api/v1/applications/${ids.applicationId}/decision`, {
      token: tokens.admin,
      body: { decision: 'rejected', reason: 'x'.repeat(301) },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
  });
});

describe('schemathesis over every operation, per role: no 5xx', () => {
  for (const role of ['admin', 'employer', 'worker', 'coach'] as const) {
    it(`${role}`, async () => {
      const doc = (await platform.http('GET', '/openapi.json')).body as OpenApi;
      const main = await schemathesis(role, 'main', schemaFor(doc, role, false));
      const last = await schemathesis(role, 'last', schemaFor(doc, role, true));
      for (const run of [main, last]) {
        if (run.code !== 0 || run.serverErrors.length > 0) process.stdout.write(run.output);
        expect(run.serverErrors, run.output).toEqual([]);
        expect(run.code, run.output).toBe(0);
        expect(run.requests).toBeGreaterThan(0);
      }
    }, 420_000);
  }
});
