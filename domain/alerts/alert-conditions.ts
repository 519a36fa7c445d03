import { addDays, type CalendarDate } from '../time/dates';

/** An open alert, as far as its condition is concerned. */
export interface OpenAlert {
  kind: string;
  subjectType: string;
  subjectId: string;
}

/** What is true now about the subjects of open alerts. `today` is an input. */
export interface CurrentFacts {
  today: CalendarDate;
  /** A worker's permit end, by worker id (null: none on file). */
  permitValidUntil: ReadonlyMap<string, CalendarDate | null>;
  /** A placement's status, by placement id. */
  placementStatus: ReadonlyMap<string, string>;
}

/** How many days before the end a permit alert is raised (the onboarding workflow's watch). */
export const PERMIT_WARNING_DAYS = 30;

/**
 * Whether the condition that raised an alert has cleared, and in words why — or null while it
 * still holds (or for a kind whose end is a person's decision: those are acknowledged).
 */
export function clearedBecause(alert: OpenAlert, facts: CurrentFacts): string | null {
  switch (alert.kind) {
    case 'permit-expiring': {
      const until = facts.permitValidUntil.get(alert.subjectId);
      return until && until > addDays(facts.today, PERMIT_WARNING_DAYS) ? `the work permit was renewed until ${until}` : null;
    }
    case 'permit-expired': {
      const until = facts.permitValidUntil.get(alert.subjectId);
      return until && until >= facts.today ? `a valid work permit is on file until ${until}` : null;
    }
    case 'placement-start-blocked': {
      const status = facts.placementStatus.get(alert.subjectId);
      if (status === 'active') return 'every gate holds: the placement is active';
      if (status === 'ended' || status === 'cancelled' || status === 'refused') return `the placement is ${status}`;
      return null;
    }
    default:
      return null;
  }
}

/** The kinds that resolve themselves; the others end when an administrator acknowledges them. */
export const SELF_RESOLVING_KINDS = ['permit-expiring', 'permit-expired', 'placement-start-blocked'] as const;
