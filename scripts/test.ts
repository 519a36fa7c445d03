/**
 * `npm test` — the whole suite, on a fresh machine or twice in a row:
 *   1. types (tsc) and the architecture's dependency rules (dependency-cruiser);
 *   2. a real PostgreSQL (embedded, fresh, unless DATABASE_URL) and a real Temporal dev server
 *      (unless TEMPORAL_ADDRESS), plus the Temporal time-skipping test server binary;
 *   3. vitest over every test, with their addresses in the environment.
 * Everything it started is stopped at the end, whatever happened.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from './lib/embedded-postgres';
import { DATA_DIR, ROOT } from './lib/paths';
import { startTemporalDevServer, type RunningTemporal } from './lib/temporal-dev-server';
import { ensureTemporalTools } from './lib/temporal-tools';
import { ensurePeppolValidator } from './lib/peppol-validator';
import { ensureChromium } from './lib/chromium';
import { ensureWebBuild } from './lib/web-build';
import { ensureSchemathesis } from './lib/schemathesis';

const vitestArgs = process.argv.slice(2);
const say = (line: string) => process.stdout.write(`${line}\n`);
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

function step(title: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  say(`\n── ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, env });
  return r.status === 0;
}

// embedded-postgres's own exit hook would exit on SIGINT before the servers below are stopped.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
let interrupted = false;
const interrupt = () => {
  interrupted = true;
};
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);

let postgres: RunningPostgres | undefined;
let temporal: RunningTemporal | undefined;
let code = 1;
try {
  if (!step('Type check', bin('tsc'), ['--noEmit', '-p', '.'])) throw new Error('type check failed');
  if (!step('Type check of the web portal', bin('tsc'), ['--noEmit', '-p', 'web'])) throw new Error('type check of the web portal failed');
  // Biome: the linter's rules and the formatter's layout (biome.jsonc); `npx biome check --write .` fixes what it can.
  if (!step('Lint and format (Biome)', bin('biome'), ['check', '--reporter=summary', '.']))
    throw new Error('lint or format check failed: npx biome check --write . fixes what it can');
  if (
    !step('Dependency rules', bin('depcruise'), [
      '--config',
      '.dependency-cruiser.cjs',
      'domain',
      'workflows',
      'activities',
      'db',
      'api',
      'worker',
      'platform',
      'scripts',
    ])
  ) {
    throw new Error('dependency rules broken');
  }

  say('\n── Test servers');
  const tools = ensureTemporalTools(say);
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = join(DATA_DIR, 'test-postgres');
    rmSync(dataDir, { recursive: true, force: true });
    postgres = await startEmbeddedPostgres({ dataDir, port: Number(process.env.TEST_POSTGRES_PORT ?? 54339), database: 'talentcoop_test', persistent: false });
    databaseUrl = postgres.url;
    say(`PostgreSQL: embedded, fresh (${databaseUrl.replace(/:[^:@/]+@/, ':***@')})`);
  } else say('PostgreSQL: from DATABASE_URL');
  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    temporal = await startTemporalDevServer({ cli: tools.cli, port: Number(process.env.TEST_TEMPORAL_PORT ?? 7243), namespace: 'default' });
    temporalAddress = temporal.address;
    say(`Temporal: dev server ${temporalAddress} (in memory); ${tools.source}`);
  } else say(`Temporal: ${temporalAddress} from TEMPORAL_ADDRESS`);
  say(`Time-skipping test server: ${tools.testServer}`);
  ensurePeppolValidator(say);
  const chromium = ensureChromium(say);
  say(`Chromium: ${chromium}`);
  await ensureWebBuild(say);
  say('Web portal: built in web/dist');
  say('Peppol validator: UBL 2.1 XSD (JDK) + Peppol BIS 3 Schematron (Saxon-HE, SchXslt) in .tools/peppol-validator');
  const schemathesis = ensureSchemathesis(say);
  say(`Schemathesis: ${schemathesis.version} in .tools/schemathesis`);

  const env = {
    ...process.env,
    NODE_ENV: 'test',
    TEST_DATABASE_URL: databaseUrl,
    TEST_TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TEST_SERVER_PATH: tools.testServer,
    TEMPORAL_CLI_PATH: tools.cli,
    CHROMIUM_PATH: chromium,
    SCHEMATHESIS_PYTHON: schemathesis.python,
    SCHEMATHESIS_PYTHONPATH: schemathesis.pythonPath,
  };
  code = step('Tests', bin('vitest'), ['run', ...vitestArgs], env) && !interrupted ? 0 : 1;
} catch (err) {
  process.stderr.write(`\n${err instanceof Error ? err.message : String(err)}\n`);
  code = 1;
} finally {
  await temporal?.stop().catch(() => undefined);
  await postgres?.stop().catch(() => undefined);
}
process.exit(code);
