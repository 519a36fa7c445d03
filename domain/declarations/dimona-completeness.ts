import { compareDates, type CalendarDate, type CalendarQuarter } from '../time/dates';
import type { DmfaException } from './dmfa';
import { firstDayOfQuarter, lastDayOfQuarter } from './quarter';

/** A contract as the completeness check sees it, with the ONSS answers to its Dimona. */
export interface ContractDimonaFacts {
  contractId: string;
  workerId: string;
  workerCode: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
  endedOn: CalendarDate | null;
  /** Contract status: a cancelled contract never started. */
  status: string;
  /** ONSS states of the contract's Dimona by action ('accepted', 'refused', 'submitted', …). */
  dimona: Partial<Record<'IN' | 'OUT' | 'CANCEL', string>>;
}

const ACCEPTED = new Set(['accepted', 'accepted-with-warnings']);

/**
 * Every contract active in the quarter has an acknowledged Dimona IN; every contract ended early
 * within or before the quarter an acknowledged OUT. A contract that runs to its planned end date
 * needs no OUT: its IN declared that date (decision recorded in domain/declarations/README.md).
 * A worker the declaration names without them is a blocking exception: the DmfA is not sent.
 */
export function checkDimonaCompleteness(
  quarter: CalendarQuarter,
  contracts: readonly ContractDimonaFacts[],
  declaredWorkerIds: ReadonlySet<string>,
): DmfaException[] {
  const start = firstDayOfQuarter(quarter);
  const end = lastDayOfQuarter(quarter);
  const exceptions: DmfaException[] = [];
  for (const c of contracts) {
    if (c.status === 'cancelled' || !declaredWorkerIds.has(c.workerId)) continue;
    const lastDay = c.endedOn ?? c.endDate;
    const activeInQuarter = compareDates(c.startDate, end) <= 0 && compareDates(lastDay, start) >= 0;
    if (!activeInQuarter) continue;
    if (!ACCEPTED.has(c.dimona.IN ?? '')) {
      exceptions.push({
        workerId: c.workerId,
        field: 'dimona.IN',
        code: 'dimona-in-missing',
        blocking: true,
        message: `Worker ${c.workerCode}: the contract starting ${c.startDate} has no acknowledged Dimona IN.`,
      });
    }
    const endedEarly = c.endedOn !== null && compareDates(c.endedOn, c.endDate) < 0;
    if (endedEarly && compareDates(c.endedOn!, end) <= 0 && !ACCEPTED.has(c.dimona.OUT ?? '')) {
      exceptions.push({
        workerId: c.workerId,
        field: 'dimona.OUT',
        code: 'dimona-out-missing',
        blocking: true,
        message: `Worker ${c.workerCode}: the contract ended on ${c.endedOn} has no acknowledged Dimona OUT.`,
      });
    }
  }
  return exceptions;
}
