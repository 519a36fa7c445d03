import { describe, expect, it } from 'vitest';
import { at, type DatedSeries } from './dated-series';

const series: DatedSeries<number> = {
  description: 'a test rate',
  unit: 'percent',
  source: 'TAG-A',
  sources: { '2024-04-01': 'TAG-B' },
  values: { '2024-04-01': 2, '2021-01-01': 1, '2026-01-01': 2 },
  provisional: { '2026-01-01': 'carried forward' },
};

describe.shuffle('at(series, date)', () => {
  it.each([
    ['2021-01-01', 1, '2021-01-01'],
    ['2024-03-31', 1, '2021-01-01'],
    ['2024-04-01', 2, '2024-04-01'],
    ['2025-12-31', 2, '2024-04-01'],
    ['2026-07-15', 2, '2026-01-01'],
  ])('on %s gives %s, in force since %s', (date, value, effectiveFrom) => {
    const resolved = at(series, date);
    expect(resolved.value).toBe(value);
    expect(resolved.effectiveFrom).toBe(effectiveFrom);
  });

  it('refuses a date before the first value instead of inventing one', () => {
    expect(() => at(series, '2020-12-31')).toThrow(/no value in force on 2020-12-31/);
  });

  it('names the source of the value in force, falling back to the series source', () => {
    expect(at(series, '2022-06-01').source).toBe('TAG-A');
    expect(at(series, '2024-06-01').source).toBe('TAG-B');
  });

  it('marks carried-forward values provisional, and only those', () => {
    expect(at(series, '2025-06-01').provisional).toBe(false);
    const carried = at(series, '2026-02-01');
    expect(carried.provisional).toBe(true);
    expect(carried.provisionalReason).toBe('carried forward');
  });

  it('reports a series verified unless it says otherwise', () => {
    expect(at(series, '2022-01-01').verified).toBe(true);
    expect(at({ ...series, verified: false }, '2022-01-01').verified).toBe(false);
  });

  it('rejects a malformed date', () => {
    expect(() => at(series, '2025-1-1')).toThrow(/not an ISO date/);
  });
});
