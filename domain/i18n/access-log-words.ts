import type { Language } from './rule-messages';

/**
 * What the worker reads in "who read my file": each audit action in words, in their language,
 * never its code (the code stays beside it for programs). Fed with the entry's facts (a week),
 * never with a personal identifier. An action the catalogue lacks still reads as words: whether
 * the file was read or changed.
 */
type Facts = Readonly<{ week?: string }>;
type Words = Record<Language, (f: Facts) => string>;
const same = (en: string, fr: string, nl: string): Words => ({ en: () => en, fr: () => fr, nl: () => nl });
const week = (en: (w: string) => string, fr: (w: string) => string, nl: (w: string) => string): Words => ({
  en: (f) => en(f.week ?? '?'),
  fr: (f) => fr(f.week ?? '?'),
  nl: (f) => nl(f.week ?? '?'),
});

const ACTIONS: Record<string, Words> = {
  'worker.registered': same('Registered you with the cooperative', 'Vous a inscrit·e à la coopérative', 'Schreef u in bij de coöperatie'),
  'worker.read': same('Opened your file', 'A ouvert votre dossier', 'Opende uw dossier'),
  'worker.identity-read': same('Read your identity numbers', 'A lu vos numéros d’identité', 'Las uw identiteitsnummers'),
  'worker.identity-declared': same(
    'Declared you to social security (DmfA)',
    'Vous a déclaré·e à la sécurité sociale (DmfA)',
    'Gaf u aan bij de sociale zekerheid (DmfA)',
  ),
  'worker.exported': same('Exported your whole file', 'A exporté tout votre dossier', 'Exporteerde uw hele dossier'),
  'worker.erased': same('Erased your file', 'A effacé votre dossier', 'Wiste uw dossier'),
  'worker.consent-confirmed': same(
    'Confirmed the consent recorded for you',
    'A confirmé le consentement enregistré pour vous',
    'Bevestigde de toestemming die voor u werd geregistreerd',
  ),
  'worker.onboarding.consent': same('Recorded your consent', 'A enregistré votre consentement', 'Registreerde uw toestemming'),
  'worker.onboarding.work-authorisation': same('Recorded your work permit', 'A enregistré votre permis de travail', 'Registreerde uw arbeidsvergunning'),
  'worker.onboarding.documents-checked': same('Checked your documents', 'A vérifié vos documents', 'Controleerde uw documenten'),
  'worker.tax-situation-recorded': same(
    'Recorded your family situation for tax',
    'A enregistré votre situation familiale pour l’impôt',
    'Registreerde uw gezinssituatie voor de belasting',
  ),
  'worker.tax-situation-declared': same(
    'Declared your family situation for tax',
    'A déclaré votre situation familiale pour l’impôt',
    'Gaf uw gezinssituatie voor de belasting op',
  ),
  'worker.tax-situation-confirmed': same(
    'Confirmed your family situation for tax',
    'A confirmé votre situation familiale pour l’impôt',
    'Bevestigde uw gezinssituatie voor de belasting',
  ),
  'worker.read-tax-situation': same(
    'Read your family situation for tax',
    'A lu votre situation familiale pour l’impôt',
    'Las uw gezinssituatie voor de belasting',
  ),
  'worker.tax-form-issued': same('Issued your tax form 281.10', 'A établi votre fiche fiscale 281.10', 'Maakte uw fiscale fiche 281.10 op'),
  'worker.tax-form-read': same('Read your tax form 281.10', 'A lu votre fiche fiscale 281.10', 'Las uw fiscale fiche 281.10'),
  'account.invited': same('Invited you to your account', 'Vous a invité·e à votre compte', 'Nodigde u uit voor uw account'),
  'contract.drafted': same('Drafted your contract', 'A rédigé votre contrat', 'Stelde uw contract op'),
  'contract.document-read': same('Read your contract', 'A lu votre contrat', 'Las uw contract'),
  'contract.signed-by-worker': same('Signed your contract', 'A signé votre contrat', 'Ondertekende uw contract'),
  'contract.signed-by-cooperative': same(
    'Signed your contract for the cooperative',
    'A signé votre contrat pour la coopérative',
    'Ondertekende uw contract voor de coöperatie',
  ),
  'contract.active': same('Your contract started', 'Votre contrat a commencé', 'Uw contract is begonnen'),
  'contract.ended': same('Your contract ended', 'Votre contrat a pris fin', 'Uw contract is beëindigd'),
  'contract.cancelled': same('Cancelled your contract', 'A annulé votre contrat', 'Annuleerde uw contract'),
  'contract.suspended': same('Suspended your contract', 'A suspendu votre contrat', 'Schorste uw contract'),
  'placement.proposed': same('Proposed you to an employer', 'Vous a proposé·e à un employeur', 'Stelde u voor aan een werkgever'),
  'placement.accepted': same('Accepted your placement', 'A accepté votre mise à disposition', 'Aanvaardde uw tewerkstelling'),
  'placement.refused': same('Refused your placement', 'A refusé votre mise à disposition', 'Weigerde uw tewerkstelling'),
  'placement.active': same('Your placement started', 'Votre mise à disposition a commencé', 'Uw tewerkstelling is begonnen'),
  'placement.blocked': same(
    'Your placement is waiting for a document',
    'Votre mise à disposition attend un document',
    'Uw tewerkstelling wacht op een document',
  ),
  'placement.ended': same('Your placement ended', 'Votre mise à disposition a pris fin', 'Uw tewerkstelling is beëindigd'),
  'placement.cancelled': same('Cancelled your placement', 'A annulé votre mise à disposition', 'Annuleerde uw tewerkstelling'),
  'payslip.issued': same('Issued your payslip', 'A établi votre fiche de paie', 'Maakte uw loonbrief op'),
  'payslip.read': same('Read your payslip', 'A lu votre fiche de paie', 'Las uw loonbrief'),
  'payslip.document-read': same('Opened your payslip', 'A ouvert votre fiche de paie', 'Opende uw loonbrief'),
  'payroll.payment-file-read': same('Read the salary payment file', 'A lu le fichier de paiement des salaires', 'Las het loonbetalingsbestand'),
  'timesheet.hours-saved': week(
    (w) => `Saved your hours of week ${w}`,
    (w) => `A enregistré vos heures de la semaine ${w}`,
    (w) => `Bewaarde uw uren van week ${w}`,
  ),
  'timesheet.submitted': week(
    (w) => `Sent your hours of week ${w} for approval`,
    (w) => `A envoyé vos heures de la semaine ${w} pour approbation`,
    (w) => `Stuurde uw uren van week ${w} ter goedkeuring`,
  ),
  'timesheet.approved': week(
    (w) => `Approved your hours of week ${w}`,
    (w) => `A approuvé vos heures de la semaine ${w}`,
    (w) => `Keurde uw uren van week ${w} goed`,
  ),
  'timesheet.deemed-approved': week(
    (w) => `Your hours of week ${w} count as approved: the employer did not answer in time`,
    (w) => `Vos heures de la semaine ${w} sont réputées approuvées : l’employeur n’a pas répondu à temps`,
    (w) => `Uw uren van week ${w} gelden als goedgekeurd: de werkgever antwoordde niet op tijd`,
  ),
  'timesheet.disputed': week(
    (w) => `Disputed your hours of week ${w}`,
    (w) => `A contesté vos heures de la semaine ${w}`,
    (w) => `Betwistte uw uren van week ${w}`,
  ),
  'timesheet.confirmed-by-worker': week(
    (w) => `Confirmed your hours of week ${w}`,
    (w) => `A confirmé vos heures de la semaine ${w}`,
    (w) => `Bevestigde uw uren van week ${w}`,
  ),
  'timesheet.correction-proposed': week(
    (w) => `Proposed a correction of your approved hours of week ${w}`,
    (w) => `A proposé une correction de vos heures approuvées de la semaine ${w}`,
    (w) => `Stelde een verbetering voor van uw goedgekeurde uren van week ${w}`,
  ),
  'timesheet.correction-confirmed': week(
    (w) => `Confirmed the correction of your hours of week ${w}`,
    (w) => `A confirmé la correction de vos heures de la semaine ${w}`,
    (w) => `Bevestigde de verbetering van uw uren van week ${w}`,
  ),
  'timesheet.correction-disputed': week(
    (w) => `Disputed the correction of your hours of week ${w}`,
    (w) => `A contesté la correction de vos heures de la semaine ${w}`,
    (w) => `Betwistte de verbetering van uw uren van week ${w}`,
  ),
  'timesheet.correction-withdrawn': week(
    (w) => `Withdrew the correction of your hours of week ${w}: the approved hours stay`,
    (w) => `A retiré la correction de vos heures de la semaine ${w} : les heures approuvées restent`,
    (w) => `Trok de verbetering van uw uren van week ${w} in: de goedgekeurde uren blijven`,
  ),
};

