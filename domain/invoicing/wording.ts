import type { WorkKind } from '../timesheets/timesheet-entry';
import type { InvoiceLanguage, InvoiceLine } from './invoice';

export const workKindNames: Record<InvoiceLanguage, Record<WorkKind, string>> = {
  fr: {
    regular: 'heures normales',
    overtime: 'heures supplémentaires',
    night: 'heures de nuit',
    sunday: 'heures du dimanche',
    'public-holiday': 'heures de jour férié',
  },
  nl: { regular: 'normale uren', overtime: 'overuren', night: 'nachturen', sunday: 'zondagsuren', 'public-holiday': 'feestdaguren' },
};

const weeksWord: Record<InvoiceLanguage, string> = { fr: 'semaines', nl: 'weken' };

/** What a line bills, in the employer's language: occupation, worker code, kind of hours, weeks and versions. */
export function lineDescription(
  line: Pick<InvoiceLine, 'kind' | 'occupation' | 'workerLabel' | 'workKind' | 'weeks' | 'description'>,
  language: InvoiceLanguage,
): string {
  if (line.kind === 'free') return line.description ?? '';
  const weeks = line.weeks.map((w) => `${w.isoWeek} v${w.version}`).join(', ');
  return `${line.occupation} — ${line.workerLabel} — ${workKindNames[language][line.workKind!]} (${weeksWord[language]} ${weeks})`;
}
