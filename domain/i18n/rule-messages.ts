/**
 * The rule messages of the engine in the reader's language: one catalogue, by stable code, with
 * the facts of each message as parameters. English is the wording the rules write themselves; a
 * code the catalogue lacks keeps it (the `code` is what programs read, in every language).
 */
export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
type Params = Readonly<Record<string, string>>;
type Wording = Record<Language, (p: Params) => string>;

const RULES: Record<string, Wording> = {
  required: { en: () => 'is required', fr: () => 'est obligatoire', nl: () => 'is verplicht' },
  'invalid-characters': {
    en: () => 'contains a character that cannot be stored (a NUL or half of a surrogate pair)',
    fr: () => 'contient un caractère qui ne peut pas être enregistré (un NUL ou une moitié de paire de substitution)',
    nl: () => 'bevat een teken dat niet kan worden opgeslagen (een NUL of een half surrogaatpaar)',
  },
  'date-out-of-range': {
    en: () => 'must be a date between 1900-01-01 and 2199-12-31',
    fr: () => 'doit être une date entre le 1900-01-01 et le 2199-12-31',
    nl: () => 'moet een datum zijn tussen 1900-01-01 en 2199-12-31',
  },
  'day-in-future': {
    en: (p) => `${p.date} has not happened yet: record the hours of a day once it is worked`,
    fr: (p) => `le ${p.date} n’est pas encore passé : encodez les heures d’un jour une fois qu’il est presté`,
    nl: (p) => `${p.date} is nog niet voorbij: registreer de uren van een dag pas als hij gewerkt is`,
  },
  'week-not-started': {
    en: (p) => `week ${p.isoWeek} has not started yet: its hours can be recorded from ${p.monday}, once worked`,
    fr: (p) => `la semaine ${p.isoWeek} n’a pas encore commencé : ses heures pourront être encodées à partir du ${p.monday}, une fois prestées`,
    nl: (p) => `week ${p.isoWeek} is nog niet begonnen: de uren kunnen vanaf ${p.monday} worden geregistreerd, zodra ze gewerkt zijn`,
  },
  'outside-week': {
    en: (p) => `${p.date} is not in week ${p.isoWeek}.`,
    fr: (p) => `Le ${p.date} n’est pas dans la semaine ${p.isoWeek}.`,
    nl: (p) => `${p.date} valt niet in week ${p.isoWeek}.`,
  },
  'outside-placement': {
    en: (p) => `${p.date} is outside the placement (${p.period}).`,
    fr: (p) => `Le ${p.date} est en dehors de la mise à disposition (${p.period}).`,
    nl: (p) => `${p.date} valt buiten de terbeschikkingstelling (${p.period}).`,
  },
  'min-shift-hours': {
    en: (p) => `This shift is ${p.worked} long; a shift lasts at least ${p.limit}.`,
    fr: (p) => `Cette prestation dure ${p.worked} ; une prestation dure au moins ${p.limit}.`,
    nl: (p) => `Deze dienst duurt ${p.worked}; een dienst duurt minstens ${p.limit}.`,
  },
  'overlapping-shifts': {
    en: (p) => `This shift overlaps the shift of ${p.date} ${p.shift}.`,
    fr: (p) => `Cette prestation chevauche celle du ${p.date} ${p.shift}.`,
    nl: (p) => `Deze dienst overlapt met de dienst van ${p.date} ${p.shift}.`,
  },
  'max-daily-hours': {
    en: (p) => `${p.worked} worked on ${p.date}; at most ${p.limit} a day.`,
    fr: (p) => `${p.worked} prestées le ${p.date} ; au plus ${p.limit} par jour.`,
    nl: (p) => `${p.worked} gewerkt op ${p.date}; hoogstens ${p.limit} per dag.`,
  },
  'max-weekly-hours': {
    en: (p) => `${p.worked} worked this week; at most ${p.limit} a week.`,
    fr: (p) => `${p.worked} prestées cette semaine ; au plus ${p.limit} par semaine.`,
    nl: (p) => `${p.worked} gewerkt deze week; hoogstens ${p.limit} per week.`,
  },
  'min-daily-rest': {
    en: (p) => `Only ${p.rest} of rest before this shift; at least ${p.limit} between two work days.`,
    fr: (p) => `Seulement ${p.rest} de repos avant cette prestation ; au moins ${p.limit} entre deux journées de travail.`,
    nl: (p) => `Slechts ${p.rest} rust voor deze dienst; minstens ${p.limit} tussen twee werkdagen.`,
  },
};

/** The facts each wording needs: a violation that does not give them all keeps its own words. */
const NEEDS: Record<string, readonly string[]> = {
  required: [],
  'invalid-characters': [],
  'date-out-of-range': [],
  'day-in-future': ['date'],
  'week-not-started': ['isoWeek', 'monday'],
  'outside-week': ['date', 'isoWeek'],
  'outside-placement': ['date', 'period'],
  'min-shift-hours': ['limit', 'worked'],
  'overlapping-shifts': ['date', 'shift'],
  'max-daily-hours': ['date', 'limit', 'worked'],
  'max-weekly-hours': ['limit', 'worked'],
  'min-daily-rest': ['limit', 'rest'],
};

/** The message of a rule violation in `language`, or undefined when the catalogue does not know the code. */
export function ruleMessage(code: string, language: Language, params: Params = {}): string | undefined {
  const wording = RULES[code];
  if (!wording || !(NEEDS[code] ?? []).every((fact) => typeof params[fact] === 'string')) return undefined;
  return wording[language](params);
}

/** Every code the catalogue translates (a test checks each wording in each language). */
export const TRANSLATED_CODES = Object.keys(RULES);

/** The reader's language from an Accept-Language header (weights honoured; regional variants count); English by default. */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { language: tag.trim().toLowerCase().split('-')[0]!, q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((l) => Number.isFinite(l.q) && l.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return (ranked.find((l) => (LANGUAGES as readonly string[]).includes(l.language))?.language as Language | undefined) ?? 'en';
}
