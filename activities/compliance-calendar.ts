import type { EntityManager } from '@mikro-orm/postgresql';
import { deadlinesToAlert, nextAlertDate, type KnownPermit } from '../domain/declarations/compliance-calendar';
import { addDays, type CalendarDate } from '../domain/time/dates';
import { alertActivities } from './alerts';
import type { ActivityDeps } from './deps';

/** Work authorisations already known to end (erased workers excluded). */
export async function knownPermits(em: EntityManager): Promise<KnownPermit[]> {
  const rows = await em
    .getConnection()
    .execute<{ id: string; code: string; valid_until: string }[]>(
      `select id, code, to_char(permit_valid_until, 'YYYY-MM-DD') as valid_until from worker where permit_valid_until is not null and erased_at is null`,
    );
  return rows.map((r) => ({ workerId: r.id, workerCode: r.code, validUntil: r.valid_until }));
}

/** The quarters whose DmfA ONSS has acknowledged: that deadline is met. */
export async function acknowledgedQuarters(em: EntityManager): Promise<Set<string>> {
  const rows = await em.getConnection().execute<{ quarter: string }[]>(`select quarter from dmfa_declaration where status = 'acknowledged'`);
  return new Set(rows.map((r) => r.quarter));
}

export function complianceCalendarActivities(deps: ActivityDeps) {
  const { raiseAlert } = alertActivities(deps);
  return {
    /**
     * Raises, once each, the alerts of the deadlines whose alert day has come and that are not met
     * yet, and answers the next day an alert falls on (the calendar workflow's next timer).
     * Permit expiries are listed by the calendar but alerted by the worker's onboarding workflow.
     */
    async raiseComplianceAlerts({ today }: { today: CalendarDate }): Promise<{ raised: number; nextAlertOn: CalendarDate | null }> {
      const em = deps.orm.em.fork();
      const permits = await knownPermits(em);
      const done = await acknowledgedQuarters(em);
      let raised = 0;
      for (const d of deadlinesToAlert(today)) {
        if (d.kind === 'dmfa' && done.has(d.concerns)) continue;
        await raiseAlert({
          key: `compliance:${d.key}`,
          kind: 'compliance-deadline',
          severity: 'warning',
          subjectType: 'compliance-deadline',
          subjectId: d.key,
          message: `${d.title}: due ${d.dueDate}.`,
        });
        raised++;
      }
      return { raised, nextAlertOn: nextAlertDate(addDays(today, 1), 400, permits) };
    },
  };
}
