import type { RuleViolation } from '../rule-violation';

/** Contract and placement statuses that still bind the worker: their file cannot be erased yet. */
export const OPEN_CONTRACT_STATUSES = ['awaiting-signatures', 'awaiting-dimona', 'blocked-awaiting-dimona', 'active', 'suspended'] as const;
export const OPEN_PLACEMENT_STATUSES = ['proposed', 'accepted', 'blocked', 'active'] as const;

/**
 * A worker's file may be erased only once nothing binds them to the cooperative any more; payroll
 * and declaration records are kept anyway, for their legal retention period.
 */
export function erasureBlockers(open: { contracts: number; placements: number }): RuleViolation[] {
  if (open.contracts === 0 && open.placements === 0) return [];
  return [
    {
      field: 'workerId',
      code: 'worker-still-employed',
      message: `${open.contracts} contract(s) and ${open.placements} placement(s) are still open: end them first`,
    },
  ];
}
