/**
 * The words of the trajectory reports, in French and Dutch. Each language is complete: a coach
 * or a funder reads one document in one language, with no English left in it.
 */
import type { LifeDomain } from '../../domain/trajectory/life-domains';

export type ReportLanguage = 'fr' | 'nl';

export interface TrajectoryWording {
  progressTitle: string;
  cohortTitle: string;
  confidential: string;
  publicNotice: (minGroupSize: number) => string;
  participant: string;
  cohort: string;
  coach: string;
  period: (from: string, to: string) => string;
  status: string;
  phase: string;
  statuses: Record<string, string>;
  phases: Record<string, string>;
  outcomes: Record<string, string>;
  lifeDomainsHeading: string;
  lifeDomainsHint: string;
  domains: Record<LifeDomain, string>;
  measures: { baseline: string; midline: string; endline: string; change: string };
  milestonesHeading: string;
  milestoneColumns: { milestone: string; due: string; reached: string; onTime: string };
  yes: string;
  no: string;
  notYet: string;
  attendanceHeading: string;
  attendanceLine: (a: { present: number; excused: number; absent: number; recorded: number }) => string;
  coachingHeading: string;
  coachingSummary: (sessions: number, duration: string) => string;
  sessionColumns: { date: string; duration: string; topics: string; nextSteps: string };
  participantsLine: string;
  statusesHeading: string;
  outcomesHeading: string;
  rateColumns: { phase: string; sessions: string; rate: string; excused: string; absent: string };
  coachingColumns: { hours: string; sessions: string };
  reachedRate: string;
  onTimeRate: string;
  testimoniesHeading: string;
  quote: (text: string) => string;
  suppressed: string;
  footer: (page: number, pages: number) => string;
  monthNames: readonly string[];
}

const NBSP = '\u00a0';

