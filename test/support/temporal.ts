import type { DataConverter } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { WORKFLOWS_PATH, installTemporalRuntime } from '../../worker/create-worker';
import { FAILURE_CONVERTER_PATH } from '../../platform/temporal';
import { testEnv } from './env';

/** The real time-skipping test server, from the binary the project installed. */
export async function createTimeSkippingEnv(dataConverter?: DataConverter): Promise<TestWorkflowEnvironment> {
  installTemporalRuntime();
  return TestWorkflowEnvironment.createTimeSkipping({
    client: { dataConverter },
    server: { executable: { type: 'existing-path', path: testEnv().testServerPath } },
  });
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;
/** The workflow code bundled once per test file, reused by every worker of the file. */
export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    failureConverterPath: FAILURE_CONVERTER_PATH,
    logger: { log() {}, info() {}, warn() {}, error: console.error, debug() {}, trace() {} },
  });
  return bundle;
}

/**
 * A namespace of its own on the dev server, for tests of processes whose workflow ids are
 * business ids without a random part (`payroll-run:<period>`): test files running at the same
 * time would otherwise meet on the same id.
 */
export async function freshNamespace(): Promise<string> {
  const { Connection } = await import('@temporalio/client');
  const connection = await Connection.connect({ address: testEnv().temporalAddress });
  const namespace = `test-${Math.random().toString(36).slice(2, 10)}`;
  try {
    await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: { seconds: 86_400 as never } });
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        await connection.workflowService.describeNamespace({ namespace });
        break;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } finally {
    await connection.close();
  }
  return namespace;
}
