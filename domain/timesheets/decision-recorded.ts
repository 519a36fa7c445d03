/**
 * What a week's process is told once a decision on it is recorded in PostgreSQL by someone else
 * than the process (the employer, through the API): the version and the decision, codes only —
 * the process reads anything else (a dispute's reason) from the record. Sent through the
 * transactional outbox (`workflow_signal`), at least once: the process takes it once.
 */
export interface DecisionRecorded {
  version: number;
  decision: 'approved' | 'disputed';
}
export const DECISION_RECORDED_SIGNAL = 'decisionRecorded';
