import { addDays, compareDates, lastDayOfMonth, type CalendarDate } from '../time/dates';
import { dmfaDueDate, quarterOfParts } from './quarter';

/**
 * Every legal deadline of the cooperative as an employer, in one place (facts §5.1, §9, §13):
 * each is a date, a kind, what it concerns, and how many days ahead an administrator is alerted.
 * Pure: the deadlines between two dates, from the rules alone (permit expiries come from the
 * workers' files and are passed in).
 */
export type DeadlineKind =
  | 'dmfa'
  | 'social-security-provision'
  | 'withholding-tax'
  | 'blue-collar-holiday-contribution-declared'
  | 'blue-collar-holiday-contribution-paid'
  | 'tax-form-281-10'
  | 'permit-expiry';

export interface Deadline {
  /** Business key, stable: the alert raised for it is stored once. */
  key: string;
  kind: DeadlineKind;
  dueDate: CalendarDate;
  /** The period or subject it concerns: '2026-Q1', '2026-03', '2025', or a worker id. */
  concerns: string;
  title: string;
  /** Days before the due date that the alert is raised. */
  alertDaysBefore: number;
  workerId: string | null;
  /** Where the rule comes from; `verified: false` as in the README. */
  source: string;
  verified: boolean;
}

export interface DeadlineRule {
  kind: DeadlineKind;
  alertDaysBefore: number;
  source: string;
  verified: boolean;
}

export const DEADLINE_RULES: Record<Exclude<DeadlineKind, 'permit-expiry'>, DeadlineRule> = {
  dmfa: { kind: 'dmfa', alertDaysBefore: 10, source: 'facts §9 "Due dates and payment" (UCM: Q1 due 30 April)', verified: true },
  'social-security-provision': {
    kind: 'social-security-provision',
    alertDaysBefore: 3,
    source: 'facts §9: monthly provisions calculated by ONSS; the private-sector 5th-of-the-month date is unverified',
    verified: false,
  },
  'withholding-tax': {
    kind: 'withholding-tax',
    alertDaysBefore: 5,
    source: 'issue 11: withholding tax paid to the tax administration by the 15th of the following month (monthly payer); not in the facts file',
    verified: false,
  },
  'blue-collar-holiday-contribution-declared': {
    kind: 'blue-collar-holiday-contribution-declared',
    alertDaysBefore: 10,
    source: 'facts §5.1: annual blue-collar holiday contribution (10.27 %), debit notice in March, due 31 March',
    verified: true,
  },
  'blue-collar-holiday-contribution-paid': {
    kind: 'blue-collar-holiday-contribution-paid',
    alertDaysBefore: 10,
    source: 'facts §5.1: payable by 30 April',
    verified: true,
  },
  'tax-form-281-10': {
    kind: 'tax-form-281-10',
    alertDaysBefore: 21,
    source: 'facts §13: 281.10 filed through Belcotax-on-web by the end of February of the following year',
    verified: true,
  },
};

