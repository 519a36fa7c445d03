import type { PayslipLineCode } from './payslip-line';
import { type LocalizedText, text } from './wording';

/** The name of each payslip line, by code, in the three languages (worded in one place with explain.ts). */
export const LINE_LABELS: Record<PayslipLineCode, LocalizedText> = {
  GROSS_PAY: text('Salaire brut', 'Brutoloon', 'Gross pay'),
  REGULAR_HOURS: text('Heures normales', 'Gewone uren', 'Regular hours'),
  OVERTIME_HOURS: text('Heures supplémentaires', 'Overuren', 'Overtime hours'),
  NIGHT_HOURS: text('Heures de nuit', 'Nachturen', 'Night hours'),
  SUNDAY_HOURS: text('Heures du dimanche', 'Zondagsuren', 'Sunday hours'),
  PUBLIC_HOLIDAY_HOURS: text('Heures de jour férié', 'Feestdaguren', 'Public holiday hours'),
  THIRTEENTH_MONTH: text('Treizième mois', 'Dertiende maand', '13th month'),
  DOUBLE_HOLIDAY_PAY: text('Double pécule de vacances (85 %)', 'Dubbel vakantiegeld (85 %)', 'Double holiday pay (85 %)'),
  DOUBLE_HOLIDAY_PAY_SUPPLEMENT: text(
    'Double pécule de vacances, complément (7 %)',
    'Dubbel vakantiegeld, aanvulling (7 %)',
    'Double holiday pay, supplement (7 %)',
  ),
  PERSONAL_SOCIAL_SECURITY: text(
    'Cotisation personnelle de sécurité sociale (ONSS)',
    'Persoonlijke socialezekerheidsbijdrage (RSZ)',
    'Personal social security contribution (ONSS/RSZ)',
  ),
  SOCIAL_WORK_BONUS: text('Bonus à l’emploi social', 'Sociale werkbonus', 'Social work bonus'),
  SOCIAL_WORK_BONUS_PART_A: text('Bonus à l’emploi social, volet A', 'Sociale werkbonus, luik A', 'Social work bonus, part A'),
  SOCIAL_WORK_BONUS_PART_B: text('Bonus à l’emploi social, volet B', 'Sociale werkbonus, luik B', 'Social work bonus, part B'),
  WITHHOLDING_TAX: text('Précompte professionnel', 'Bedrijfsvoorheffing', 'Withholding tax'),
  WITHHOLDING_REDUCTION_CHILDREN: text(
    'Réduction du précompte pour enfants à charge',
    'Vermindering van de voorheffing voor kinderen ten laste',
    'Withholding reduction for dependent children',
  ),
  WITHHOLDING_REDUCTION_SINGLE_PARENT: text(
    'Réduction du précompte, parent isolé',
    'Vermindering van de voorheffing, alleenstaande ouder',
    'Withholding reduction, single parent',
  ),
  WITHHOLDING_REDUCTION_SINGLE_BENEFICIARY: text(
    'Réduction du précompte, bénéficiaire isolé',
    'Vermindering van de voorheffing, alleenstaande',
    'Withholding reduction, single person',
  ),
  WITHHOLDING_REDUCTION_OTHER_DEPENDANTS: text(
    'Réduction du précompte, autres personnes à charge',
    'Vermindering van de voorheffing, andere personen ten laste',
    'Withholding reduction, other dependants',
  ),
  WITHHOLDING_REDUCTION_DEPENDANTS_65: text(
    'Réduction du précompte, personnes à charge de 65 ans ou plus',
    'Vermindering van de voorheffing, personen ten laste van 65 jaar of ouder',
    'Withholding reduction, dependants aged 65 or more',
  ),
  FISCAL_WORK_BONUS: text('Bonus à l’emploi fiscal', 'Fiscale werkbonus', 'Fiscal work bonus'),
  SPECIAL_SOCIAL_SECURITY_CONTRIBUTION: text(
    'Cotisation spéciale de sécurité sociale',
    'Bijzondere bijdrage voor de sociale zekerheid',
    'Special social security contribution',
  ),
  EMPLOYER_SOCIAL_SECURITY: text('Cotisation patronale de sécurité sociale', 'Werkgeversbijdrage sociale zekerheid', 'Employer social security contribution'),
  EMPLOYER_WORK_ACCIDENT_FUND: text(
    'Cotisation spéciale accidents du travail (255)',
    'Bijzondere bijdrage arbeidsongevallen (255)',
    'Special work-accident contribution (255)',
  ),
  EMPLOYER_ASBESTOS_FUND: text('Fonds amiante (256)', 'Asbestfonds (256)', 'Asbestos fund (256)'),
  EMPLOYER_CLOSING_FUND: text('Fonds de fermeture d’entreprises (809)', 'Fonds voor sluiting van ondernemingen (809)', 'Company-closure fund (809)'),
  EMPLOYER_CLOSING_FUND_TEMPORARY_UNEMPLOYMENT: text(
    'Fonds de fermeture, chômage temporaire (810)',
    'Sluitingsfonds, tijdelijke werkloosheid (810)',
    'Company-closure fund, temporary unemployment (810)',
  ),
  EMPLOYER_TEMPORARY_UNEMPLOYMENT: text(
    'Cotisation chômage temporaire (859)',
    'Bijdrage tijdelijke werkloosheid (859)',
    'Temporary-unemployment contribution (859)',
  ),
  EMPLOYER_SECTOR_FUND: text('Fonds de sécurité d’existence (831)', 'Fonds voor bestaanszekerheid (831)', 'Sector fund (831)'),
  EMPLOYER_TEN_OR_MORE_WORKERS: text(
    'Cotisation employeurs de 10 travailleurs ou plus (855)',
    'Bijdrage werkgevers met 10 of meer werknemers (855)',
    'Contribution of employers with 10 or more workers (855)',
  ),
  EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_QUARTERLY: text(
    'Financement du pécule de vacances ouvrier, part trimestrielle',
    'Financiering vakantiegeld arbeiders, driemaandelijks deel',
    'Blue-collar holiday-pay financing, quarterly part',
  ),
  EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_ANNUAL: text(
    'Financement du pécule de vacances ouvrier, part annuelle',
    'Financiering vakantiegeld arbeiders, jaarlijks deel',
    'Blue-collar holiday-pay financing, annual part',
  ),
  EMPLOYER_DOUBLE_HOLIDAY_PAY_CONTRIBUTIONS: text(
    'Cotisations patronales sur le double pécule',
    'Werkgeversbijdragen op het dubbel vakantiegeld',
    'Employer contributions on double holiday pay',
  ),
  EMPLOYER_STRUCTURAL_REDUCTION: text(
    'Réduction structurelle (estimation mensuelle, 3000)',
    'Structurele vermindering (maandelijkse raming, 3000)',
    'Structural reduction (monthly estimate, 3000)',
  ),
};
