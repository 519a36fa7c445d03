import type { LineFacts } from './line-facts';
import type { PayslipLineCode } from './payslip-line';
import type { LocalizedText } from './wording';

/*
 * One case per kind of line and per variant of its sentence (limited, prorated, rounded, Scale II,
 * children...): the facts a line carries and the words it must read in each language. The facts
 * come from real payslips of the engine; the words are those the payslips were explained with
 * before the explanations moved out of the line builders, kept as the expected text.
 */
export interface ExplanationCase {
  name: string;
  code: PayslipLineCode;
  facts: LineFacts;
  words: LocalizedText;
}

export const EXPLANATION_CASES: ExplanationCase[] = [
  {
    name: 'double-holiday-pay',
    code: 'DOUBLE_HOLIDAY_PAY',
    facts: { kind: 'double-holiday-pay', monthlyGrossCents: 416480, sharePercent: 85, amountCents: 354008 },
    words: {
      fr: 'Pour une année complète de travail l’an dernier, vous recevez 85\u00a0% de votre salaire mensuel (4\u202f164,80\u00a0€) : 3\u202f540,08\u00a0€. Seule cette partie supporte la cotisation ONSS.',
      nl: 'Voor een volledig jaar werk vorig jaar krijgt u 85\u00a0% van uw maandloon (€\u00a04.164,80): €\u00a03.540,08. Alleen op dit deel wordt RSZ ingehouden.',
      en: 'For a full year of work last year you receive 85\u00a0% of your monthly pay (€4,164.80): €3,540.08. Only this part carries the social security contribution.',
    },
  },
  {
    name: 'double-holiday-pay-supplement',
    code: 'DOUBLE_HOLIDAY_PAY_SUPPLEMENT',
    facts: { kind: 'double-holiday-pay-supplement', sharePercent: 7, amountCents: 29154 },
    words: {
      fr: 'Complément de 7\u00a0% de votre salaire mensuel : 291,54\u00a0€, sans cotisation ONSS.',
      nl: 'Aanvulling van 7\u00a0% van uw maandloon: €\u00a0291,54, zonder RSZ-bijdrage.',
      en: 'A supplement of 7\u00a0% of your monthly pay: €291.54, without social security contribution.',
    },
  },
  {
    name: 'employer-contribution EMPLOYER_ASBESTOS_FUND',
    code: 'EMPLOYER_ASBESTOS_FUND',
    facts: { kind: 'employer-contribution', baseCents: 220255, ratePercent: 0.01, amountCents: 22 },
    words: {
      fr: 'Payé par l’employeur, en plus de votre salaire : 0,01\u00a0% de 2\u202f202,55\u00a0€ = 0,22\u00a0€ (fonds amiante, 1er et 2e trimestres).',
      nl: 'Betaald door de werkgever, bovenop uw loon: 0,01\u00a0% van €\u00a02.202,55 = €\u00a00,22 (asbestfonds, 1e en 2e kwartaal).',
      en: 'Paid by the employer on top of your pay: 0.01\u00a0% of €2,202.55 = €0.22 (asbestos fund, first and second quarters).',
    },
  },
  {
    name: 'employer-contribution EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_ANNUAL',
    code: 'EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_ANNUAL',
    facts: { kind: 'employer-contribution', baseCents: 220255, ratePercent: 10.27, amountCents: 22620 },
    words: {
      fr: 'Payé par l’employeur, en plus de votre salaire : 10,27\u00a0% de 2\u202f202,55\u00a0€ = 226,20\u00a0€ (part annuelle du pécule de vacances, due au printemps suivant).',
      nl: 'Betaald door de werkgever, bovenop uw loon: 10,27\u00a0% van €\u00a02.202,55 = €\u00a0226,20 (jaarlijks deel van het vakantiegeld, verschuldigd in het volgende voorjaar).',
      en: 'Paid by the employer on top of your pay: 10.27\u00a0% of €2,202.55 = €226.20 (annual part of holiday-pay funding, due the next spring).',
    },
  },
  {
    name: 'employer-contribution EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_QUARTERLY',
    code: 'EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_QUARTERLY',
    facts: { kind: 'employer-contribution', baseCents: 220255, ratePercent: 5.57, amountCents: 12268 },
    words: {
      fr: 'Payé par l’employeur, en plus de votre salaire : 5,57\u00a0% de 2\u202f202,55\u00a0€ = 122,68\u00a0€ (finance votre pécule de vacances, payé par la caisse de vacances).',
      nl: 'Betaald door de werkgever, bovenop uw loon: 5,57\u00a0% van €\u00a02.202,55 = €\u00a0122,68 (financiert uw vakantiegeld, betaald door het vakantiefonds).',
      en: 'Paid by the employer on top of your pay: 5.57\u00a0% of €2,202.55 = €122.68 (funds your holiday pay, paid by the holiday fund).',
    },
  },
  {
    name: 'employer-contribution EMPLOYER_CLOSING_FUND',
    code: 'EMPLOYER_CLOSING_FUND',
    facts: { kind: 'employer-contribution', baseCents: 220255, ratePercent: 0.23, amountCents: 507 },
    words: {
      fr: 'Payé par l’employeur, en plus de votre salaire : 0,23\u00a0% de 2\u202f202,55\u00a0€ = 5,07\u00a0€ (protège les salaires si l’entreprise ferme).',
      nl: 'Betaald door de werkgever, bovenop uw loon: 0,23\u00a0% van €\u00a02.202,55 = €\u00a05,07 (beschermt de lonen als het bedrijf sluit).',
      en: 'Paid by the employer on top of your pay: 0.23\u00a0% of €2,202.55 = €5.07 (protects wages if the company closes).',
    },
  },
  {
    name: 'employer-contribution EMPLOYER_CLOSING_FUND_TEMPORARY_UNEMPLOYMENT',
    code: 'EMPLOYER_CLOSING_FUND_TEMPORARY_UNEMPLOYMENT',
    facts: { kind: 'employer-contribution', baseCents: 220255, ratePercent: 0.17, amountCents: 374 },
    words: {
      fr: 'Payé par l’employeur, en plus de votre salaire : 0,17\u00a0% de 2\u202f202,55\u00a0€ = 3,74\u00a0€ (finance le chômage temporaire).',
      nl: 'Betaald door de werkgever, bovenop uw loon: 0,17\u00a0% van €\u00a02.202,55 = €\u00a03,74 (financiert tijdelijke werkloosheid).',
      en: 'Paid by the employer on top of your pay: 0.17\u00a0% of €2,202.55 = €3.74 (funds temporary unemployment).',
    },
  },
  {
    name: 'employer-contribution EMPLOYER_DOUBLE_HOLIDAY_PAY_CONTRIBUTIONS',
    code: 'EMPLOYER_DOUBLE_HOLIDAY_PAY_CONTRIBUTIONS',
    facts: { kind: 'employer-contribution', baseCents: 383162, ratePercent: 0, amountCents: 0 },
    words: {
      fr: 'Payé par l’employeur, en plus de votre salaire : 0\u00a0% de 3\u202f831,62\u00a0€ = 0,00\u00a0€ (le double pécule des employés ne supporte que la cotisation du travailleur).',
      nl: 'Betaald door de werkgever, bovenop uw loon: 0\u00a0% van €\u00a03.831,62 = €\u00a00,00 (op het dubbel vakantiegeld van bedienden is alleen de werknemersbijdrage verschuldigd).',
      en: 'Paid by the employer on top of your pay: 0\u00a0% of €3,831.62 = €0.00 (white-collar double holiday pay carries only the worker’s contribution).',
    },
  },
  {
    name: 'employer-contribution EMPLOYER_SECTOR_FUND',
    code: 'EMPLOYER_SECTOR_FUND',
    facts: { kind: 'employer-contribution', baseCents: 220255, ratePercent: 0.23, amountCents: 507 },
    words: {
      fr: 'Payé par l’employeur, en plus de votre salaire : 0,23\u00a0% de 2\u202f202,55\u00a0€ = 5,07\u00a0€ (fonds du secteur).',
      nl: 'Betaald door de werkgever, bovenop uw loon: 0,23\u00a0% van €\u00a02.202,55 = €\u00a05,07 (sectorfonds).',
      en: 'Paid by the employer on top of your pay: 0.23\u00a0% of €2,202.55 = €5.07 (sector fund).',
    },
  },
  {
    name: 'employer-contribution EMPLOYER_SOCIAL_SECURITY',
    code: 'EMPLOYER_SOCIAL_SECURITY',
    facts: { kind: 'employer-contribution', baseCents: 220255, ratePercent: 25, amountCents: 55064 },
    words: {
      fr: 'Payé par l’employeur, en plus de votre salaire : 25\u00a0% de 2\u202f202,55\u00a0€ = 550,64\u00a0€ (cotisation patronale de base, modération salariale comprise).',
      nl: 'Betaald door de werkgever, bovenop uw loon: 25\u00a0% van €\u00a02.202,55 = €\u00a0550,64 (basiswerkgeversbijdrage, loonmatiging inbegrepen).',
      en: 'Paid by the employer on top of your pay: 25\u00a0% of €2,202.55 = €550.64 (basic employer contribution including wage moderation).',
    },
  },
  {
    name: 'employer-contribution EMPLOYER_TEMPORARY_UNEMPLOYMENT',
    code: 'EMPLOYER_TEMPORARY_UNEMPLOYMENT',
    facts: { kind: 'employer-contribution', baseCents: 220255, ratePercent: 0.1, amountCents: 220 },
    words: {
      fr: 'Payé par l’employeur, en plus de votre salaire : 0,1\u00a0% de 2\u202f202,55\u00a0€ = 2,20\u00a0€ (chômage temporaire).',
      nl: 'Betaald door de werkgever, bovenop uw loon: 0,1\u00a0% van €\u00a02.202,55 = €\u00a02,20 (tijdelijke werkloosheid).',
      en: 'Paid by the employer on top of your pay: 0.1\u00a0% of €2,202.55 = €2.20 (temporary unemployment).',
    },
  },
  {
    name: 'employer-contribution EMPLOYER_WORK_ACCIDENT_FUND',
    code: 'EMPLOYER_WORK_ACCIDENT_FUND',
    facts: { kind: 'employer-contribution', baseCents: 220255, ratePercent: 0.02, amountCents: 44 },
    words: {
      fr: 'Payé par l’employeur, en plus de votre salaire : 0,02\u00a0% de 2\u202f202,55\u00a0€ = 0,44\u00a0€ (fonds des accidents du travail).',
      nl: 'Betaald door de werkgever, bovenop uw loon: 0,02\u00a0% van €\u00a02.202,55 = €\u00a00,44 (fonds voor arbeidsongevallen).',
      en: 'Paid by the employer on top of your pay: 0.02\u00a0% of €2,202.55 = €0.44 (work-accident fund).',
    },
  },
  {
    name: 'exceptional-withholding',
    code: 'WITHHOLDING_TAX',
    facts: { kind: 'exceptional-withholding', payment: 'double-holiday-pay', normalMonthlyGrossCents: 416480, normalMonthlyContributionCents: 54434, referencePayCents: 4344552, dependentChildren: 3, adjustedReferencePayCents: null, scaleRatePercent: 47.44, childRateReductionPercent: 0, taxableCents: 336893, amountCents: 159822 },
    words: {
      fr: 'Sur ce paiement exceptionnel, le précompte est un pourcentage fixe choisi d’après votre salaire annuel normal : (4\u202f164,80\u00a0€ − 544,34\u00a0€ d’ONSS) × 12 = 43\u202f445,52\u00a0€. Taux 47,44\u00a0%, appliqué à 3\u202f368,93\u00a0€ : 1\u202f598,22\u00a0€.',
      nl: 'Op deze uitzonderlijke betaling is de voorheffing een vast percentage volgens uw normaal jaarloon: (€\u00a04.164,80 − €\u00a0544,34 RSZ) × 12 = €\u00a043.445,52. Tarief 47,44\u00a0%, toegepast op €\u00a03.368,93: €\u00a01.598,22.',
      en: 'On this exceptional payment the withholding is a flat percentage set by your normal annual pay: (€4,164.80 − €544.34 social security) × 12 = €43,445.52. Rate 47.44\u00a0%, applied to €3,368.93: €1,598.22.',
    },
  },
  {
    name: 'exceptional-withholding (exonerated)',
    code: 'WITHHOLDING_TAX',
    facts: { kind: 'exceptional-withholding', payment: 'double-holiday-pay', normalMonthlyGrossCents: 396180, normalMonthlyContributionCents: 51781, referencePayCents: 4132788, dependentChildren: 5, adjustedReferencePayCents: 4026576, scaleRatePercent: 42.39, childRateReductionPercent: 0, taxableCents: 320472, amountCents: 135848 },
    words: {
      fr: 'Sur ce paiement exceptionnel, le précompte est un pourcentage fixe choisi d’après votre salaire annuel normal : (3\u202f961,80\u00a0€ − 517,81\u00a0€ d’ONSS) × 12 = 41\u202f327,88\u00a0€. Avec 5 enfant(s) à charge, ce montant est ramené à 40\u202f265,76\u00a0€. Taux 42,39\u00a0%, appliqué à 3\u202f204,72\u00a0€ : 1\u202f358,48\u00a0€.',
      nl: 'Op deze uitzonderlijke betaling is de voorheffing een vast percentage volgens uw normaal jaarloon: (€\u00a03.961,80 − €\u00a0517,81 RSZ) × 12 = €\u00a041.327,88. Met 5 kind(eren) ten laste wordt dit bedrag verlaagd tot €\u00a040.265,76. Tarief 42,39\u00a0%, toegepast op €\u00a03.204,72: €\u00a01.358,48.',
      en: 'On this exceptional payment the withholding is a flat percentage set by your normal annual pay: (€3,961.80 − €517.81 social security) × 12 = €41,327.88. With 5 dependent child(ren) this is lowered to €40,265.76. Rate 42.39\u00a0%, applied to €3,204.72: €1,358.48.',
    },
  },
  {
    name: 'exceptional-withholding (exonerated+rate-reduced)',
    code: 'WITHHOLDING_TAX',
    facts: { kind: 'exceptional-withholding', payment: 'thirteenth-month', normalMonthlyGrossCents: 7430, normalMonthlyContributionCents: 1049, referencePayCents: 76572, dependentChildren: 3, adjustedReferencePayCents: 0, scaleRatePercent: 0, childRateReductionPercent: 35, taxableCents: 6381, amountCents: 0 },
    words: {
      fr: 'Sur ce paiement exceptionnel, le précompte est un pourcentage fixe choisi d’après votre salaire annuel normal : (74,30\u00a0€ − 10,49\u00a0€ d’ONSS) × 12 = 765,72\u00a0€. Avec 3 enfant(s) à charge, ce montant est ramené à 0,00\u00a0€. Taux 0\u00a0%, réduit de 35\u00a0% pour vos enfants, appliqué à 63,81\u00a0€ : 0,00\u00a0€.',
      nl: 'Op deze uitzonderlijke betaling is de voorheffing een vast percentage volgens uw normaal jaarloon: (€\u00a074,30 − €\u00a010,49 RSZ) × 12 = €\u00a0765,72. Met 3 kind(eren) ten laste wordt dit bedrag verlaagd tot €\u00a00,00. Tarief 0\u00a0%, verminderd met 35\u00a0% voor uw kinderen, toegepast op €\u00a063,81: €\u00a00,00.',
      en: 'On this exceptional payment the withholding is a flat percentage set by your normal annual pay: (€74.30 − €10.49 social security) × 12 = €765.72. With 3 dependent child(ren) this is lowered to €0.00. Rate 0\u00a0%, reduced by 35\u00a0% for your children, applied to €63.81: €0.00.',
    },
  },
  {
    name: 'exceptional-withholding (rate-reduced)',
    code: 'WITHHOLDING_TAX',
    facts: { kind: 'exceptional-withholding', payment: 'thirteenth-month', normalMonthlyGrossCents: 203940, normalMonthlyContributionCents: 28787, referencePayCents: 2101836, dependentChildren: 1, adjustedReferencePayCents: null, scaleRatePercent: 35.33, childRateReductionPercent: 7.5, taxableCents: 175153, amountCents: 57240 },
    words: {
      fr: 'Sur ce paiement exceptionnel, le précompte est un pourcentage fixe choisi d’après votre salaire annuel normal : (2\u202f039,40\u00a0€ − 287,87\u00a0€ d’ONSS) × 12 = 21\u202f018,36\u00a0€. Taux 35,33\u00a0%, réduit de 7,5\u00a0% pour vos enfants, appliqué à 1\u202f751,53\u00a0€ : 572,40\u00a0€.',
      nl: 'Op deze uitzonderlijke betaling is de voorheffing een vast percentage volgens uw normaal jaarloon: (€\u00a02.039,40 − €\u00a0287,87 RSZ) × 12 = €\u00a021.018,36. Tarief 35,33\u00a0%, verminderd met 7,5\u00a0% voor uw kinderen, toegepast op €\u00a01.751,53: €\u00a0572,40.',
      en: 'On this exceptional payment the withholding is a flat percentage set by your normal annual pay: (€2,039.40 − €287.87 social security) × 12 = €21,018.36. Rate 35.33\u00a0%, reduced by 7.5\u00a0% for your children, applied to €1,751.53: €572.40.',
    },
  },
  {
    name: 'family-reduction WITHHOLDING_REDUCTION_CHILDREN',
    code: 'WITHHOLDING_REDUCTION_CHILDREN',
    facts: { kind: 'family-reduction', reduction: 'dependent-children', dependentChildren: 1, entitlementCents: 3700, appliedCents: 3700 },
    words: {
      fr: 'Réduction du précompte pour enfants à charge (1) : 37,00\u00a0€ par mois.',
      nl: 'Vermindering van de voorheffing voor kinderen ten laste (1): €\u00a037,00 per maand.',
      en: 'Withholding reduction for dependent children (1): €37.00 a month.',
    },
  },
  {
    name: 'family-reduction WITHHOLDING_REDUCTION_CHILDREN (limited)',
    code: 'WITHHOLDING_REDUCTION_CHILDREN',
    facts: { kind: 'family-reduction', reduction: 'dependent-children', dependentChildren: 5, entitlementCents: 90300, appliedCents: 0 },
    words: {
      fr: 'Réduction du précompte pour enfants à charge (5) : 903,00\u00a0€ par mois. Limitée au précompte restant : 0,00\u00a0€.',
      nl: 'Vermindering van de voorheffing voor kinderen ten laste (5): €\u00a0903,00 per maand. Beperkt tot de resterende voorheffing: €\u00a00,00.',
      en: 'Withholding reduction for dependent children (5): €903.00 a month. Limited to the tax left: €0.00.',
    },
  },
  {
    name: 'family-reduction WITHHOLDING_REDUCTION_DEPENDANTS_65',
    code: 'WITHHOLDING_REDUCTION_DEPENDANTS_65',
    facts: { kind: 'family-reduction', reduction: 'dependants-aged-65-or-more', dependentChildren: 1, entitlementCents: 9500, appliedCents: 9500 },
    words: {
      fr: 'Réduction du précompte pour personnes à charge de 65 ans ou plus : 95,00\u00a0€ par mois.',
      nl: 'Vermindering van de voorheffing voor personen ten laste van 65 jaar of ouder: €\u00a095,00 per maand.',
      en: 'Withholding reduction for dependants aged 65 or more: €95.00 a month.',
    },
  },
  {
    name: 'family-reduction WITHHOLDING_REDUCTION_DEPENDANTS_65 (limited)',
    code: 'WITHHOLDING_REDUCTION_DEPENDANTS_65',
    facts: { kind: 'family-reduction', reduction: 'dependants-aged-65-or-more', dependentChildren: 0, entitlementCents: 10100, appliedCents: 0 },
    words: {
      fr: 'Réduction du précompte pour personnes à charge de 65 ans ou plus : 101,00\u00a0€ par mois. Limitée au précompte restant : 0,00\u00a0€.',
      nl: 'Vermindering van de voorheffing voor personen ten laste van 65 jaar of ouder: €\u00a0101,00 per maand. Beperkt tot de resterende voorheffing: €\u00a00,00.',
      en: 'Withholding reduction for dependants aged 65 or more: €101.00 a month. Limited to the tax left: €0.00.',
    },
  },
  {
    name: 'family-reduction WITHHOLDING_REDUCTION_OTHER_DEPENDANTS',
    code: 'WITHHOLDING_REDUCTION_OTHER_DEPENDANTS',
    facts: { kind: 'family-reduction', reduction: 'other-dependants-under-65', dependentChildren: 1, entitlementCents: 4500, appliedCents: 4500 },
    words: {
      fr: 'Réduction du précompte pour autres personnes à charge : 45,00\u00a0€ par mois.',
      nl: 'Vermindering van de voorheffing voor andere personen ten laste: €\u00a045,00 per maand.',
      en: 'Withholding reduction for other dependants: €45.00 a month.',
    },
  },
  {
    name: 'family-reduction WITHHOLDING_REDUCTION_OTHER_DEPENDANTS (limited)',
    code: 'WITHHOLDING_REDUCTION_OTHER_DEPENDANTS',
    facts: { kind: 'family-reduction', reduction: 'other-dependants-under-65', dependentChildren: 1, entitlementCents: 4900, appliedCents: 0 },
    words: {
      fr: 'Réduction du précompte pour autres personnes à charge : 49,00\u00a0€ par mois. Limitée au précompte restant : 0,00\u00a0€.',
      nl: 'Vermindering van de voorheffing voor andere personen ten laste: €\u00a049,00 per maand. Beperkt tot de resterende voorheffing: €\u00a00,00.',
      en: 'Withholding reduction for other dependants: €49.00 a month. Limited to the tax left: €0.00.',
    },
  },
  {
    name: 'family-reduction WITHHOLDING_REDUCTION_SINGLE_BENEFICIARY',
    code: 'WITHHOLDING_REDUCTION_SINGLE_BENEFICIARY',
    facts: { kind: 'family-reduction', reduction: 'single-beneficiary', dependentChildren: 1, entitlementCents: 2600, appliedCents: 2600 },
    words: {
      fr: 'Réduction du précompte pour bénéficiaire isolé : 26,00\u00a0€ par mois.',
      nl: 'Vermindering van de voorheffing voor alleenstaande: €\u00a026,00 per maand.',
      en: 'Withholding reduction for living alone (single): €26.00 a month.',
    },
  },
  {
    name: 'family-reduction WITHHOLDING_REDUCTION_SINGLE_BENEFICIARY (limited)',
    code: 'WITHHOLDING_REDUCTION_SINGLE_BENEFICIARY',
    facts: { kind: 'family-reduction', reduction: 'single-beneficiary', dependentChildren: 5, entitlementCents: 2600, appliedCents: 0 },
    words: {
      fr: 'Réduction du précompte pour bénéficiaire isolé : 26,00\u00a0€ par mois. Limitée au précompte restant : 0,00\u00a0€.',
      nl: 'Vermindering van de voorheffing voor alleenstaande: €\u00a026,00 per maand. Beperkt tot de resterende voorheffing: €\u00a00,00.',
      en: 'Withholding reduction for living alone (single): €26.00 a month. Limited to the tax left: €0.00.',
    },
  },
  {
    name: 'family-reduction WITHHOLDING_REDUCTION_SINGLE_PARENT',
    code: 'WITHHOLDING_REDUCTION_SINGLE_PARENT',
    facts: { kind: 'family-reduction', reduction: 'single-parent', dependentChildren: 1, entitlementCents: 3700, appliedCents: 3700 },
    words: {
      fr: 'Réduction du précompte pour parent isolé avec enfants à charge : 37,00\u00a0€ par mois.',
      nl: 'Vermindering van de voorheffing voor alleenstaande ouder met kinderen ten laste: €\u00a037,00 per maand.',
      en: 'Withholding reduction for single parent with dependent children: €37.00 a month.',
    },
  },
  {
    name: 'family-reduction WITHHOLDING_REDUCTION_SINGLE_PARENT (limited)',
    code: 'WITHHOLDING_REDUCTION_SINGLE_PARENT',
    facts: { kind: 'family-reduction', reduction: 'single-parent', dependentChildren: 5, entitlementCents: 3700, appliedCents: 0 },
    words: {
      fr: 'Réduction du précompte pour parent isolé avec enfants à charge : 37,00\u00a0€ par mois. Limitée au précompte restant : 0,00\u00a0€.',
      nl: 'Vermindering van de voorheffing voor alleenstaande ouder met kinderen ten laste: €\u00a037,00 per maand. Beperkt tot de resterende voorheffing: €\u00a00,00.',
      en: 'Withholding reduction for single parent with dependent children: €37.00 a month. Limited to the tax left: €0.00.',
    },
  },
  {
    name: 'fiscal-work-bonus',
    code: 'FISCAL_WORK_BONUS',
    facts: { kind: 'fiscal-work-bonus', parts: [{ part: 'single', ratePercent: 33.14, grantedSocialBonusCents: 18263, amountCents: 6052 }], computedCents: 6052, appliedCents: 6052 },
    words: {
      fr: 'Le bonus à l’emploi réduit aussi votre précompte : 33,14\u00a0% de 182,63\u00a0€ = 60,52\u00a0€.',
      nl: 'De werkbonus verlaagt ook uw voorheffing: 33,14\u00a0% van €\u00a0182,63 = €\u00a060,52.',
      en: 'The work bonus also lowers your withholding tax: 33.14\u00a0% of €182.63 = €60.52.',
    },
  },
  {
    name: 'fiscal-work-bonus (limited)',
    code: 'FISCAL_WORK_BONUS',
    facts: { kind: 'fiscal-work-bonus', parts: [{ part: 'A', ratePercent: 33.14, grantedSocialBonusCents: 11730, amountCents: 3887 }, { part: 'B', ratePercent: 52.54, grantedSocialBonusCents: 15819, amountCents: 8311 }], computedCents: 12198, appliedCents: 9551 },
    words: {
      fr: 'Le bonus à l’emploi réduit aussi votre précompte : 33,14\u00a0% de 117,30\u00a0€ = 38,87\u00a0€ + 52,54\u00a0% de 158,19\u00a0€ = 83,11\u00a0€. Limité au précompte restant : 95,51\u00a0€.',
      nl: 'De werkbonus verlaagt ook uw voorheffing: 33,14\u00a0% van €\u00a0117,30 = €\u00a038,87 + 52,54\u00a0% van €\u00a0158,19 = €\u00a083,11. Beperkt tot de resterende voorheffing: €\u00a095,51.',
      en: 'The work bonus also lowers your withholding tax: 33.14\u00a0% of €117.30 = €38.87 + 52.54\u00a0% of €158.19 = €83.11. Limited to the tax left: €95.51.',
    },
  },
  {
    name: 'gross-pay',
    code: 'GROSS_PAY',
    facts: { kind: 'gross-pay', grossCents: 473800 },
    words: {
      fr: 'Votre salaire brut du mois : 4\u202f738,00\u00a0€.',
      nl: 'Uw brutoloon van de maand: €\u00a04.738,00.',
      en: 'Your gross pay for the month: €4,738.00.',
    },
  },
  {
    name: 'hours',
    code: 'REGULAR_HOURS',
    facts: { kind: 'hours', hours: 54, hourlyWageCents: 3015, premiumPercent: 0, amountCents: 162810 },
    words: {
      fr: '54 heures à 30,15\u00a0€ de l’heure : 1\u202f628,10\u00a0€.',
      nl: '54 uren tegen €\u00a030,15 per uur: €\u00a01.628,10.',
      en: '54 hours at €30.15 an hour: €1,628.10.',
    },
  },
  {
    name: 'hours (premium)',
    code: 'OVERTIME_HOURS',
    facts: { kind: 'hours', hours: 4.5, hourlyWageCents: 3015, premiumPercent: 50, amountCents: 20351 },
    words: {
      fr: '4,5 heures à 30,15\u00a0€ de l’heure, majorées de 50\u00a0% : 203,51\u00a0€.',
      nl: '4,5 uren tegen €\u00a030,15 per uur, verhoogd met 50\u00a0%: €\u00a0203,51.',
      en: '4.5 hours at €30.15 an hour, plus a 50\u00a0% premium: €203.51.',
    },
  },
  {
    name: 'personal-social-security',
    code: 'PERSONAL_SOCIAL_SECURITY',
    facts: { kind: 'personal-social-security', ratePercent: 13.07, grossCents: 354008, basePercent: 100, amountCents: 46269 },
    words: {
      fr: '13,07\u00a0% de votre salaire brut (3\u202f540,08\u00a0€) va à la sécurité sociale : pensions, soins de santé, chômage. Soit 462,69\u00a0€.',
      nl: '13,07\u00a0% van uw brutoloon (€\u00a03.540,08) gaat naar de sociale zekerheid: pensioenen, gezondheidszorg, werkloosheid. Dat is €\u00a0462,69.',
      en: '13.07\u00a0% of your gross pay (€3,540.08) goes to social security: pensions, health care, unemployment. That is €462.69.',
    },
  },
  {
    name: 'personal-social-security (blue-collar)',
    code: 'PERSONAL_SOCIAL_SECURITY',
    facts: { kind: 'personal-social-security', ratePercent: 13.07, grossCents: 203940, basePercent: 108, amountCents: 28787 },
    words: {
      fr: '13,07\u00a0% de votre salaire brut (2\u202f039,40\u00a0€, compté à 108\u00a0% pour un ouvrier) va à la sécurité sociale : pensions, soins de santé, chômage. Soit 287,87\u00a0€.',
      nl: '13,07\u00a0% van uw brutoloon (€\u00a02.039,40, voor een arbeider geteld aan 108\u00a0%) gaat naar de sociale zekerheid: pensioenen, gezondheidszorg, werkloosheid. Dat is €\u00a0287,87.',
      en: '13.07\u00a0% of your gross pay (€2,039.40, counted at 108\u00a0% for a blue-collar worker) goes to social security: pensions, health care, unemployment. That is €287.87.',
    },
  },
  {
    name: 'social-work-bonus',
    code: 'SOCIAL_WORK_BONUS',
    facts: { kind: 'social-work-bonus', referenceWageCents: 183161, computedCents: 18263, grantedCents: 18263, maximumCents: 20976, lowReferenceWageCents: 170794, highReferenceWageCents: 266408, proration: null },
    words: {
      fr: 'Pour les bas salaires, une partie de la cotisation ONSS est remise. Votre salaire de référence temps plein est 1\u202f831,61\u00a0€ : bonus de 182,63\u00a0€ (maximum 209,76\u00a0€ jusqu’à 1\u202f707,94\u00a0€, plus rien au-delà de 2\u202f664,08\u00a0€).',
      nl: 'Bij lage lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Uw voltijds referteloon is €\u00a01.831,61: werkbonus van €\u00a0182,63 (maximaal €\u00a0209,76 tot €\u00a01.707,94, niets meer boven €\u00a02.664,08).',
      en: 'For low wages, part of the social security contribution is given back. Your full-time reference wage is €1,831.61: a bonus of €182.63 (at most €209.76 up to €1,707.94, nothing above €2,664.08).',
    },
  },
  {
    name: 'social-work-bonus (limited)',
    code: 'SOCIAL_WORK_BONUS',
    facts: { kind: 'social-work-bonus', referenceWageCents: 60800, computedCents: 28881, grantedCents: 8582, maximumCents: 28881, lowReferenceWageCents: 205401, highReferenceWageCents: 314445, proration: null },
    words: {
      fr: 'Pour les bas salaires, une partie de la cotisation ONSS est remise. Votre salaire de référence temps plein est 608,00\u00a0€ : bonus de 288,81\u00a0€ (maximum 288,81\u00a0€ jusqu’à 2\u202f054,01\u00a0€, plus rien au-delà de 3\u202f144,45\u00a0€). Limité à votre cotisation ONSS : 85,82\u00a0€ au lieu de 288,81\u00a0€.',
      nl: 'Bij lage lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Uw voltijds referteloon is €\u00a0608,00: werkbonus van €\u00a0288,81 (maximaal €\u00a0288,81 tot €\u00a02.054,01, niets meer boven €\u00a03.144,45). Beperkt tot uw RSZ-bijdrage: €\u00a085,82 in plaats van €\u00a0288,81.',
      en: 'For low wages, part of the social security contribution is given back. Your full-time reference wage is €608.00: a bonus of €288.81 (at most €288.81 up to €2,054.01, nothing above €3,144.45). Limited to your social security contribution: €85.82 instead of €288.81.',
    },
  },
  {
    name: 'social-work-bonus (limited+prorated)',
    code: 'SOCIAL_WORK_BONUS',
    facts: { kind: 'social-work-bonus', referenceWageCents: 159053, computedCents: 21410, grantedCents: 17997, maximumCents: 26709, lowReferenceWageCents: 201363, highReferenceWageCents: 308266, proration: { workedHours: 132, fullTimeHours: 164.66666666666666 } },
    words: {
      fr: 'Pour les bas salaires, une partie de la cotisation ONSS est remise. Votre salaire de référence temps plein est 1\u202f590,53\u00a0€ : bonus de 214,10\u00a0€ (maximum 267,09\u00a0€ jusqu’à 2\u202f013,63\u00a0€, plus rien au-delà de 3\u202f082,66\u00a0€). Proratisé à vos heures prestées (132 sur 164,67). Limité à votre cotisation ONSS : 179,97\u00a0€ au lieu de 214,10\u00a0€.',
      nl: 'Bij lage lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Uw voltijds referteloon is €\u00a01.590,53: werkbonus van €\u00a0214,10 (maximaal €\u00a0267,09 tot €\u00a02.013,63, niets meer boven €\u00a03.082,66). In verhouding tot uw gewerkte uren (132 van 164,67). Beperkt tot uw RSZ-bijdrage: €\u00a0179,97 in plaats van €\u00a0214,10.',
      en: 'For low wages, part of the social security contribution is given back. Your full-time reference wage is €1,590.53: a bonus of €214.10 (at most €267.09 up to €2,013.63, nothing above €3,082.66). Prorated to the hours you worked (132 of 164.67). Limited to your social security contribution: €179.97 instead of €214.10.',
    },
  },
  {
    name: 'social-work-bonus (prorated)',
    code: 'SOCIAL_WORK_BONUS',
    facts: { kind: 'social-work-bonus', referenceWageCents: 748729, computedCents: 0, grantedCents: 0, maximumCents: 22654, lowReferenceWageCents: 170794, highReferenceWageCents: 266408, proration: { workedHours: 49, fullTimeHours: 164.66666666666666 } },
    words: {
      fr: 'Pour les bas salaires, une partie de la cotisation ONSS est remise. Votre salaire de référence temps plein est 7\u202f487,29\u00a0€ : bonus de 0,00\u00a0€ (maximum 226,54\u00a0€ jusqu’à 1\u202f707,94\u00a0€, plus rien au-delà de 2\u202f664,08\u00a0€). Proratisé à vos heures prestées (49 sur 164,67).',
      nl: 'Bij lage lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Uw voltijds referteloon is €\u00a07.487,29: werkbonus van €\u00a00,00 (maximaal €\u00a0226,54 tot €\u00a01.707,94, niets meer boven €\u00a02.664,08). In verhouding tot uw gewerkte uren (49 van 164,67).',
      en: 'For low wages, part of the social security contribution is given back. Your full-time reference wage is €7,487.29: a bonus of €0.00 (at most €226.54 up to €1,707.94, nothing above €2,664.08). Prorated to the hours you worked (49 of 164.67).',
    },
  },
  {
    name: 'social-work-bonus-part SOCIAL_WORK_BONUS_PART_A',
    code: 'SOCIAL_WORK_BONUS_PART_A',
    facts: { kind: 'social-work-bonus-part', part: 'A', referenceWageCents: 548700, computedCents: 0, grantedCents: 0, maximumCents: 12768, fullUpToCents: 272336, reductionPerEuroPercent: 26.37, nothingAboveCents: 320740, proration: null },
    words: {
      fr: 'Pour les salaires modestes, une partie de la cotisation ONSS est remise. Salaire de référence temps plein : 5\u202f487,00\u00a0€. Volet A : 127,68\u00a0€ jusqu’à 2\u202f723,36\u00a0€, puis 26,37\u00a0% de moins par euro au-delà, rien au-delà de 3\u202f207,40\u00a0€ ; pour vous 0,00\u00a0€.',
      nl: 'Bij bescheiden lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Voltijds referteloon: €\u00a05.487,00. Luik A: €\u00a0127,68 tot €\u00a02.723,36, daarna 26,37\u00a0% minder per euro erboven, niets boven €\u00a03.207,40; voor u €\u00a00,00.',
      en: 'For modest wages, part of the social security contribution is given back. Full-time reference wage: €5,487.00. Part A is €127.68 up to €2,723.36, then 26.37\u00a0% less per euro above it, nothing above €3,207.40; for you €0.00.',
    },
  },
  {
    name: 'social-work-bonus-part SOCIAL_WORK_BONUS_PART_A (limited)',
    code: 'SOCIAL_WORK_BONUS_PART_A',
    facts: { kind: 'social-work-bonus-part', part: 'A', referenceWageCents: 210781, computedCents: 12059, grantedCents: 11730, maximumCents: 12059, fullUpToCents: 277783, reductionPerEuroPercent: 24.43, nothingAboveCents: 327148, proration: null },
    words: {
      fr: 'Pour les salaires modestes, une partie de la cotisation ONSS est remise. Salaire de référence temps plein : 2\u202f107,81\u00a0€. Volet A : 120,59\u00a0€ jusqu’à 2\u202f777,83\u00a0€, puis 24,43\u00a0% de moins par euro au-delà, rien au-delà de 3\u202f271,48\u00a0€ ; pour vous 120,59\u00a0€. Limité à votre cotisation ONSS : 117,30\u00a0€ au lieu de 120,59\u00a0€.',
      nl: 'Bij bescheiden lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Voltijds referteloon: €\u00a02.107,81. Luik A: €\u00a0120,59 tot €\u00a02.777,83, daarna 24,43\u00a0% minder per euro erboven, niets boven €\u00a03.271,48; voor u €\u00a0120,59. Beperkt tot uw RSZ-bijdrage: €\u00a0117,30 in plaats van €\u00a0120,59.',
      en: 'For modest wages, part of the social security contribution is given back. Full-time reference wage: €2,107.81. Part A is €120.59 up to €2,777.83, then 24.43\u00a0% less per euro above it, nothing above €3,271.48; for you €120.59. Limited to your social security contribution: €117.30 instead of €120.59.',
    },
  },
  {
    name: 'social-work-bonus-part SOCIAL_WORK_BONUS_PART_A (limited+prorated)',
    code: 'SOCIAL_WORK_BONUS_PART_A',
    facts: { kind: 'social-work-bonus-part', part: 'A', referenceWageCents: 102043, computedCents: 10235, grantedCents: 4917, maximumCents: 12768, fullUpToCents: 272336, reductionPerEuroPercent: 26.37, nothingAboveCents: 320740, proration: { workedHours: 132, fullTimeHours: 164.66666666666666 } },
    words: {
      fr: 'Pour les salaires modestes, une partie de la cotisation ONSS est remise. Salaire de référence temps plein : 1\u202f020,43\u00a0€. Volet A : 127,68\u00a0€ jusqu’à 2\u202f723,36\u00a0€, puis 26,37\u00a0% de moins par euro au-delà, rien au-delà de 3\u202f207,40\u00a0€ ; pour vous 102,35\u00a0€. Proratisé à vos heures prestées (132 sur 164,67). Limité à votre cotisation ONSS : 49,17\u00a0€ au lieu de 102,35\u00a0€.',
      nl: 'Bij bescheiden lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Voltijds referteloon: €\u00a01.020,43. Luik A: €\u00a0127,68 tot €\u00a02.723,36, daarna 26,37\u00a0% minder per euro erboven, niets boven €\u00a03.207,40; voor u €\u00a0102,35. In verhouding tot uw gewerkte uren (132 van 164,67). Beperkt tot uw RSZ-bijdrage: €\u00a049,17 in plaats van €\u00a0102,35.',
      en: 'For modest wages, part of the social security contribution is given back. Full-time reference wage: €1,020.43. Part A is €127.68 up to €2,723.36, then 26.37\u00a0% less per euro above it, nothing above €3,207.40; for you €102.35. Prorated to the hours you worked (132 of 164.67). Limited to your social security contribution: €49.17 instead of €102.35.',
    },
  },
  {
    name: 'social-work-bonus-part SOCIAL_WORK_BONUS_PART_A (prorated)',
    code: 'SOCIAL_WORK_BONUS_PART_A',
    facts: { kind: 'social-work-bonus-part', part: 'A', referenceWageCents: 1592226, computedCents: 0, grantedCents: 0, maximumCents: 11822, fullUpToCents: 272336, reductionPerEuroPercent: 24.42, nothingAboveCents: 320740, proration: { workedHours: 49, fullTimeHours: 164.66666666666666 } },
    words: {
      fr: 'Pour les salaires modestes, une partie de la cotisation ONSS est remise. Salaire de référence temps plein : 15\u202f922,26\u00a0€. Volet A : 118,22\u00a0€ jusqu’à 2\u202f723,36\u00a0€, puis 24,42\u00a0% de moins par euro au-delà, rien au-delà de 3\u202f207,40\u00a0€ ; pour vous 0,00\u00a0€. Proratisé à vos heures prestées (49 sur 164,67).',
      nl: 'Bij bescheiden lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Voltijds referteloon: €\u00a015.922,26. Luik A: €\u00a0118,22 tot €\u00a02.723,36, daarna 24,42\u00a0% minder per euro erboven, niets boven €\u00a03.207,40; voor u €\u00a00,00. In verhouding tot uw gewerkte uren (49 van 164,67).',
      en: 'For modest wages, part of the social security contribution is given back. Full-time reference wage: €15,922.26. Part A is €118.22 up to €2,723.36, then 24.42\u00a0% less per euro above it, nothing above €3,207.40; for you €0.00. Prorated to the hours you worked (49 of 164.67).',
    },
  },
  {
    name: 'social-work-bonus-part SOCIAL_WORK_BONUS_PART_B',
    code: 'SOCIAL_WORK_BONUS_PART_B',
    facts: { kind: 'social-work-bonus-part', part: 'B', referenceWageCents: 548700, computedCents: 0, grantedCents: 0, maximumCents: 17218, fullUpToCents: 213259, reductionPerEuroPercent: 29.15, nothingAboveCents: 272336, proration: null },
    words: {
      fr: 'Volet B, pour les salaires les plus bas : 172,18\u00a0€ jusqu’à 2\u202f132,59\u00a0€, puis 29,15\u00a0% de moins par euro au-delà, rien au-delà de 2\u202f723,36\u00a0€ ; pour vous 0,00\u00a0€.',
      nl: 'Luik B, voor de laagste lonen: €\u00a0172,18 tot €\u00a02.132,59, daarna 29,15\u00a0% minder per euro erboven, niets boven €\u00a02.723,36; voor u €\u00a00,00.',
      en: 'Part B, for the lowest wages: €172.18 up to €2,132.59, then 29.15\u00a0% less per euro above it, nothing above €2,723.36; for you €0.00.',
    },
  },
  {
    name: 'social-work-bonus-part SOCIAL_WORK_BONUS_PART_B (limited)',
    code: 'SOCIAL_WORK_BONUS_PART_B',
    facts: { kind: 'social-work-bonus-part', part: 'B', referenceWageCents: 210781, computedCents: 16262, grantedCents: 15819, maximumCents: 16262, fullUpToCents: 217525, reductionPerEuroPercent: 26.99, nothingAboveCents: 277783, proration: null },
    words: {
      fr: 'Volet B, pour les salaires les plus bas : 162,62\u00a0€ jusqu’à 2\u202f175,25\u00a0€, puis 26,99\u00a0% de moins par euro au-delà, rien au-delà de 2\u202f777,83\u00a0€ ; pour vous 162,62\u00a0€. Limité à votre cotisation ONSS : 158,19\u00a0€ au lieu de 162,62\u00a0€.',
      nl: 'Luik B, voor de laagste lonen: €\u00a0162,62 tot €\u00a02.175,25, daarna 26,99\u00a0% minder per euro erboven, niets boven €\u00a02.777,83; voor u €\u00a0162,62. Beperkt tot uw RSZ-bijdrage: €\u00a0158,19 in plaats van €\u00a0162,62.',
      en: 'Part B, for the lowest wages: €162.62 up to €2,175.25, then 26.99\u00a0% less per euro above it, nothing above €2,777.83; for you €162.62. Limited to your social security contribution: €158.19 instead of €162.62.',
    },
  },
  {
    name: 'social-work-bonus-part SOCIAL_WORK_BONUS_PART_B (limited+prorated)',
    code: 'SOCIAL_WORK_BONUS_PART_B',
    facts: { kind: 'social-work-bonus-part', part: 'B', referenceWageCents: 102043, computedCents: 13802, grantedCents: 6630, maximumCents: 17218, fullUpToCents: 213259, reductionPerEuroPercent: 29.15, nothingAboveCents: 272336, proration: { workedHours: 132, fullTimeHours: 164.66666666666666 } },
    words: {
      fr: 'Volet B, pour les salaires les plus bas : 172,18\u00a0€ jusqu’à 2\u202f132,59\u00a0€, puis 29,15\u00a0% de moins par euro au-delà, rien au-delà de 2\u202f723,36\u00a0€ ; pour vous 138,02\u00a0€. Proratisé à vos heures prestées (132 sur 164,67). Limité à votre cotisation ONSS : 66,30\u00a0€ au lieu de 138,02\u00a0€.',
      nl: 'Luik B, voor de laagste lonen: €\u00a0172,18 tot €\u00a02.132,59, daarna 29,15\u00a0% minder per euro erboven, niets boven €\u00a02.723,36; voor u €\u00a0138,02. In verhouding tot uw gewerkte uren (132 van 164,67). Beperkt tot uw RSZ-bijdrage: €\u00a066,30 in plaats van €\u00a0138,02.',
      en: 'Part B, for the lowest wages: €172.18 up to €2,132.59, then 29.15\u00a0% less per euro above it, nothing above €2,723.36; for you €138.02. Prorated to the hours you worked (132 of 164.67). Limited to your social security contribution: €66.30 instead of €138.02.',
    },
  },
  {
    name: 'social-work-bonus-part SOCIAL_WORK_BONUS_PART_B (prorated)',
    code: 'SOCIAL_WORK_BONUS_PART_B',
    facts: { kind: 'social-work-bonus-part', part: 'B', referenceWageCents: 1592226, computedCents: 0, grantedCents: 0, maximumCents: 15943, fullUpToCents: 213259, reductionPerEuroPercent: 26.99, nothingAboveCents: 272336, proration: { workedHours: 49, fullTimeHours: 164.66666666666666 } },
    words: {
      fr: 'Volet B, pour les salaires les plus bas : 159,43\u00a0€ jusqu’à 2\u202f132,59\u00a0€, puis 26,99\u00a0% de moins par euro au-delà, rien au-delà de 2\u202f723,36\u00a0€ ; pour vous 0,00\u00a0€. Proratisé à vos heures prestées (49 sur 164,67).',
      nl: 'Luik B, voor de laagste lonen: €\u00a0159,43 tot €\u00a02.132,59, daarna 26,99\u00a0% minder per euro erboven, niets boven €\u00a02.723,36; voor u €\u00a00,00. In verhouding tot uw gewerkte uren (49 van 164,67).',
      en: 'Part B, for the lowest wages: €159.43 up to €2,132.59, then 26.99\u00a0% less per euro above it, nothing above €2,723.36; for you €0.00. Prorated to the hours you worked (49 of 164.67).',
    },
  },
  {
    name: 'special-social-security',
    code: 'SPECIAL_SOCIAL_SECURITY_CONTRIBUTION',
    facts: { kind: 'special-social-security', baseCents: 473800, household: 'couple-two-incomes', amountCents: 4247 },
    words: {
      fr: 'Contribution supplémentaire à la sécurité sociale selon votre salaire brut (4\u202f738,00\u00a0€) et votre ménage (un ménage à deux revenus) : 42,47\u00a0€ ce mois-ci, régularisée chaque trimestre.',
      nl: 'Bijkomende bijdrage voor de sociale zekerheid volgens uw brutoloon (€\u00a04.738,00) en uw gezin (een gezin met twee inkomens): €\u00a042,47 deze maand, elk kwartaal geregulariseerd.',
      en: 'An extra contribution to social security that depends on your gross pay (€4,738.00) and your household (a two-income household): €42.47 this month, settled every quarter.',
    },
  },
  {
    name: 'structural-reduction',
    code: 'EMPLOYER_STRUCTURAL_REDUCTION',
    facts: { kind: 'structural-reduction', quarterlyReferenceWageCents: 4775904, quarterlyReductionCents: 0, monthlyReductionCents: 0 },
    words: {
      fr: 'Réduction des cotisations patronales pour les salaires bas et moyens, calculée par trimestre (salaire trimestriel de référence 47\u202f759,04\u00a0€) : 0,00\u00a0€ par trimestre, soit 0,00\u00a0€ ce mois-ci (estimation).',
      nl: 'Vermindering van de werkgeversbijdragen voor lage en middelhoge lonen, per kwartaal berekend (refertekwartaalloon €\u00a047.759,04): €\u00a00,00 per kwartaal, of €\u00a00,00 deze maand (raming).',
      en: 'A cut in employer contributions for low and middle wages, computed per quarter (quarterly reference wage €47,759.04): €0.00 a quarter, so €0.00 this month (estimate).',
    },
  },
  {
    name: 'thirteenth-month',
    code: 'THIRTEENTH_MONTH',
    facts: { kind: 'thirteenth-month', normalMonthlyGrossCents: 203940 },
    words: {
      fr: 'Votre treizième mois est égal à un mois de salaire brut normal : 2\u202f039,40\u00a0€.',
      nl: 'Uw dertiende maand is gelijk aan één maand normaal brutoloon: €\u00a02.039,40.',
      en: 'Your 13th month equals one month of normal gross pay: €2,039.40.',
    },
  },
  {
    name: 'withholding-key-formula',
    code: 'WITHHOLDING_TAX',
    facts: { kind: 'withholding-key-formula', scale: 'scale-I', taxableCents: 411874, roundedTaxableCents: 411874, annualGrossCents: 4942488, lumpSumExpensesCents: 575000, annualNetTaxableCents: 4367488, maritalQuotientCents: 0, basicTaxCents: 1699395, taxFreeReductionCents: 283015, annualTaxCents: 1416380, monthlyTaxCents: 118031 },
    words: {
      fr: 'Avance sur votre impôt sur le revenu. Revenu imposable du mois 4\u202f118,74\u00a0€, soit 49\u202f424,88\u00a0€ par an ; moins 5\u202f750,00\u00a0€ de frais professionnels forfaitaires : 43\u202f674,88\u00a0€. Impôt du barème 16\u202f993,95\u00a0€, moins la quotité exemptée 2\u202f830,15\u00a0€ : 14\u202f163,80\u00a0€ par an, soit 1\u202f180,31\u00a0€ par mois.',
      nl: 'Voorschot op uw inkomstenbelasting. Belastbaar inkomen van de maand €\u00a04.118,74, of €\u00a049.424,88 per jaar; min €\u00a05.750,00 forfaitaire beroepskosten: €\u00a043.674,88. Belasting volgens de schaal €\u00a016.993,95, min de belastingvrije som €\u00a02.830,15: €\u00a014.163,80 per jaar, of €\u00a01.180,31 per maand.',
      en: 'An advance on your income tax. Taxable pay this month €4,118.74, that is €49,424.88 a year; minus €5,750.00 lump-sum work expenses: €43,674.88. Tax on the scale €16,993.95, minus the tax-free amount €2,830.15: €14,163.80 a year, or €1,180.31 a month.',
    },
  },
  {
    name: 'withholding-key-formula (rounded)',
    code: 'WITHHOLDING_TAX',
    facts: { kind: 'withholding-key-formula', scale: 'scale-I', taxableCents: 177485, roundedTaxableCents: 177000, annualGrossCents: 2124000, lumpSumExpensesCents: 492000, annualNetTaxableCents: 1632000, maritalQuotientCents: 0, basicTaxCents: 487439, taxFreeReductionCents: 211325, annualTaxCents: 276114, monthlyTaxCents: 23009 },
    words: {
      fr: 'Avance sur votre impôt sur le revenu. Revenu imposable du mois 1\u202f774,85\u00a0€, arrondi à 1\u202f770,00\u00a0€, soit 21\u202f240,00\u00a0€ par an ; moins 4\u202f920,00\u00a0€ de frais professionnels forfaitaires : 16\u202f320,00\u00a0€. Impôt du barème 4\u202f874,39\u00a0€, moins la quotité exemptée 2\u202f113,25\u00a0€ : 2\u202f761,14\u00a0€ par an, soit 230,09\u00a0€ par mois.',
      nl: 'Voorschot op uw inkomstenbelasting. Belastbaar inkomen van de maand €\u00a01.774,85, afgerond op €\u00a01.770,00, of €\u00a021.240,00 per jaar; min €\u00a04.920,00 forfaitaire beroepskosten: €\u00a016.320,00. Belasting volgens de schaal €\u00a04.874,39, min de belastingvrije som €\u00a02.113,25: €\u00a02.761,14 per jaar, of €\u00a0230,09 per maand.',
      en: 'An advance on your income tax. Taxable pay this month €1,774.85, rounded down to €1,770.00, that is €21,240.00 a year; minus €4,920.00 lump-sum work expenses: €16,320.00. Tax on the scale €4,874.39, minus the tax-free amount €2,113.25: €2,761.14 a year, or €230.09 a month.',
    },
  },
  {
    name: 'withholding-key-formula (rounded+scale-II)',
    code: 'WITHHOLDING_TAX',
    facts: { kind: 'withholding-key-formula', scale: 'scale-II', taxableCents: 482357, roundedTaxableCents: 481500, annualGrossCents: 5778000, lumpSumExpensesCents: 492000, annualNetTaxableCents: 5286000, maritalQuotientCents: 1118000, basicTaxCents: 1989130, taxFreeReductionCents: 422650, annualTaxCents: 1566480, monthlyTaxCents: 130540 },
    words: {
      fr: 'Avance sur votre impôt sur le revenu. Revenu imposable du mois 4\u202f823,57\u00a0€, arrondi à 4\u202f815,00\u00a0€, soit 57\u202f780,00\u00a0€ par an ; moins 4\u202f920,00\u00a0€ de frais professionnels forfaitaires : 52\u202f860,00\u00a0€. Quotient conjugal attribué au conjoint sans revenus : 11\u202f180,00\u00a0€. Impôt du barème 19\u202f891,30\u00a0€, moins la quotité exemptée 4\u202f226,50\u00a0€ : 15\u202f664,80\u00a0€ par an, soit 1\u202f305,40\u00a0€ par mois.',
      nl: 'Voorschot op uw inkomstenbelasting. Belastbaar inkomen van de maand €\u00a04.823,57, afgerond op €\u00a04.815,00, of €\u00a057.780,00 per jaar; min €\u00a04.920,00 forfaitaire beroepskosten: €\u00a052.860,00. Huwelijksquotiënt toegekend aan de partner zonder inkomen: €\u00a011.180,00. Belasting volgens de schaal €\u00a019.891,30, min de belastingvrije som €\u00a04.226,50: €\u00a015.664,80 per jaar, of €\u00a01.305,40 per maand.',
      en: 'An advance on your income tax. Taxable pay this month €4,823.57, rounded down to €4,815.00, that is €57,780.00 a year; minus €4,920.00 lump-sum work expenses: €52,860.00. Marital quotient given to your partner without income: €11,180.00. Tax on the scale €19,891.30, minus the tax-free amount €4,226.50: €15,664.80 a year, or €1,305.40 a month.',
    },
  },
  {
    name: 'withholding-key-formula (scale-II)',
    code: 'WITHHOLDING_TAX',
    facts: { kind: 'withholding-key-formula', scale: 'scale-II', taxableCents: 471248, roundedTaxableCents: 471248, annualGrossCents: 5654976, lumpSumExpensesCents: 575000, annualNetTaxableCents: 5079976, maritalQuotientCents: 1306000, basicTaxCents: 1762974, taxFreeReductionCents: 566030, annualTaxCents: 1196944, monthlyTaxCents: 99745 },
    words: {
      fr: 'Avance sur votre impôt sur le revenu. Revenu imposable du mois 4\u202f712,48\u00a0€, soit 56\u202f549,76\u00a0€ par an ; moins 5\u202f750,00\u00a0€ de frais professionnels forfaitaires : 50\u202f799,76\u00a0€. Quotient conjugal attribué au conjoint sans revenus : 13\u202f060,00\u00a0€. Impôt du barème 17\u202f629,74\u00a0€, moins la quotité exemptée 5\u202f660,30\u00a0€ : 11\u202f969,44\u00a0€ par an, soit 997,45\u00a0€ par mois.',
      nl: 'Voorschot op uw inkomstenbelasting. Belastbaar inkomen van de maand €\u00a04.712,48, of €\u00a056.549,76 per jaar; min €\u00a05.750,00 forfaitaire beroepskosten: €\u00a050.799,76. Huwelijksquotiënt toegekend aan de partner zonder inkomen: €\u00a013.060,00. Belasting volgens de schaal €\u00a017.629,74, min de belastingvrije som €\u00a05.660,30: €\u00a011.969,44 per jaar, of €\u00a0997,45 per maand.',
      en: 'An advance on your income tax. Taxable pay this month €4,712.48, that is €56,549.76 a year; minus €5,750.00 lump-sum work expenses: €50,799.76. Marital quotient given to your partner without income: €13,060.00. Tax on the scale €17,629.74, minus the tax-free amount €5,660.30: €11,969.44 a year, or €997.45 a month.',
    },
  },
  {
    name: 'no-hours',
    code: 'REGULAR_HOURS',
    facts: { kind: 'no-hours' },
    words: { fr: 'Aucune heure prestée ce mois-ci.', nl: 'Geen gewerkte uren deze maand.', en: 'No hours worked this month.' },
  },
  {
    name: 'employer-contribution EMPLOYER_TEN_OR_MORE_WORKERS',
    code: 'EMPLOYER_TEN_OR_MORE_WORKERS',
    facts: { kind: 'employer-contribution', baseCents: 100000, ratePercent: 0.5, amountCents: 500 },
    words: {
      fr: 'Payé par l’employeur, en plus de votre salaire : 0,5\u00a0% de 1\u202f000,00\u00a0€ = 5,00\u00a0€ (employeurs de 10 travailleurs ou plus).',
      nl: 'Betaald door de werkgever, bovenop uw loon: 0,5\u00a0% van €\u00a01.000,00 = €\u00a05,00 (werkgevers met 10 of meer werknemers).',
      en: 'Paid by the employer on top of your pay: 0.5\u00a0% of €1,000.00 = €5.00 (employers with 10 or more workers).',
    },
  },
];