export const PERMIT_EXPIRY_RULE: DeadlineRule = {
  kind: 'permit-expiry',
  alertDaysBefore: 30,
  source: 'worker onboarding: 30-day alert before a work authorisation expires',
  verified: true,
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const monthName = (year: number, month: number) => `${pad(year, 4)}-${pad(month, 2)}`;

function deadline(rule: DeadlineRule, dueDate: CalendarDate, concerns: string, title: string, workerId: string | null = null): Deadline {
  return {
    key: `${rule.kind}:${concerns}`,
    kind: rule.kind,
    dueDate,
    concerns,
    title,
    alertDaysBefore: rule.alertDaysBefore,
    workerId,
    source: rule.source,
    verified: rule.verified,
  };
}

/** The rule deadlines of one calendar year's due dates (whatever period they concern). */
function deadlinesDueIn(year: number): Deadline[] {
  const list: Deadline[] = [];
  for (let month = 1; month <= 12; month++) {
    list.push(
      deadline(
        DEADLINE_RULES['social-security-provision'],
        `${monthName(year, month)}-05`,
        monthName(year, month),
        `Social-security provision for ${monthName(year, month)} paid to the ONSS`,
      ),
    );
    const previous = month === 1 ? monthName(year - 1, 12) : monthName(year, month - 1);
    list.push(
      deadline(
        DEADLINE_RULES['withholding-tax'],
        `${monthName(year, month)}-15`,
        previous,
        `Withholding tax on the pay of ${previous} paid to the tax administration`,
      ),
    );
  }
  for (const [quarterYear, number] of [
    [year - 1, 4],
    [year, 1],
    [year, 2],
    [year, 3],
  ] as const) {
    const quarter = quarterOfParts(quarterYear, number);
    list.push(deadline(DEADLINE_RULES.dmfa, dmfaDueDate(quarter), quarter, `DmfA of ${quarter} filed and the quarter's contribution balance paid`));
  }
  list.push(
    deadline(
      DEADLINE_RULES['blue-collar-holiday-contribution-declared'],
      `${pad(year, 4)}-03-31`,
      String(year - 1),
      `Annual blue-collar holiday contribution on the wages of ${year - 1}: debit notice due`,
    ),
  );
  list.push(
    deadline(
      DEADLINE_RULES['blue-collar-holiday-contribution-paid'],
      `${pad(year, 4)}-04-30`,
      String(year - 1),
      `Annual blue-collar holiday contribution on the wages of ${year - 1} paid`,
    ),
  );
  list.push(
    deadline(
      DEADLINE_RULES['tax-form-281-10'],
      lastDayOfMonth(`${pad(year, 4)}-02`),
      String(year - 1),
      `Tax forms 281.10 of ${year - 1} filed (Belcotax-on-web) and given to the workers`,
    ),
  );
  return list;
}

export interface KnownPermit {
  workerId: string;
  workerCode: string;
  validUntil: CalendarDate;
}

/** Every deadline due from `from` to `to` (both included), soonest first. */
export function deadlinesBetween(from: CalendarDate, to: CalendarDate, permits: readonly KnownPermit[] = []): Deadline[] {
  if (compareDates(from, to) > 0) return [];
  const list: Deadline[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) list.push(...deadlinesDueIn(year));
  for (const permit of permits) {
    list.push(deadline(PERMIT_EXPIRY_RULE, permit.validUntil, permit.workerId, `Work authorisation of worker ${permit.workerCode} expires`, permit.workerId));
  }
  return list
    .filter((d) => compareDates(d.dueDate, from) >= 0 && compareDates(d.dueDate, to) <= 0)
    .sort((a, b) => compareDates(a.dueDate, b.dueDate) || (a.key < b.key ? -1 : 1));
}

export function alertDateOf(d: Pick<Deadline, 'dueDate' | 'alertDaysBefore'>): CalendarDate {
  return addDays(d.dueDate, -d.alertDaysBefore);
}

export type DeadlineStatus = 'done' | 'overdue' | 'due-soon' | 'upcoming';

/** A deadline's status on `today`: done when the cooperative has met it, else by the dates. */
export function deadlineStatus(d: Pick<Deadline, 'dueDate' | 'alertDaysBefore'>, today: CalendarDate, done: boolean): DeadlineStatus {
  if (done) return 'done';
  if (compareDates(today, d.dueDate) > 0) return 'overdue';
  if (compareDates(today, alertDateOf(d)) >= 0) return 'due-soon';
  return 'upcoming';
}

/** The next day on or after `today` on which some deadline's alert falls (the calendar's next timer). */
export function nextAlertDate(today: CalendarDate, horizonDays: number, permits: readonly KnownPermit[] = []): CalendarDate | null {
  const deadlines = deadlinesBetween(today, addDays(today, horizonDays), permits);
  const dates = deadlines
    .map(alertDateOf)
    .filter((d) => compareDates(d, today) >= 0)
    .sort(compareDates);
  return dates[0] ?? null;
}

/** The deadlines whose alert is due on `today` or earlier and that are not past yet. */
export function deadlinesToAlert(today: CalendarDate, permits: readonly KnownPermit[] = []): Deadline[] {
  return deadlinesBetween(today, addDays(today, 60), permits).filter((d) => compareDates(alertDateOf(d), today) <= 0);
}
