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
const MAX_EXAMPLES = 15;
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
      occupation: 'aide-soignant', sector: 'care', headcount: 1, hoursPerWeek: 30, startDate: today, endDate: addDays(today, 30),
      siteAddress: { street: 'Rue', houseNumber: '1', postalCode: '1030', city: 'Schaerbeek' }, offeredHourlyWageCents: 1650, comparableStaffHourlyWageCents: 1650,
    },
  });
  ids.jobRequestId = request.body.id;
  const placement = await platform.http('POST', `/api/v1/job-requests/${ids.jobRequestId}/placements`, {
    token: admin.token, body: { workerId: ids.workerId, startDate: today, endDate: addDays(today, 30), billing: { mode: 'fixed', hourlyRateCents: 3000 } },
  });
  ids.placementId = placement.body.id;
  await platform.http('POST', `/api/v1/placements/${ids.placementId}/decision`, { token: employer.token, body: { decision: 'accept' } });
  await eventually(() => platform.http('GET', `/api/v1/placements/${ids.placementId}`, { token: admin.token }), (r) => r.body.status === 'active', 'the placement');
  ids.isoWeek = isoWeekOfDate(today);

  const coach = await platform.signIn('coach');
  tokens.coach = coach.token;
  const cohort = await platform.http('POST', '/api/v1/cohorts', { token: admin.token, body: { name: 'Cohorte fuzz', startDate: today, coachIds: [coach.userId] } });
  ids.cohortId = cohort.body.id;
  const application = await platform.http('POST', `/api/v1/cohorts/${ids.cohortId}/applications`, {
    token: admin.token, body: { displayName: 'Fatou D.', language: 'fr', projectIdea: 'Un service traiteur', motivation: 'Vivre de mon savoir-faire', scores: {} },
  });
  ids.applicationId = application.body.id;
  const decided = await platform.http('POST', `/api/v1/applications/${ids.applicationId}/decision`, { token: admin.token, body: { decision: 'selected', reason: 'clear project', coachId: coach.userId } });
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

type OpenApi = { paths: Record<string, Record<string, { 'x-roles'?: 'public' | Role[] }>> } & Record<string, unknown>;

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
      if (!admitted || STATE_ENDING.includes(path) !== stateEnding) continue;
      (paths[path] ??= {})[method] = operation;
    }
  }
  return { ...doc, paths };
}

/** One schemathesis run with the role's token; the API's own request log counts what it answered. */
async function schemathesis(role: Role, name: string, schema: OpenApi, extra: string[] = []): Promise<Run> {
  const config = join(workdir, `${role}-${name}.toml`);
  const location = join(workdir, `${role}-${name}.openapi.json`);
  writeFileSync(location, JSON.stringify(schema));
  // Path parameters aimed at real objects (schemathesis still varies the query and the body).
  writeFileSync(config, `[parameters]\n${Object.entries(ids).map(([k, v]) => `"path.${k}" = "${v}"`).join('\n')}\n`);
  const logStart = platform.logLines.length;
  const args = [
    '-m', 'schemathesis.cli', '--config-file', config, 'run', location,
    '--url', platform.baseUrl,
    '--checks', 'not_a_server_error',
    '--max-examples', String(MAX_EXAMPLES),
    '--seed', String(SEED),
    // One worker: Python 3.11's ast is not thread-safe (hypothesis then fails with "AST constructor recursion depth mismatch").
    '--workers', '1',
    '--request-timeout', '30',
    '--output-truncate', 'false',
    '-H', `Authorization: Bearer ${tokens[role]}`,
    ...extra,
  ];
  const started = Date.now();
  const child = spawn(process.env.SCHEMATHESIS_PYTHON!, args, {
    env: { ...process.env, PYTHONPATH: process.env.SCHEMATHESIS_PYTHONPATH, NO_PROXY: '*', no_proxy: '*', NO_COLOR: '1', COLUMNS: '160' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines = platform.logLines.slice(logStart).map((l) => JSON.parse(l) as { msg?: string; status?: number; method?: string; route?: string });
  const answered = lines.filter((l) => l.msg === 'request');
  const serverErrors = answered.filter((l) => (l.status ?? 0) >= 500).map((l) => `${l.status} ${l.method} ${l.route}`);
  process.stdout.write(`fuzz ${role} ${name}: ${Object.values(schema.paths).reduce((n, o) => n + Object.keys(o).length, 0)} operations, ${answered.length} requests in ${Math.round((Date.now() - started) / 1000)} s, ${serverErrors.length} answered 5xx\n`);
  return { code, output, requests: answered.length, serverErrors };
}

describe('schemathesis over every operation, per role: no 5xx', () => {
  for (const role of ['admin', 'employer', 'worker', 'coach'] as const) {
    it(`${role}`, async () => {
      const doc = (await platform.http('GET', '/openapi.json')).body as OpenApi;
      const extra = process.env.FUZZ_CHECKS ? ['--checks', process.env.FUZZ_CHECKS] : [];
      const main = await schemathesis(role, 'main', schemaFor(doc, role, false), extra);
      const last = await schemathesis(role, 'last', schemaFor(doc, role, true), extra);
      for (const run of [main, last]) {
        if (run.code !== 0 || run.serverErrors.length > 0) process.stdout.write(run.output);
        expect(run.serverErrors, run.output).toEqual([]);
        expect(run.code, run.output).toBe(0);
        expect(run.requests).toBeGreaterThan(0);
      }
    }, 240_000);
  }
});
