import type { DataConverter } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { WORKFLOWS_PATH, installTemporalRuntime } from '../../worker/create-worker';
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
  bundle ??= bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: { log() {}, info() {}, warn() {}, error: console.error, debug() {}, trace() {} } });
  return bundle;
}
