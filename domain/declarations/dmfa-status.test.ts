import { describe, expect, it } from 'vitest';
import { validateDmfaCorrection, validateDmfaSubmission, type DmfaStatus } from './dmfa-status';

describe.shuffle('what a DmfA allows in each status', () => {
  it.each<[DmfaStatus, string[], string[]]>([
    ['ready', [], []],
    ['building', ['not-ready'], ['not-correctable-now']],
    ['blocked', ['not-ready'], []],
    ['sent', ['already-sent'], ['not-correctable-now']],
    ['acknowledged', ['already-sent'], []], // a modification of an acknowledged quarter
    ['anomalies', ['not-ready'], []],
  ])('%s: submission %j, correction %j', (status, submission, correction) => {
    expect(validateDmfaSubmission(status).map((v) => v.code)).toEqual(submission);
    expect(validateDmfaCorrection(status, 'INSS corrected').map((v) => v.code)).toEqual(correction);
  });

  it('a correction says why', () => {
    expect(validateDmfaCorrection('anomalies', ' ').map((v) => v.field)).toEqual(['reason']);
    expect(validateDmfaCorrection('anomalies', 'x'.repeat(301)).map((v) => v.field)).toEqual(['reason']);
  });
});
