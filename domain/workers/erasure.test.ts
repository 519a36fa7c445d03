import { describe, expect, it } from 'vitest';
import { erasureBlockers } from './erasure';

describe.shuffle('erasure of a worker file', () => {
  it.each([
    [{ contracts: 0, placements: 0 }, []],
    [{ contracts: 1, placements: 0 }, ['worker-still-employed']],
    [{ contracts: 0, placements: 2 }, ['worker-still-employed']],
  ])('with %o open is blocked by %o', (open, codes) => expect(erasureBlockers(open).map((b) => b.code)).toEqual(codes));
});
