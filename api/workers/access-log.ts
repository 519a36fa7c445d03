import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry, Timesheet, UserAccount } from '../../db/entities';
import { accessLogAction, accessLogWho, approvalLinkWho } from '../../domain/i18n/access-log-words';
import type { Language } from '../../domain/i18n/rule-messages';

export interface AccessLogLine {
  at: string;
  who: string;
  role: string;
  action: string;
  code: string;
  reason: string | null;
}

const MAGIC_LINK = 'magic-link:';

/**
 * The worker's access log as they read it: who (an account's name, "you", the name an approver
 * gave on their link) and what, in words in `language`; the stable code stays beside the words.
 */
export async function accessLogOf(em: EntityManager, workerId: string, readerUserId: string, language: Language): Promise<AccessLogLine[]> {
  const entries = await em.find(AuditEntry, { workerId }, { orderBy: { id: 'desc' }, limit: 500 });
  const names = await accountNames(
    em,
    entries.map((e) => e.actorId),
  );
  const approvers = await approverNames(
    em,
    entries.filter((e) => e.actorId.startsWith(MAGIC_LINK) && e.subjectType === 'timesheet').map((e) => e.subjectId),
  );
  return entries.map((e) => {
    const isoWeek = typeof e.details?.isoWeek === 'string' ? e.details.isoWeek : undefined;
    const given = e.actorId.startsWith(MAGIC_LINK) ? approvers.get(e.subjectId) : undefined;
    const who =
      e.actorId === readerUserId
        ? accessLogWho('you', language)
        : given
          ? approvalLinkWho(given, language)
          : (names.get(e.actorId) ?? accessLogWho(e.actorRole === 'system' ? 'system' : e.actorRole === 'employer' ? 'employer' : 'staff', language));
    return {
      at: e.occurredAt.toISOString(),
      who,
      role: e.actorRole,
      action: accessLogAction(e.action, language, { week: isoWeek }),
      code: e.action,
      reason: e.reason ?? null,
    };
  });
}

async function accountNames(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/.test(id));
  const accounts = unique.length ? await em.find(UserAccount, { id: { $in: unique } }, { fields: ['id', 'displayName'] }) : [];
  return new Map(accounts.map((a) => [a.id, a.displayName]));
}

/** The name each magic-link decider gave, kept with the decision they made (the audit log keeps no names). */
async function approverNames(em: EntityManager, timesheetIds: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(timesheetIds)].filter((id) => /^[0-9a-f-]{36}$/.test(id));
  const rows = unique.length ? await em.find(Timesheet, { id: { $in: unique } }, { fields: ['id', 'approvalEvidence'] }) : [];
  return new Map(
    rows.flatMap((r) => {
      const name = r.approvalEvidence?.approverName;
      return typeof name === 'string' && name.trim() ? [[r.id, name.trim()] as const] : [];
    }),
  );
}
