import { describe, expect, it } from 'vitest';
import { updatePhases, type HistoryEventLike } from './update-timeline';

const at = (ms: number) => ({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 });
const ev = (eventType: number, ms: number, update?: string): HistoryEventLike => ({
  eventType,
  eventTime: at(ms),
  ...(update ? { workflowExecutionUpdateAcceptedEventAttributes: { acceptedRequest: { input: { name: update } } } } : {}),
});

// A week saved, then approved: WFT 5/6/7, update accepted 41, activity 10/11/12, WFT 5/6/7, update completed 43.
const history = [
  ev(1, 0),
  ev(5, 0),
  ev(6, 1),
  ev(7, 3),
  ev(5, 10_000),
  ev(6, 10_002),
  ev(7, 10_010),
  ev(41, 10_010, 'saveEntries'),
  ev(10, 10_010),
  ev(11, 10_011),
  ev(12, 10_030),
  ev(5, 10_030),
  ev(6, 10_031),
  ev(7, 10_035),
  ev(43, 10_035),
  ev(5, 20_000),
  ev(6, 20_004),
  ev(7, 20_009),
  ev(41, 20_009, 'decideTimesheet'),
  ev(10, 20_009),
  ev(11, 20_012),
  ev(12, 20_040),
  ev(5, 20_040),
  ev(6, 20_045),
  ev(7, 20_050),
  ev(43, 20_050),
];

describe('updatePhases', () => {
  it('splits the named update into its workflow tasks and its activity', () => {
    expect(updatePhases(history, 'decideTimesheet')).toEqual({ acceptWait: 4, acceptRun: 5, activityWait: 3, activityRun: 28, complete: 10, total: 50 });
  });

  it('reads the update asked for, not an earlier one', () => {
    expect(updatePhases(history, 'saveEntries')?.total).toBe(35);
  });

  it('is null for an update the history does not hold, or one not completed yet', () => {
    expect(updatePhases(history, 'correctTimesheet')).toBeNull();
    expect(updatePhases(history.slice(0, -1), 'decideTimesheet')).toBeNull();
  });
});
