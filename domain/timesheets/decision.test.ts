import { describe, expect, it } from 'vitest';
import { validateDecision, validateDecisionReason } from './timesheet';

describe('a decision on a week', () => {
  it.each([
    ['approve', undefined, []],
    ['approve', '', []],
    ['dispute', 'Monday was a day off', []],
    ['dispute', undefined, ['reason-required']],
    ['dispute', '  no ', ['reason-required']],
  ] as const)('%s with reason %j → %j', (decision, reason, codes) => {
    expect(validateDecisionReason(decision, reason).map((v) => v.code)).toEqual(codes);
  });

  it.each([
    ['submitted', 1, 1, []],
    ['submitted', 2, 1, ['stale-version']],
    ['approved', 1, 1, ['not-awaiting-approval']],
    ['draft', 1, 1, ['not-awaiting-approval']],
  ] as const)('on a %s week at v%d, deciding v%d → %j', (status, version, decided, codes) => {
    expect(validateDecision(status, version, decided).map((v) => v.code)).toEqual(codes);
  });
});
