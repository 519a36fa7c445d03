import type { RuleViolation } from '../rule-violation';

/**
 * Where a quarter's DmfA stands, as its workflow sees it: the status of its current version.
 * building → ready | blocked; ready → sent (explicit admin action) → acknowledged | anomalies;
 * blocked, anomalies or ready → a corrected version is built (the previous one stays in history);
 * acknowledged → a modification: a corrected version (a regularisation paid later, an error found
 * after the answer) is built and sent the same way, the acknowledged one staying in history.
 */
export type DmfaStatus = 'building' | 'blocked' | 'ready' | 'superseded' | 'sent' | 'acknowledged' | 'anomalies';

export function validateDmfaSubmission(status: DmfaStatus): RuleViolation[] {
  if (status === 'ready') return [];
  const why: Record<Exclude<DmfaStatus, 'ready'>, string> = {
    building: 'the declaration is still being built',
    blocked: 'the declaration has blocking exceptions (see them, fix them, then ask for a corrected version)',
    superseded: 'a newer version replaces this one',
    sent: 'this version has already been sent; ONSS’s answer is awaited',
    acknowledged: 'ONSS has acknowledged this declaration (to change it, build a corrected version)',
    anomalies: 'ONSS answered with anomalies: send a corrected version',
  };
  return [{ field: 'status', code: status === 'sent' || status === 'acknowledged' ? 'already-sent' : 'not-ready', message: `Not sent: ${why[status]}.` }];
}

export function validateDmfaCorrection(status: DmfaStatus, reason: unknown): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (typeof reason !== 'string' || reason.trim().length < 3 || reason.length > 300) {
    violations.push({ field: 'reason', code: 'invalid-reason', message: 'Say why the declaration is corrected (3 to 300 characters).' });
  }
  if (status === 'building' || status === 'sent') {
    violations.push({
      field: 'status',
      code: 'not-correctable-now',
      message: `A corrected version cannot be built while the declaration is ${status === 'sent' ? 'awaiting ONSS’s answer' : 'being built'}.`,
    });
  }
  return violations;
}