const fr: TrajectoryWording = {
  progressTitle: 'Rapport de progression — trajet entrepreneurial',
  cohortTitle: 'Rapport de cohorte — trajet entrepreneurial',
  confidential: 'Document confidentiel : réservé au participant, à son coach et à la coopérative.',
  publicNotice: (n) => `Document public et anonymisé : tout chiffre portant sur moins de ${n} personnes est masqué (—).`,
  participant: `Participant${NBSP}:`,
  cohort: `Cohorte${NBSP}:`,
  coach: `Coach${NBSP}:`,
  period: (from, to) => `Période${NBSP}: du ${from} au ${to}`,
  status: `Statut${NBSP}:`,
  phase: `Phase${NBSP}:`,
  statuses: {
    'awaiting-intake': 'en attente de l’entretien d’accueil',
    active: 'en cours',
    paused: 'en pause',
    'awaiting-final-evaluation': 'en attente de l’évaluation finale',
    completed: 'terminé',
    'dropped-out': 'arrêté',
  },
  phases: { 'intensive-training': 'formation intensive', 'collective-programme': 'programme collectif', 'individual-coaching': 'accompagnement individuel' },
  outcomes: {
    'activity-launched': 'activité lancée',
    'activity-in-preparation': 'activité en préparation',
    employment: 'emploi',
    'further-training': 'formation complémentaire',
    'no-outcome': 'sans suite',
  },
  lifeDomainsHeading: 'Situation par domaine de vie',
  lifeDomainsHint: '1 = très précaire … 5 = stable',
  domains: {
    income: 'Revenus',
    housing: 'Logement',
    health: 'Santé',
    'legal-situation': 'Situation juridique',
    language: 'Langue',
    network: 'Réseau',
    'digital-skills': 'Compétences numériques',
  },
  measures: { baseline: 'Accueil', midline: 'Dernier bilan', endline: 'Évaluation finale', change: 'Évolution' },
  milestonesHeading: 'Étapes du projet',
  milestoneColumns: { milestone: 'Étape', due: 'Échéance', reached: 'Atteinte le', onTime: 'Dans les délais' },
  yes: 'oui',
  no: 'non',
  notYet: 'pas encore',
  attendanceHeading: 'Présence aux activités collectives',
  attendanceLine: (a) => `${a.present} présence(s) sur ${a.recorded} séance(s) ; ${a.excused} absence(s) excusée(s), ${a.absent} absence(s) non excusée(s)`,
  coachingHeading: 'Accompagnement individuel',
  coachingSummary: (sessions, duration) => `${sessions} séance(s), ${duration} au total`,
  sessionColumns: { date: 'Date', duration: 'Durée', topics: 'Sujets', nextSteps: 'Prochaines étapes convenues' },
  participantsLine: `Participants${NBSP}:`,
  statusesHeading: 'Où en sont les participants',
  outcomesHeading: 'Résultats à la sortie',
  rateColumns: { phase: 'Phase', sessions: 'Séances', rate: 'Taux de présence', excused: 'Absences excusées', absent: 'Absences non excusées' },
  coachingColumns: { hours: 'Heures de coaching par participant', sessions: 'Séances par participant' },
  reachedRate: 'Atteinte',
  onTimeRate: 'Dans les délais',
  testimoniesHeading: 'Témoignages (avec l’accord des participants)',
  quote: (text) => `«${NBSP}${text}${NBSP}»`,
  suppressed: '—',
  footer: (page, pages) => `Page ${page} / ${pages}`,
  monthNames: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

const nl: TrajectoryWording = {
  progressTitle: 'Voortgangsrapport — ondernemerstraject',
  cohortTitle: 'Cohorterapport — ondernemerstraject',
  confidential: 'Vertrouwelijk document: alleen voor de deelnemer, de coach en de coöperatie.',
  publicNotice: (n) => `Openbaar en geanonimiseerd document: elk cijfer over minder dan ${n} personen is verborgen (—).`,
  participant: 'Deelnemer:',
  cohort: 'Cohorte:',
  coach: 'Coach:',
  period: (from, to) => `Periode: van ${from} tot ${to}`,
  status: 'Status:',
  phase: 'Fase:',
  statuses: {
    'awaiting-intake': 'wacht op het intakegesprek',
    active: 'lopend',
    paused: 'gepauzeerd',
    'awaiting-final-evaluation': 'wacht op de eindevaluatie',
    completed: 'afgerond',
    'dropped-out': 'gestopt',
  },
  phases: { 'intensive-training': 'intensieve opleiding', 'collective-programme': 'collectief programma', 'individual-coaching': 'individuele begeleiding' },
  outcomes: {
    'activity-launched': 'activiteit gestart',
    'activity-in-preparation': 'activiteit in voorbereiding',
    employment: 'werk',
    'further-training': 'verdere opleiding',
    'no-outcome': 'zonder vervolg',
  },
  lifeDomainsHeading: 'Situatie per levensdomein',
  lifeDomainsHint: '1 = zeer precair … 5 = stabiel',
  domains: {
    income: 'Inkomen',
    housing: 'Huisvesting',
    health: 'Gezondheid',
    'legal-situation': 'Juridische situatie',
    language: 'Taal',
    network: 'Netwerk',
    'digital-skills': 'Digitale vaardigheden',
  },
  measures: { baseline: 'Intake', midline: 'Laatste evaluatie', endline: 'Eindevaluatie', change: 'Evolutie' },
  milestonesHeading: 'Mijlpalen van het project',
  milestoneColumns: { milestone: 'Mijlpaal', due: 'Vervaldatum', reached: 'Bereikt op', onTime: 'Op tijd' },
  yes: 'ja',
  no: 'nee',
  notYet: 'nog niet',
  attendanceHeading: 'Aanwezigheid bij collectieve activiteiten',
  attendanceLine: (a) => `${a.present} keer aanwezig op ${a.recorded} sessie(s); ${a.excused} keer gewettigd afwezig, ${a.absent} keer ongewettigd afwezig`,
  coachingHeading: 'Individuele begeleiding',
  coachingSummary: (sessions, duration) => `${sessions} sessie(s), in totaal ${duration}`,
  sessionColumns: { date: 'Datum', duration: 'Duur', topics: 'Onderwerpen', nextSteps: 'Afgesproken volgende stappen' },
  participantsLine: 'Deelnemers:',
  statusesHeading: 'Waar de deelnemers staan',
  outcomesHeading: 'Resultaten bij uitstroom',
  rateColumns: { phase: 'Fase', sessions: 'Sessies', rate: 'Aanwezigheidsgraad', excused: 'Gewettigd afwezig', absent: 'Ongewettigd afwezig' },
  coachingColumns: { hours: 'Uren coaching per deelnemer', sessions: 'Sessies per deelnemer' },
  reachedRate: 'Bereikt',
  onTimeRate: 'Op tijd',
  testimoniesHeading: 'Getuigenissen (met toestemming van de deelnemers)',
  quote: (text) => `“${text}”`,
  suppressed: '—',
  footer: (page, pages) => `Pagina ${page} / ${pages}`,
  monthNames: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

export const trajectoryWording: Record<ReportLanguage, TrajectoryWording> = { fr, nl };
