import { LANGUAGES, type Language } from './rule-messages';

/**
 * The messages the engine sends people, in the recipient's language: one catalogue by kind, fed
 * with the facts of each message. A message never carries an amount of money or a personal
 * identifier (no national number, no IBAN, no worker code): a first name, a week, dates, hours.
 */
export interface MessageText {
  subject: string;
  body: string;
}
type Facts = Readonly<Record<string, string>>;
type Wording = Record<Language, (f: Facts) => MessageText>;

const MESSAGES = {
  'timesheet-submitted': {
    fr: (f) => ({
      subject: `Heures à approuver : ${f.firstName}, semaine ${f.week}`,
      body: `${f.firstName} a presté ${f.hours} h la semaine ${f.week}. Approuvez-les ou contestez-les avec ce lien, sans compte. Il ne fonctionne qu’une fois et expire.`,
    }),
    nl: (f) => ({
      subject: `Uren goed te keuren: ${f.firstName}, week ${f.week}`,
      body: `${f.firstName} werkte ${f.hours} u in week ${f.week}. Keur ze goed of betwist ze met deze link, zonder account. Hij werkt één keer en vervalt.`,
    }),
    en: (f) => ({
      subject: `Hours to approve: ${f.firstName}, week ${f.week}`,
      body: `${f.firstName} worked ${f.hours} h in week ${f.week}. Approve or dispute them with this link; no account is needed. It works once and expires.`,
    }),
  },
  'timesheet-reminder': {
    fr: (f) => ({
      subject: `Rappel : heures à approuver : ${f.firstName}, semaine ${f.week}`,
      body: `Les ${f.hours} h de ${f.firstName} pour la semaine ${f.week} attendent toujours votre réponse. Approuvez-les ou contestez-les avec ce lien, sans compte. Il ne fonctionne qu’une fois et expire.`,
    }),
    nl: (f) => ({
      subject: `Herinnering: uren goed te keuren: ${f.firstName}, week ${f.week}`,
      body: `De ${f.hours} u van ${f.firstName} in week ${f.week} wachten nog op uw antwoord. Keur ze goed of betwist ze met deze link, zonder account. Hij werkt één keer en vervalt.`,
    }),
    en: (f) => ({
      subject: `Reminder: hours to approve: ${f.firstName}, week ${f.week}`,
      body: `The ${f.hours} h of ${f.firstName} in week ${f.week} still wait for your answer. Approve or dispute them with this link; no account is needed. It works once and expires.`,
    }),
  },
  'placement-proposed': {
    fr: (f) => ({
      subject: `TalentCoop vous propose ${f.firstName}`,
      body: `TalentCoop vous propose ${f.firstName} du ${f.from} au ${f.to}. Acceptez ou refusez la mise à disposition dans votre espace TalentCoop.`,
    }),
    nl: (f) => ({
      subject: `TalentCoop stelt ${f.firstName} voor`,
      body: `TalentCoop stelt ${f.firstName} voor van ${f.from} tot ${f.to}. Aanvaard of weiger de tewerkstelling in uw TalentCoop-ruimte.`,
    }),
    en: (f) => ({
      subject: `TalentCoop proposes ${f.firstName}`,
      body: `TalentCoop proposes ${f.firstName} from ${f.from} to ${f.to}. Accept or refuse the placement in your TalentCoop space.`,
    }),
  },
  'timesheet-disputed': {
    fr: (f) => ({
      subject: `Vos heures de la semaine ${f.week} sont contestées`,
      body: `L’employeur conteste vos heures de la semaine ${f.week} : « ${f.reason} ». Vérifiez-les, corrigez-les et envoyez-les à nouveau.`,
    }),
    nl: (f) => ({
      subject: `Uw uren van week ${f.week} worden betwist`,
      body: `De werkgever betwist uw uren van week ${f.week}: "${f.reason}". Kijk ze na, verbeter ze en stuur ze opnieuw.`,
    }),
    en: (f) => ({
      subject: `Your hours of week ${f.week} are disputed`,
      body: `The employer disputes your hours of week ${f.week}: "${f.reason}". Check them, correct them and submit them again.`,
    }),
  },
} satisfies Record<string, Wording>;

export type MessageKind = keyof typeof MESSAGES;

export function messageIn(kind: MessageKind, language: Language, facts: Facts): MessageText {
  return MESSAGES[kind][language](facts);
}

/** The recipient's language: their own choice, else their worker file's, else their employer's, else French. */
export function recipientLanguage(...candidates: (string | null | undefined)[]): Language {
  for (const c of candidates) if (c && (LANGUAGES as readonly string[]).includes(c)) return c as Language;
  return 'fr';
}

/** Hours as people write them in each language: 7,5 in French and Dutch, 7.5 in English. */
export function hoursIn(minutes: number, language: Language): string {
  const text = String(Math.round((minutes / 60) * 100) / 100);
  return language === 'en' ? text : text.replace('.', ',');
}

export const MESSAGE_KINDS = Object.keys(MESSAGES) as MessageKind[];
