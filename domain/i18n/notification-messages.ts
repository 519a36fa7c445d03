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
  // A payslip is ready: the month only, never an amount (it may be read on a shared phone or a lock screen).
  'payslip-ready': {
    fr: (f) => ({
      subject: `Votre fiche de paie de ${f.month} est prête`,
      body: `Votre fiche de paie de ${f.month} est prête. Connectez-vous pour la lire et la télécharger.`,
    }),
    nl: (f) => ({
      subject: `Je loonbrief van ${f.month} staat klaar`,
      body: `Je loonbrief van ${f.month} staat klaar. Meld je aan om hem te lezen en te downloaden.`,
    }),
    en: (f) => ({ subject: `Your payslip for ${f.month} is ready`, body: `Your payslip for ${f.month} is ready. Sign in to read and download it.` }),
  },
  'payslip-correction-ready': {
    fr: (f) => ({
      subject: `Une correction de votre salaire est prête (${f.month})`,
      body: `Une fiche de paie de correction est prête. Connectez-vous pour la lire et la télécharger.`,
    }),
    nl: (f) => ({
      subject: `Een correctie van je loon staat klaar (${f.month})`,
      body: `Er staat een correctieloonbrief voor je klaar. Meld je aan om hem te lezen en te downloaden.`,
    }),
    en: (f) => ({ subject: `A correction of your pay is ready (${f.month})`, body: `A correction payslip is ready for you. Sign in to read and download it.` }),
  },
  // Reminders of an unpaid invoice: its number, due date and payment reference; the amounts (open
  // amount, late-payment interest, lump-sum indemnity) are on the invoice and in the employer's space.
  'invoice-friendly-reminder': {
    fr: (f) => ({
      subject: `Rappel : facture ${f.number}`,
      body: `La facture ${f.number} (échéance ${f.dueDate}) n’est pas encore payée. Merci de la payer avec la communication ${f.reference}. Le montant ouvert figure dans votre espace TalentCoop.`,
    }),
    nl: (f) => ({
      subject: `Herinnering: factuur ${f.number}`,
      body: `Factuur ${f.number} (vervaldag ${f.dueDate}) is nog niet betaald. Gelieve te betalen met de mededeling ${f.reference}. Het openstaande bedrag staat in uw TalentCoop-ruimte.`,
    }),
    en: (f) => ({
      subject: `Reminder: invoice ${f.number}`,
      body: `Invoice ${f.number} (due ${f.dueDate}) is not paid yet. Please pay it with the structured reference ${f.reference}. The open amount is in your TalentCoop space.`,
    }),
  },
  'invoice-second-reminder': {
    fr: (f) => ({
      subject: `Second rappel : facture ${f.number}`,
      body: `Malgré notre rappel, la facture ${f.number} (échéance ${f.dueDate}) reste impayée. Merci de la payer sans tarder avec la communication ${f.reference}. Le montant ouvert figure dans votre espace TalentCoop.`,
    }),
    nl: (f) => ({
      subject: `Tweede herinnering: factuur ${f.number}`,
      body: `Ondanks onze herinnering is factuur ${f.number} (vervaldag ${f.dueDate}) nog niet betaald. Gelieve zonder uitstel te betalen met de mededeling ${f.reference}. Het openstaande bedrag staat in uw TalentCoop-ruimte.`,
    }),
    en: (f) => ({
      subject: `Second reminder: invoice ${f.number}`,
      body: `Despite our reminder, invoice ${f.number} (due ${f.dueDate}) is still unpaid. Please pay it without delay with the structured reference ${f.reference}. The open amount is in your TalentCoop space.`,
    }),
  },
  'invoice-formal-notice': {
    fr: (f) => ({
      subject: `Mise en demeure : facture ${f.number}`,
      body: `La facture ${f.number} (échéance ${f.dueDate}) reste impayée : nous vous mettons en demeure de la payer avec la communication ${f.reference}. Des intérêts de retard (loi du 2 août 2002) et une indemnité forfaitaire sont dus ; leur calcul figure dans votre espace TalentCoop.`,
    }),
    nl: (f) => ({
      subject: `Ingebrekestelling: factuur ${f.number}`,
      body: `Factuur ${f.number} (vervaldag ${f.dueDate}) blijft onbetaald: wij stellen u in gebreke ze te betalen met de mededeling ${f.reference}. Verwijlintresten (wet van 2 augustus 2002) en een forfaitaire vergoeding zijn verschuldigd; de berekening staat in uw TalentCoop-ruimte.`,
    }),
    en: (f) => ({
      subject: `Formal notice: invoice ${f.number}`,
      body: `Invoice ${f.number} (due ${f.dueDate}) remains unpaid: we formally demand payment with the structured reference ${f.reference}. Late-payment interest (law of 2 August 2002) and a lump-sum indemnity are due; their calculation is in your TalentCoop space.`,
    }),
  },
  'timesheet-approved': {
    fr: (f) => ({
      subject: `Vos heures de la semaine ${f.week} sont approuvées`,
      body: `Vos ${f.hours} h de la semaine ${f.week} sont approuvées et seront payées avec ce mois. Vous voyez qui les a approuvées dans « Qui a lu mon dossier ».`,
    }),
    nl: (f) => ({
      subject: `Uw uren van week ${f.week} zijn goedgekeurd`,
      body: `Uw ${f.hours} u van week ${f.week} zijn goedgekeurd en worden met die maand betaald. Wie ze goedkeurde, ziet u bij "Wie las mijn dossier".`,
    }),
    en: (f) => ({
      subject: `Your hours of week ${f.week} are approved`,
      body: `Your ${f.hours} h of week ${f.week} are approved and will be paid with that month. You can see who approved them in "Who read my file".`,
    }),
  },
  'timesheet-correction-proposed': {
    fr: (f) => ({
      subject: `Correction de vos heures de la semaine ${f.week} : votre accord est demandé`,
      body: `Une correction de vos heures approuvées de la semaine ${f.week} est proposée : ${f.before} h deviendraient ${f.after} h. Raison : « ${f.reason} ». Rien ne change sans votre accord : confirmez-la ou contestez-la dans « Ma semaine ». Sans réponse de votre part après ${f.days} jours, la coopérative vous contactera avant de décider.`,
    }),
    nl: (f) => ({
      subject: `Verbetering van uw uren van week ${f.week}: uw akkoord wordt gevraagd`,
      body: `Er wordt een verbetering voorgesteld van uw goedgekeurde uren van week ${f.week}: ${f.before} u zou ${f.after} u worden. Reden: "${f.reason}". Niets verandert zonder uw akkoord: bevestig of betwist ze in "Mijn week". Zonder antwoord na ${f.days} dagen neemt de coöperatie contact met u op voor ze beslist.`,
    }),
    en: (f) => ({
      subject: `Correction of your hours of week ${f.week}: your agreement is asked`,
      body: `A correction of your approved hours of week ${f.week} is proposed: ${f.before} h would become ${f.after} h. Reason: "${f.reason}". Nothing changes without your agreement: confirm or dispute it in "My week". If you have not answered after ${f.days} days, the cooperative will contact you before deciding.`,
    }),
  },
  'timesheet-correction-confirmed': {
    fr: (f) => ({
      subject: `La correction de vos heures de la semaine ${f.week} est confirmée`,
      body: `La correction de vos heures de la semaine ${f.week} est confirmée ${f.by === 'cooperative' ? 'par la coopérative en votre nom' : 'par vous'} : ${f.after} h au lieu de ${f.before} h. Une différence déjà payée sera régularisée sur votre prochaine fiche de paie.`,
    }),
    nl: (f) => ({
      subject: `De verbetering van uw uren van week ${f.week} is bevestigd`,
      body: `De verbetering van uw uren van week ${f.week} is bevestigd ${f.by === 'cooperative' ? 'door de coöperatie in uw naam' : 'door u'}: ${f.after} u in plaats van ${f.before} u. Een verschil dat al betaald is, wordt op uw volgende loonbrief geregulariseerd.`,
    }),
    en: (f) => ({
      subject: `The correction of your hours of week ${f.week} is confirmed`,
      body: `The correction of your hours of week ${f.week} is confirmed ${f.by === 'cooperative' ? 'by the cooperative on your behalf' : 'by you'}: ${f.after} h instead of ${f.before} h. A difference already paid is settled on your next payslip.`,
    }),
  },
  'timesheet-correction-withdrawn': {
    fr: (f) => ({
      subject: `La correction de vos heures de la semaine ${f.week} est retirée`,
      body: `La coopérative a retiré la correction de vos heures de la semaine ${f.week} : vos ${f.before} h approuvées restent celles qui sont payées.`,
    }),
    nl: (f) => ({
      subject: `De verbetering van uw uren van week ${f.week} is ingetrokken`,
      body: `De coöperatie trok de verbetering van uw uren van week ${f.week} in: uw ${f.before} goedgekeurde uren blijven de uren die betaald worden.`,
    }),
    en: (f) => ({
      subject: `The correction of your hours of week ${f.week} is withdrawn`,
      body: `The cooperative withdrew the correction of your hours of week ${f.week}: your ${f.before} approved hours stay the ones that are paid.`,
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

const MONTHS: Record<Language, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A pay period `YYYY-MM` as a month is written in each language: "novembre 2026". */
export function monthIn(period: string, language: Language): string {
  return `${MONTHS[language][Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
}

/** Hours as people write them in each language: 7,5 in French and Dutch, 7.5 in English. */
export function hoursIn(minutes: number, language: Language): string {
  const text = String(Math.round((minutes / 60) * 100) / 100);
  return language === 'en' ? text : text.replace('.', ',');
}

export const MESSAGE_KINDS = Object.keys(MESSAGES) as MessageKind[];
