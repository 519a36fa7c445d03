import type { RuleViolation } from '../rule-violation';

/**
 * A month's payroll run: collected and computed, shown as a preview, approved by a second
 * administrator (four eyes), then finalised — payslips issued, hours marked paid.
 */
export type PayrollRunStatus = 'collecting' | 'preview' | 'approved' | 'finalising' | 'finalised';

export interface RunForApproval {
  status: PayrollRunStatus;
  startedBy: string;
}

/** Who started the run cannot approve it; and only a run in preview can be decided. */
export function approvalViolations(run: RunForApproval, deciderId: string, decision: 'approve' | 'reject', reason?: string): RuleViolation[] {
  if (decision === 'approve' && run.startedBy === deciderId) {
    return [{ field: 'decision', code: 'four-eyes', message: 'the administrator who started a payroll run cannot approve it: a second administrator must' }];
  }
  if (run.status !== 'preview') {
    return [{ field: 'decision', code: 'run-not-in-preview', message: `the run is ${run.status}: only a run in preview can be approved or rejected` }];
  }
  if (decision === 'reject' && !(reason && reason.trim().length >= 3)) {
    return [{ field: 'reason', code: 'reason-required', message: 'say why the run is rejected' }];
  }
  return [];
}

/** Payslip numbers: the period and a sequence within the run, `2026-11-00042`. */
export function payslipNumber(period: string, sequence: number): string {
  return `${period}-${String(sequence).padStart(5, '0')}`;
}