const READ = same('Read part of your file', 'A lu une partie de votre dossier', 'Las een deel van uw dossier');
const CHANGED = same('Changed part of your file', 'A modifié une partie de votre dossier', 'Wijzigde een deel van uw dossier');

/** The action of an audit entry in words, in `language`. */
export function accessLogAction(code: string, language: Language, facts: Facts = {}): string {
  const words = ACTIONS[code] ?? (/(^|[.-])read($|[.-])|export/.test(code) ? READ : CHANGED);
  return words[language](facts);
}

/** Who acted, when it was not a named account: the reader, the engine itself, or staff. */
const WHO = {
  you: same('you', 'vous', 'u'),
  system: same('TalentCoop (automatic)', 'TalentCoop (automatique)', 'TalentCoop (automatisch)'),
  staff: same('a cooperative staff member', 'un membre de l’équipe de la coopérative', 'een medewerker van de coöperatie'),
  employer: same('the employer', 'l’employeur', 'de werkgever'),
};
export function accessLogWho(who: keyof typeof WHO, language: Language): string {
  return WHO[who][language]({});
}

/** Someone who answered through an approval link, as they gave their name: "Marie Dupont (approval link)". */
export function approvalLinkWho(givenName: string, language: Language): string {
  const via = { en: 'approval link', fr: 'lien d’approbation', nl: 'goedkeuringslink' }[language];
  return `${givenName} (${via})`;
}

export const ACCESS_LOG_CODES = Object.keys(ACTIONS);
