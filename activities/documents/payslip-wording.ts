/**
 * The words of the payslip in the three languages a Brussels worker may read it in. Each
 * language is complete on its own (no English left in a French payslip). French typography
 * puts a no-break space before « : ; ? », so a line never starts with a lone colon.
 */
export type PayslipLanguage = 'fr' | 'nl' | 'en';
export type FamilySituation = 'single' | 'couple-two-incomes' | 'couple-one-income';
export type HourKindName = 'regular' | 'overtime' | 'night' | 'sunday' | 'publicHoliday';

/** Amounts already formatted in the payslip's language. */
export interface NetSummary {
  gross: string;
  socialSecurity: string;
  withholding: string;
  special: string;
  net: string;
}

export interface PayslipWording {
  title: string;
  regularisationTitle: string;
  corrects: (number: string, period: string) => string;
  provisional: string;
  number: string;
  period: string;
  issuedOn: string;
  paymentDate: string;
  employer: string;
  enterpriseNumber: string;
  onssNumber: string;
  worker: string;
  workerCode: string;
  nationalNumber: string;
  nationalNumberNotIssued: string;
  jobTitle: string;
  jointCommittee: string;
  jointCommitteeNumber: (number: string) => string;
  category: string;
  categoryNames: Record<'white-collar' | 'blue-collar', string>;
  workingTime: string;
  hoursPerWeek: (worker: string, fullTime: string) => string;
  hourlyWage: string;
  contract: string;
  fromTo: (start: string, end: string) => string;
  workedAt: string;
  hoursShort: (hours: string) => string;
  taxSituation: string;
  familyNames: Record<FamilySituation, string>;
  children: (count: number) => string;
  taxSituationMissing: string;
  linesHeading: string;
  item: string;
  hours: string;
  rate: string;
  amount: string;
  premium: (percent: string) => string;
  totalsHeading: string;
  totals: {
    gross: string;
    personalSocialSecurity: string;
    socialWorkBonus: string;
    taxable: string;
    withholding: string;
    special: string;
    net: string;
  };
  paidTo: (ibanMasked: string) => string;
  paidOtherwise: string;
  employerHeading: string;
  employerIntro: string;
  employerCost: string;
  whyHeading: (net: string) => string;
  whySummary: (s: NetSummary) => string;
  footer: (number: string, page: number, pages: number) => string;
  monthNames: readonly string[];
}

const NBSP = '\u00a0';

