import { describe, expect, it } from 'vitest';
import { clearedBecause, type CurrentFacts } from './alert-conditions';

const facts: CurrentFacts = {
  today: '2026-12-04',
  permitValidUntil: new Map([
    ['renewed', '2027-12-31'],
    ['soon', '2026-12-20'],
    ['expired', '2026-11-30'],
    ['barely', '2027-01-04'],
    ['edge', '2027-01-03'],
    ['none', null],
  ]),
  placementStatus: new Map([
    ['p-active', 'active'],
    ['p-blocked', 'blocked'],
    ['p-cancelled', 'cancelled'],
  ]),
};

describe.shuffle('an alert ends when the condition that raised it clears', () => {
  it.each([
    ['permit-expiring', 'worker', 'renewed', 'the work permit was renewed until 2027-12-31'],
    ['permit-expiring', 'worker', 'soon', null],
    ['permit-expiring', 'worker', 'edge', null], // ends 30 days from today: still inside the watch
    ['permit-expiring', 'worker', 'barely', 'the work permit was renewed until 2027-01-04'],
    ['permit-expiring', 'worker', 'none', null],
    ['permit-expired', 'worker', 'renewed', 'a valid work permit is on file until 2027-12-31'],
    ['permit-expired', 'worker', 'expired', null],
    ['placement-start-blocked', 'placement', 'p-active', 'every gate holds: the placement is active'],
    ['placement-start-blocked', 'placement', 'p-blocked', null],
    ['placement-start-blocked', 'placement', 'p-cancelled', 'the placement is cancelled'],
    ['timesheet-approval-escalated', 'placement', 'p-active', null],
    ['permit-expiring', 'worker', 'unknown-worker', null],
  ])('%s of %s %s: %s', (kind, subjectType, subjectId, expected) => {
    expect(clearedBecause({ kind, subjectType, subjectId }, facts)).toBe(expected);
  });
});
