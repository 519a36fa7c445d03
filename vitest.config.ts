import { defineConfig } from 'vitest/config';

// Integration tests get their PostgreSQL and Temporal from scripts/test.ts (npm test), which
// starts them (or takes DATABASE_URL / TEMPORAL_ADDRESS from the environment) and passes
// their addresses through the environment. Pure domain tests need nothing.
export default defineConfig({
  test: {
    pool: 'forks',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.data/**', '.tools/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    poolOptions: { forks: { maxForks: 2 } },
  },
});
