import { defineConfig } from 'vitest/config';
import { ShuffledSequencer } from './test/support/shuffled-sequencer';

// Integration tests get their PostgreSQL and Temporal from scripts/test.ts (npm test), which
// starts them (or takes DATABASE_URL / TEMPORAL_ADDRESS from the environment) and passes
// their addresses through the environment. Pure domain tests need nothing.
//
// Order (issue 13.14: tests do not depend on each other's order). Every run puts the files in a
// random order (ShuffledSequencer: the longest quarter still starts first, so the suite takes no
// longer), and the pure unit files of domain/ and platform/ shuffle their tests too
// (`describe.shuffle`); a run's seed is printed, `--sequence.seed <n>` replays its order. The
// files under test/ keep the order their tests are written in: they are stories on one platform
// or one database per file (a worker registered, then consented, then placed; a rotation, then a
// second that finds nothing left), where each `it` builds on the one before by design. Each of
// those files has its own database and task queue, so the order of files does not matter.
export default defineConfig({
  test: {
    pool: 'forks',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.data/**', '.tools/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    poolOptions: { forks: { maxForks: 2 } },
    // Vitest draws a seed only for its own random sequencer: with ours it stayed undefined, and every
    // run had the same order. A new seed per run; `--sequence.seed <n>` overrides it.
    sequence: { sequencer: ShuffledSequencer, shuffle: { files: true, tests: false }, seed: Date.now() % 1_000_000_007 },
  },
});
