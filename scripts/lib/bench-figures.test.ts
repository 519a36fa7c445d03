import { describe, expect, it } from 'vitest';
import { countCheck, exactlyOnce, percentile } from './bench-figures';

describe('percentile (nearest rank)', () => {
  it.each([
    [[5], 50, 5],
    [[5], 99, 5],
    [[1, 2, 3, 4], 50, 2],
    [[4, 3, 2, 1], 50, 2],
    [[1, 2, 3, 4], 75, 3],
    [[1, 2, 3, 4], 76, 4],
    [[1, 2, 3, 4], 100, 4],
    [[1, 2, 3, 4], 0, 1],
    [Array.from({ length: 100 }, (_, i) => i + 1), 99, 99],
    [Array.from({ length: 1000 }, (_, i) => 1000 - i), 99, 990],
  ])('of %j at p%d is %d', (samples, p, expected) => {
    expect(percentile(samples, p)).toBe(expected);
  });

  it('is NaN without samples, and refuses a p outside 0–100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
  });

  it('does not reorder the samples it is given', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('countCheck', () => {
  it('is exactly once when every answered operation is recorded once', () => {
    const c = countCheck(
      ['a', 'b'],
      new Map([
        ['a', 1],
        ['b', 1],
      ]),
    );
    expect(c).toEqual({ answered: 2, recordedOnce: 2, lost: [], doubled: [], unanswered: [] });
    expect(exactlyOnce(c)).toBe(true);
  });

  it('names an answered operation the database does not hold as lost', () => {
    const c = countCheck(['a', 'b'], new Map([['a', 1]]));
    expect(c.lost).toEqual(['b']);
    expect(exactlyOnce(c)).toBe(false);
  });

  it('names an effect held twice as doubled, answered or not', () => {
    const c = countCheck(
      ['a'],
      new Map([
        ['a', 2],
        ['z', 2],
      ]),
    );
    expect(c.doubled).toEqual(['a', 'z']);
    expect(c.recordedOnce).toBe(0);
    expect(exactlyOnce(c)).toBe(false);
  });

  it('reports an effect of an operation never answered 2xx apart, without calling it an error', () => {
    const c = countCheck(
      ['a'],
      new Map([
        ['a', 1],
        ['t', 1],
      ]),
    );
    expect(c.unanswered).toEqual(['t']);
    expect(exactlyOnce(c)).toBe(true);
  });

  it('counts a key answered twice (a retry that got the replayed answer) once', () => {
    const c = countCheck(['a', 'a'], new Map([['a', 1]]));
    expect(c.answered).toBe(1);
    expect(exactlyOnce(c)).toBe(true);
  });
});