const fr: PayslipWording = {
  title: 'Fiche de paie',
  regularisationTitle: 'Fiche de paie de régularisation',
  corrects: (number, period) =>
    `Cette fiche régularise la fiche de paie n°${NBSP}${number} (${period}). La fiche d’origine n’est pas modifiée${NBSP}: les montants ci-dessous la corrigent.`,
  provisional: `Calculée avec des paramètres provisoires${NBSP}: les chiffres officiels de la période ne sont pas encore publiés. Si ces chiffres diffèrent, une régularisation suivra.`,
  number: 'N°',
  period: 'Période',
  issuedOn: 'Émise le',
  paymentDate: 'Date de paiement',
  employer: 'Employeur',
  enterpriseNumber: 'N° d’entreprise',
  onssNumber: 'N° ONSS',
  worker: 'Travailleur',
  workerCode: 'Code travailleur',
  nationalNumber: 'N° de registre national',
  nationalNumberNotIssued: 'pas encore attribué',
  jobTitle: 'Fonction',
  jointCommittee: 'Commission paritaire',
  jointCommitteeNumber: (number) => `n°${NBSP}${number}`,
  category: 'Catégorie',
  categoryNames: { 'white-collar': 'Employé', 'blue-collar': 'Ouvrier' },
  workingTime: 'Régime de travail',
  hoursPerWeek: (worker, fullTime) => `${worker}${NBSP}h sur ${fullTime}${NBSP}h par semaine`,
  hourlyWage: 'Salaire horaire',
  contract: 'Contrat',
  fromTo: (start, end) => `du ${start} au ${end}`,
  workedAt: 'Prestations chez',
  hoursShort: (hours) => `${hours}${NBSP}h`,
  taxSituation: 'Situation fiscale',
  familyNames: { single: 'isolé', 'couple-two-incomes': 'marié ou cohabitant, deux revenus', 'couple-one-income': 'marié ou cohabitant, un seul revenu' },
  children: (count) => (count === 0 ? 'aucun enfant à charge' : count === 1 ? '1 enfant à charge' : `${count} enfants à charge`),
  taxSituationMissing: `non communiquée${NBSP}: précompte calculé comme pour une personne isolée sans enfant`,
  linesHeading: 'Détail du salaire',
  item: 'Rubrique',
  hours: 'Heures',
  rate: 'Taux',
  amount: 'Montant',
  premium: (percent) => `+${NBSP}${percent}`,
  totalsHeading: 'Totaux',
  totals: {
    gross: 'Salaire brut',
    personalSocialSecurity: 'Cotisation personnelle ONSS',
    socialWorkBonus: 'Bonus à l’emploi social',
    taxable: 'Salaire imposable',
    withholding: 'Précompte professionnel',
    special: 'Cotisation spéciale de sécurité sociale',
    net: 'Salaire net',
  },
  paidTo: (iban) => `Versé sur le compte ${iban}`,
  paidOtherwise: 'Payé autrement que par virement (pas de compte bancaire connu)',
  employerHeading: 'Coût pour l’employeur (information)',
  employerIntro: `Payé par la coopérative en plus de votre salaire brut${NBSP}:`,
  employerCost: 'Coût total pour l’employeur',
  whyHeading: (net) => `Pourquoi mon salaire net est-il de ${net}${NBSP}?`,
  whySummary: (s) =>
    `Votre salaire brut de ${s.gross}, moins la cotisation de sécurité sociale (après le bonus à l’emploi) de ${s.socialSecurity}, le précompte professionnel de ${s.withholding} et la cotisation spéciale de ${s.special}, donne votre salaire net de ${s.net}. Le détail, ligne par ligne${NBSP}:`,
  footer: (number, page, pages) => `Fiche de paie n°${NBSP}${number} — document confidentiel — page ${page} sur ${pages}`,
  monthNames: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

const nl: PayslipWording = {
  title: 'Loonbrief',
  regularisationTitle: 'Regularisatieloonbrief',
  corrects: (number, period) =>
    `Deze loonbrief regulariseert loonbrief nr.${NBSP}${number} (${period}). De oorspronkelijke loonbrief wordt niet gewijzigd: de bedragen hieronder verbeteren hem.`,
  provisional:
    'Berekend met voorlopige parameters: de officiële cijfers voor deze periode zijn nog niet bekendgemaakt. Wijken ze af, dan volgt een regularisatie.',
  number: 'Nr.',
  period: 'Periode',
  issuedOn: 'Uitgereikt op',
  paymentDate: 'Betaaldatum',
  employer: 'Werkgever',
  enterpriseNumber: 'Ondernemingsnr.',
  onssNumber: 'RSZ-nr.',
  worker: 'Werknemer',
  workerCode: 'Werknemerscode',
  nationalNumber: 'Rijksregisternr.',
  nationalNumberNotIssued: 'nog niet toegekend',
  jobTitle: 'Functie',
  jointCommittee: 'Paritair comité',
  jointCommitteeNumber: (number) => `nr.${NBSP}${number}`,
  category: 'Categorie',
  categoryNames: { 'white-collar': 'Bediende', 'blue-collar': 'Arbeider' },
  workingTime: 'Arbeidsregeling',
  hoursPerWeek: (worker, fullTime) => `${worker}${NBSP}u op ${fullTime}${NBSP}u per week`,
  hourlyWage: 'Uurloon',
  contract: 'Overeenkomst',
  fromTo: (start, end) => `van ${start} tot ${end}`,
  workedAt: 'Gewerkt bij',
  hoursShort: (hours) => `${hours}${NBSP}u`,
  taxSituation: 'Fiscale toestand',
  familyNames: {
    single: 'alleenstaande',
    'couple-two-incomes': 'gehuwd of samenwonend, twee inkomens',
    'couple-one-income': 'gehuwd of samenwonend, één inkomen',
  },
  children: (count) => (count === 0 ? 'geen kinderen ten laste' : count === 1 ? '1 kind ten laste' : `${count} kinderen ten laste`),
  taxSituationMissing: 'niet meegedeeld: voorheffing berekend zoals voor een alleenstaande zonder kinderen',
  linesHeading: 'Loonberekening',
  item: 'Omschrijving',
  hours: 'Uren',
  rate: 'Tarief',
  amount: 'Bedrag',
  premium: (percent) => `+${NBSP}${percent}`,
  totalsHeading: 'Totalen',
  totals: {
    gross: 'Brutoloon',
    personalSocialSecurity: 'Persoonlijke RSZ-bijdrage',
    socialWorkBonus: 'Sociale werkbonus',
    taxable: 'Belastbaar loon',
    withholding: 'Bedrijfsvoorheffing',
    special: 'Bijzondere bijdrage sociale zekerheid',
    net: 'Nettoloon',
  },
  paidTo: (iban) => `Gestort op rekening ${iban}`,
  paidOtherwise: 'Niet per overschrijving betaald (geen bankrekening bekend)',
  employerHeading: 'Kost voor de werkgever (ter informatie)',
  employerIntro: 'Betaald door de coöperatie bovenop uw brutoloon:',
  employerCost: 'Totale werkgeverskost',
  whyHeading: (net) => `Waarom is mijn nettoloon ${net}?`,
  whySummary: (s) =>
    `Uw brutoloon van ${s.gross}, min de socialezekerheidsbijdrage (na de werkbonus) van ${s.socialSecurity}, de bedrijfsvoorheffing van ${s.withholding} en de bijzondere bijdrage van ${s.special}, geeft uw nettoloon van ${s.net}. Regel per regel:`,
  footer: (number, page, pages) => `Loonbrief nr.${NBSP}${number} — vertrouwelijk document — pagina ${page} van ${pages}`,
  monthNames: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

const en: PayslipWording = {
  title: 'Payslip',
  regularisationTitle: 'Regularisation payslip',
  corrects: (number, period) =>
    `This payslip regularises payslip no.${NBSP}${number} (${period}). The original payslip is not changed: the amounts below correct it.`,
  provisional:
    'Computed with provisional parameters: the official figures for this period are not published yet. If they differ, a regularisation will follow.',
  number: 'No.',
  period: 'Period',
  issuedOn: 'Issued on',
  paymentDate: 'Payment date',
  employer: 'Employer',
  enterpriseNumber: 'Enterprise number',
  onssNumber: 'ONSS number',
  worker: 'Worker',
  workerCode: 'Worker code',
  nationalNumber: 'National number',
  nationalNumberNotIssued: 'not issued yet',
  jobTitle: 'Job',
  jointCommittee: 'Joint committee',
  jointCommitteeNumber: (number) => `no.${NBSP}${number}`,
  category: 'Category',
  categoryNames: { 'white-collar': 'White-collar', 'blue-collar': 'Blue-collar' },
  workingTime: 'Working time',
  hoursPerWeek: (worker, fullTime) => `${worker}${NBSP}h of ${fullTime}${NBSP}h a week`,
  hourlyWage: 'Hourly wage',
  contract: 'Contract',
  fromTo: (start, end) => `from ${start} to ${end}`,
  workedAt: 'Worked at',
  hoursShort: (hours) => `${hours}${NBSP}h`,
  taxSituation: 'Tax situation',
  familyNames: { single: 'single', 'couple-two-incomes': 'married or cohabiting, two incomes', 'couple-one-income': 'married or cohabiting, one income' },
  children: (count) => (count === 0 ? 'no dependent children' : count === 1 ? '1 dependent child' : `${count} dependent children`),
  taxSituationMissing: 'not provided: withholding computed as for a single person without children',
  linesHeading: 'Pay details',
  item: 'Item',
  hours: 'Hours',
  rate: 'Rate',
  amount: 'Amount',
  premium: (percent) => `+${NBSP}${percent}`,
  totalsHeading: 'Totals',
  totals: {
    gross: 'Gross pay',
    personalSocialSecurity: 'Personal ONSS contribution',
    socialWorkBonus: 'Social work bonus',
    taxable: 'Taxable pay',
    withholding: 'Withholding tax',
    special: 'Special social security contribution',
    net: 'Net pay',
  },
  paidTo: (iban) => `Paid into account ${iban}`,
  paidOtherwise: 'Paid other than by transfer (no bank account known)',
  employerHeading: 'Cost to the employer (for information)',
  employerIntro: 'Paid by the cooperative on top of your gross pay:',
  employerCost: 'Total employer cost',
  whyHeading: (net) => `Why is my net pay ${net}?`,
  whySummary: (s) =>
    `Your gross pay of ${s.gross}, minus the social security contribution (after the work bonus) of ${s.socialSecurity}, the withholding tax of ${s.withholding} and the special contribution of ${s.special}, gives your net pay of ${s.net}. Line by line:`,
  footer: (number, page, pages) => `Payslip no.${NBSP}${number} — confidential — page ${page} of ${pages}`,
  monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export const payslipWording: Readonly<Record<PayslipLanguage, PayslipWording>> = { fr, nl, en };
