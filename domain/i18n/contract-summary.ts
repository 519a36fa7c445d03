import { formatEurosPlain, type Cents } from '../money';
import { dateParts, type CalendarDate } from '../time/dates';
import { LANGUAGES, type Language } from './rule-messages';

/**
 * The one-page summary of an employment contract in plain words, in the worker's own language
 * (fr, nl or en — the contract itself is in French or Dutch). It explains, it does not replace:
 * the page says the contract's articles prevail. Fed with the contract's facts only; the PDF
 * activity lays it out.
 *
 * Trial and notice, as the law stands (Law of 3 July 1978 on employment contracts, as amended by
 * the Law of 26 December 2013 on the single status): a trial clause can no longer be agreed in an
 * ordinary employment contract since 1 January 2014; a fixed-term contract ends on its own on its
 * last day, and before that only by agreement, for a serious reason, or by notice during the first
 * half of its term and at most its first six months (art. 37/2). The contract's article 7 adds
 * that it is suspended, then ends, with the work permit.
 */
export interface ContractSummaryFacts {
  jobTitle: string;
  sector: 'care' | 'horeca' | 'construction' | 'other';
  /** The user company and the site, once the worker is placed under this contract; null before. */
  workplace: { employerName: string; siteAddress: string } | null;
  weeklyHours: number;
  hourlyWageCents: Cents;
  startDate: CalendarDate;
  endDate: CalendarDate;
  /** Who to ask at the cooperative: its legal name and address. */
  cooperative: { name: string; address: string };
}

export interface ContractSummaryPoint {
  /** A short question the worker would ask: "What job?", "Where?". */
  question: string;
  answer: string;
}

export interface ContractSummary {
  language: Language;
  title: string;
  intro: string;
  points: ContractSummaryPoint[];
  /** The contract prevails over this page. */
  disclaimer: string;
}

const NBSP = '\u00a0';

const MONTHS: Record<Language, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "1 décembre 2026", "1 december 2026", "1 December 2026". */
export function summaryDate(date: CalendarDate, language: Language): string {
  const { year, month, day } = dateParts(date);
  return `${day}${NBSP}${MONTHS[language][month - 1]} ${year}`;
}

/** Hours as people write them: "38", "19,5" in French and Dutch, "19.5" in English. */
function hours(weeklyHours: number, language: Language): string {
  const text = String(Math.round(weeklyHours * 100) / 100);
  return language === 'en' ? text : text.replace('.', ',');
}

type Words = (f: ContractSummaryFacts, t: { hours: string; wage: string; start: string; end: string }) => Omit<ContractSummary, 'language'>;

const SECTORS: Record<Language, Record<ContractSummaryFacts['sector'], string>> = {
  fr: { care: 'les soins', horeca: 'l’horeca', construction: 'la construction', other: '' },
  nl: { care: 'de zorg', horeca: 'de horeca', construction: 'de bouw', other: '' },
  en: { care: 'care', horeca: 'hotels and restaurants', construction: 'construction', other: '' },
};

