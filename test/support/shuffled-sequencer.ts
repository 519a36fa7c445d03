import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A seeded permutation (mulberry32): the same seed gives the same order, `--sequence.seed <n>` replays one. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Files in a random order (issue 13.14: no file may depend on another having run first), without
 * making the suite longer: vitest's own order puts the longest files first (by their last
 * duration, or their size), so that two forks finish together. This keeps that quarter first and
 * shuffles inside it and inside the rest, by the run's seed.
 */
export class ShuffledSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byLength = await super.sort(files);
    const heavy = Math.ceil(byLength.length / 4);
    const seed = this.ctx.config.sequence.seed;
    // Printed, so that a failure that depends on the order can be replayed.
    process.stdout.write(`Test files in a random order, seed ${seed} (npm test -- --sequence.seed ${seed} replays it)\n`);
    return [...shuffled(byLength.slice(0, heavy), seed), ...shuffled(byLength.slice(heavy), seed + 1)];
  }
}
