/** Addresses of the real servers that scripts/test.ts started (or was given). */
export function testEnv() {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  const temporalAddress = process.env.TEST_TEMPORAL_ADDRESS;
  const testServerPath = process.env.TEMPORAL_TEST_SERVER_PATH;
  const cliPath = process.env.TEMPORAL_CLI_PATH;
  if (!databaseUrl || !temporalAddress || !testServerPath || !cliPath) {
    throw new Error('Integration tests need the servers that `npm test` starts: run them with `npm test` (or `npm test -- <file>`).');
  }
  return { databaseUrl, temporalAddress, testServerPath, cliPath };
}