const WORDS: Record<Language, Words> = {
  fr: (f, t) => ({
    title: 'Votre contrat en mots simples',
    intro: `Cette page résume votre contrat de travail avec ${f.cooperative.name}. Lisez aussi le contrat lui-même.`,
    points: [
      {
        question: 'Quel travail ?',
        answer: `Vous travaillez comme ${f.jobTitle}${SECTORS.fr[f.sector] ? ` dans ${SECTORS.fr[f.sector]}` : ''}. Votre employeur est la coopérative ${f.cooperative.name} : c’est elle qui vous paie.`,
      },
      {
        question: 'Où ?',
        answer: f.workplace
          ? `Chez ${f.workplace.employerName}, ${f.workplace.siteAddress}. Sur place, cette entreprise vous dit quoi faire et veille à votre sécurité.`
          : 'Vous n’êtes pas encore placé·e chez une entreprise. La coopérative vous dira par écrit où vous travaillez, avant le premier jour.',
      },
      { question: 'Combien d’heures ?', answer: `${t.hours} heures par semaine. Vos horaires sont ceux du lieu de travail.` },
      {
        question: 'Quel salaire ?',
        answer: `${t.wage} brut par heure. « Brut » veut dire avant les cotisations sociales et l’impôt. Vous êtes payé·e chaque mois par virement, pour les heures travaillées. Votre fiche de paie explique chaque montant.`,
      },
      { question: 'Quand ?', answer: `Du ${t.start} au ${t.end}. Le contrat s’arrête tout seul le ${t.end} : personne ne doit donner de préavis.` },
      { question: 'Période d’essai ?', answer: 'Non. La loi belge ne permet plus de période d’essai dans ce contrat.' },
      {
        question: 'Et si le contrat doit s’arrêter plus tôt ?',
        answer:
          'Avant la fin, le contrat ne s’arrête que si vous et la coopérative êtes d’accord, pour une faute grave, ou avec un préavis pendant la première moitié du contrat (au plus ses six premiers mois). Si votre permis de travail s’arrête, vous ne pouvez plus travailler : le contrat est suspendu, puis il prend fin si le permis n’est pas renouvelé.',
      },
      {
        question: 'À qui demander ?',
        answer: `Pour le contrat, le salaire ou le permis : la coopérative ${f.cooperative.name}, ${f.cooperative.address}, ou votre espace dans le portail TalentCoop. Pour le travail de tous les jours : la personne responsable sur votre lieu de travail.`,
      },
    ],
    disclaimer: 'Cette page explique le contrat, elle ne le remplace pas : si elle dit autre chose que le contrat, c’est le contrat qui compte.',
  }),
  nl: (f, t) => ({
    title: 'Uw contract in eenvoudige woorden',
    intro: `Deze pagina vat uw arbeidsovereenkomst met ${f.cooperative.name} samen. Lees ook het contract zelf.`,
    points: [
      {
        question: 'Welk werk?',
        answer: `U werkt als ${f.jobTitle}${SECTORS.nl[f.sector] ? ` in ${SECTORS.nl[f.sector]}` : ''}. Uw werkgever is de coöperatie ${f.cooperative.name}: zij betaalt u.`,
      },
      {
        question: 'Waar?',
        answer: f.workplace
          ? `Bij ${f.workplace.employerName}, ${f.workplace.siteAddress}. Daar zegt dat bedrijf u wat u moet doen en zorgt het voor uw veiligheid.`
          : 'U werkt nog niet bij een bedrijf. De coöperatie laat u schriftelijk weten waar u werkt, vóór de eerste dag.',
      },
      { question: 'Hoeveel uur?', answer: `${t.hours} uur per week. Uw uurrooster is dat van de werkplaats.` },
      {
        question: 'Welk loon?',
        answer: `${t.wage} bruto per uur. „Bruto” betekent vóór de sociale bijdragen en de belasting. U wordt elke maand betaald met een overschrijving, voor de uren die u gewerkt hebt. Uw loonbrief legt elk bedrag uit.`,
      },
      { question: 'Wanneer?', answer: `Van ${t.start} tot ${t.end}. Het contract stopt vanzelf op ${t.end}: niemand moet een opzegging geven.` },
      { question: 'Proefperiode?', answer: 'Nee. De Belgische wet laat in dit contract geen proefperiode meer toe.' },
      {
        question: 'En als het contract vroeger moet stoppen?',
        answer:
          'Vóór het einde stopt het contract alleen als u en de coöperatie het eens zijn, bij een dringende reden (een zware fout), of met een opzegging tijdens de eerste helft van het contract (hoogstens de eerste zes maanden). Als uw arbeidskaart stopt, mag u niet meer werken: het contract wordt geschorst en stopt als de kaart niet verlengd wordt.',
      },
      {
        question: 'Wie kan u helpen?',
        answer: `Voor het contract, het loon of de arbeidskaart: de coöperatie ${f.cooperative.name}, ${f.cooperative.address}, of uw pagina in het TalentCoop-portaal. Voor het dagelijkse werk: de verantwoordelijke op uw werkplaats.`,
      },
    ],
    disclaimer: 'Deze pagina legt het contract uit, ze vervangt het niet: als ze iets anders zegt dan het contract, geldt het contract.',
  }),
  en: (f, t) => ({
    title: 'Your contract in plain words',
    intro: `This page sums up your employment contract with ${f.cooperative.name}. Please read the contract itself too.`,
    points: [
      {
        question: 'What job?',
        answer: `You work as ${f.jobTitle}${SECTORS.en[f.sector] ? ` in ${SECTORS.en[f.sector]}` : ''}. Your employer is the cooperative ${f.cooperative.name}: it pays you.`,
      },
      {
        question: 'Where?',
        answer: f.workplace
          ? `At ${f.workplace.employerName}, ${f.workplace.siteAddress}. There, that company tells you what to do and looks after your safety.`
          : 'You are not placed with a company yet. The cooperative will tell you in writing where you work, before your first day.',
      },
      { question: 'How many hours?', answer: `${t.hours} hours a week. Your working times are those of the workplace.` },
      {
        question: 'What pay?',
        answer: `${t.wage} gross an hour. “Gross” means before social security contributions and tax. You are paid every month by bank transfer, for the hours you worked. Your payslip explains every amount.`,
      },
      { question: 'When?', answer: `From ${t.start} to ${t.end}. The contract ends by itself on ${t.end}: nobody has to give notice.` },
      { question: 'Trial period?', answer: 'No. Belgian law no longer allows a trial period in this contract.' },
      {
        question: 'What if the contract has to end sooner?',
        answer:
          'Before its end, the contract stops only if you and the cooperative agree, for serious misconduct, or with notice during the first half of the contract (at most its first six months). If your work permit ends, you may no longer work: the contract is suspended, and it ends if the permit is not renewed.',
      },
      {
        question: 'Who can help?',
        answer: `About the contract, your pay or your permit: the cooperative ${f.cooperative.name}, ${f.cooperative.address}, or your page in the TalentCoop portal. About the daily work: the person in charge at your workplace.`,
      },
    ],
    disclaimer: 'This page explains the contract; it does not replace it: where it says something else, the contract counts.',
  }),
};

export function contractSummary(language: Language, facts: ContractSummaryFacts): ContractSummary {
  if (!(LANGUAGES as readonly string[]).includes(language))
    throw new RangeError(`A contract summary is written in fr, nl or en, got ${JSON.stringify(language)}`);
  const formatted = {
    hours: hours(facts.weeklyHours, language),
    wage: formatEurosPlain(facts.hourlyWageCents, language),
    start: summaryDate(facts.startDate, language),
    end: summaryDate(facts.endDate, language),
  };
  return { language, ...WORDS[language](facts, formatted) };
}
