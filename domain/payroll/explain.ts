import { formatEurosInAllLanguages } from '../money';
import type { FamilySituation } from './formulas/family-reductions';
import type { LineFacts, Proration, RegularisationFacts } from './line-facts';
import type { PayslipLine, PayslipLineCode, StoredPayslipLine } from './payslip-line';
import { LINE_LABELS } from './line-labels';
import { ruleText } from './rules';
import { decimal, euros, type LocalizedText, percent, text } from './wording';

/*
 * Every word of a payslip line, in one place: its label by code, its explanation from its facts
 * (line-facts.ts), in fr, nl and en. The payslip PDF and the API (hence the portal's "why this
 * amount") both read lines through here. The engine computes; this only words.
 *
 * Explanations are written as one template literal per language over figures formatted once for
 * the three languages: a payroll run words millions of them.
 */

type Facts<K extends LineFacts['kind']> = Extract<LineFacts, { kind: K }>;

const NO_HOURS = text('Aucune heure prestée ce mois-ci.', 'Geen gewerkte uren deze maand.', 'No hours worked this month.');
const NO_NOTE: LocalizedText = text('', '', '');

function hours(worked: number, wage: number, premiumPercent: number, amountCents: number): LocalizedText {
  const h = decimal(worked);
  const w = euros(wage);
  const a = euros(amountCents);
  if (premiumPercent === 0) {
    return {
      fr: `${h.fr} heures à ${w.fr} de l’heure : ${a.fr}.`,
      nl: `${h.nl} uren tegen ${w.nl} per uur: ${a.nl}.`,
      en: `${h.en} hours at ${w.en} an hour: ${a.en}.`,
    };
  }
  const p = percent(premiumPercent);
  return {
    fr: `${h.fr} heures à ${w.fr} de l’heure, majorées de ${p.fr} : ${a.fr}.`,
    nl: `${h.nl} uren tegen ${w.nl} per uur, verhoogd met ${p.nl}: ${a.nl}.`,
    en: `${h.en} hours at ${w.en} an hour, plus a ${p.en} premium: ${a.en}.`,
  };
}

function grossPay(grossCents: number): LocalizedText {
  const g = euros(grossCents);
  return {
    fr: `Votre salaire brut du mois : ${g.fr}.`,
    nl: `Uw brutoloon van de maand: ${g.nl}.`,
    en: `Your gross pay for the month: ${g.en}.`,
  };
}

function thirteenthMonth(normalMonthlyGrossCents: number): LocalizedText {
  const g = euros(normalMonthlyGrossCents);
  return {
    fr: `Votre treizième mois est égal à un mois de salaire brut normal : ${g.fr}.`,
    nl: `Uw dertiende maand is gelijk aan één maand normaal brutoloon: ${g.nl}.`,
    en: `Your 13th month equals one month of normal gross pay: ${g.en}.`,
  };
}

function doubleHolidayPay(f: Facts<'double-holiday-pay'>): LocalizedText {
  const g = euros(f.monthlyGrossCents);
  const m = euros(f.amountCents);
  const mp = percent(f.sharePercent);
  return {
    fr: `Pour une année complète de travail l’an dernier, vous recevez ${mp.fr} de votre salaire mensuel (${g.fr}) : ${m.fr}. Seule cette partie supporte la cotisation ONSS.`,
    nl: `Voor een volledig jaar werk vorig jaar krijgt u ${mp.nl} van uw maandloon (${g.nl}): ${m.nl}. Alleen op dit deel wordt RSZ ingehouden.`,
    en: `For a full year of work last year you receive ${mp.en} of your monthly pay (${g.en}): ${m.en}. Only this part carries the social security contribution.`,
  };
}

function doubleHolidayPaySupplement(f: Facts<'double-holiday-pay-supplement'>): LocalizedText {
  const sa = euros(f.amountCents);
  const sp = percent(f.sharePercent);
  return {
    fr: `Complément de ${sp.fr} de votre salaire mensuel : ${sa.fr}, sans cotisation ONSS.`,
    nl: `Aanvulling van ${sp.nl} van uw maandloon: ${sa.nl}, zonder RSZ-bijdrage.`,
    en: `A supplement of ${sp.en} of your monthly pay: ${sa.en}, without social security contribution.`,
  };
}

function personalSocialSecurity(f: Facts<'personal-social-security'>): LocalizedText {
  const blue = f.basePercent !== 100;
  const r = percent(f.ratePercent);
  const g = euros(f.grossCents);
  const b = percent(f.basePercent);
  const c = euros(f.amountCents);
  return {
    fr: `${r.fr} de votre salaire brut (${g.fr}${blue ? `, compté à ${b.fr} pour un ouvrier` : ''}) va à la sécurité sociale : pensions, soins de santé, chômage. Soit ${c.fr}.`,
    nl: `${r.nl} van uw brutoloon (${g.nl}${blue ? `, voor een arbeider geteld aan ${b.nl}` : ''}) gaat naar de sociale zekerheid: pensioenen, gezondheidszorg, werkloosheid. Dat is ${c.nl}.`,
    en: `${r.en} of your gross pay (${g.en}${blue ? `, counted at ${b.en} for a blue-collar worker` : ''}) goes to social security: pensions, health care, unemployment. That is ${c.en}.`,
  };
}

function prorationNote(proration: Proration | null): LocalizedText {
  if (!proration) return NO_NOTE;
  const worked = decimal(proration.workedHours);
  const full = decimal(proration.fullTimeHours);
  return {
    fr: ` Proratisé à vos heures prestées (${worked.fr} sur ${full.fr}).`,
    nl: ` In verhouding tot uw gewerkte uren (${worked.nl} van ${full.nl}).`,
    en: ` Prorated to the hours you worked (${worked.en} of ${full.en}).`,
  };
}

function capNote(computed: number, granted: number): LocalizedText {
  if (computed === granted) return NO_NOTE;
  const g = euros(granted);
  const c = euros(computed);
  return {
    fr: ` Limité à votre cotisation ONSS : ${g.fr} au lieu de ${c.fr}.`,
    nl: ` Beperkt tot uw RSZ-bijdrage: ${g.nl} in plaats van ${c.nl}.`,
    en: ` Limited to your social security contribution: ${g.en} instead of ${c.en}.`,
  };
}

function socialWorkBonus(f: Facts<'social-work-bonus'>): LocalizedText {
  const sw = euros(f.referenceWageCents);
  const amount = euros(f.computedCents);
  const max = euros(f.maximumCents);
  const low = euros(f.lowReferenceWageCents);
  const high = euros(f.highReferenceWageCents);
  const pro = prorationNote(f.proration);
  const cap = capNote(f.computedCents, f.grantedCents);
  return {
    fr: `Pour les bas salaires, une partie de la cotisation ONSS est remise. Votre salaire de référence temps plein est ${sw.fr} : bonus de ${amount.fr} (maximum ${max.fr} jusqu’à ${low.fr}, plus rien au-delà de ${high.fr}).${pro.fr}${cap.fr}`,
    nl: `Bij lage lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Uw voltijds referteloon is ${sw.nl}: werkbonus van ${amount.nl} (maximaal ${max.nl} tot ${low.nl}, niets meer boven ${high.nl}).${pro.nl}${cap.nl}`,
    en: `For low wages, part of the social security contribution is given back. Your full-time reference wage is ${sw.en}: a bonus of ${amount.en} (at most ${max.en} up to ${low.en}, nothing above ${high.en}).${pro.en}${cap.en}`,
  };
}

function socialWorkBonusPartA(f: Facts<'social-work-bonus-part'>): LocalizedText {
  const sw = euros(f.referenceWageCents);
  const middle = euros(f.fullUpToCents);
  const high = euros(f.nothingAboveCents);
  const aMax = euros(f.maximumCents);
  const aRate = percent(f.reductionPerEuroPercent);
  const a = euros(f.computedCents);
  const pro = prorationNote(f.proration);
  const cap = capNote(f.computedCents, f.grantedCents);
  return {
    fr: `Pour les salaires modestes, une partie de la cotisation ONSS est remise. Salaire de référence temps plein : ${sw.fr}. Volet A : ${aMax.fr} jusqu’à ${middle.fr}, puis ${aRate.fr} de moins par euro au-delà, rien au-delà de ${high.fr} ; pour vous ${a.fr}.${pro.fr}${cap.fr}`,
    nl: `Bij bescheiden lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Voltijds referteloon: ${sw.nl}. Luik A: ${aMax.nl} tot ${middle.nl}, daarna ${aRate.nl} minder per euro erboven, niets boven ${high.nl}; voor u ${a.nl}.${pro.nl}${cap.nl}`,
    en: `For modest wages, part of the social security contribution is given back. Full-time reference wage: ${sw.en}. Part A is ${aMax.en} up to ${middle.en}, then ${aRate.en} less per euro above it, nothing above ${high.en}; for you ${a.en}.${pro.en}${cap.en}`,
  };
}

function socialWorkBonusPartB(f: Facts<'social-work-bonus-part'>): LocalizedText {
  const low = euros(f.fullUpToCents);
  const middle = euros(f.nothingAboveCents);
  const bMax = euros(f.maximumCents);
  const bRate = percent(f.reductionPerEuroPercent);
  const b = euros(f.computedCents);
  const pro = prorationNote(f.proration);
  const cap = capNote(f.computedCents, f.grantedCents);
  return {
    fr: `Volet B, pour les salaires les plus bas : ${bMax.fr} jusqu’à ${low.fr}, puis ${bRate.fr} de moins par euro au-delà, rien au-delà de ${middle.fr} ; pour vous ${b.fr}.${pro.fr}${cap.fr}`,
    nl: `Luik B, voor de laagste lonen: ${bMax.nl} tot ${low.nl}, daarna ${bRate.nl} minder per euro erboven, niets boven ${middle.nl}; voor u ${b.nl}.${pro.nl}${cap.nl}`,
    en: `Part B, for the lowest wages: ${bMax.en} up to ${low.en}, then ${bRate.en} less per euro above it, nothing above ${middle.en}; for you ${b.en}.${pro.en}${cap.en}`,
  };
}

function keyFormula(f: Facts<'withholding-key-formula'>): LocalizedText {
  const rounded = f.roundedTaxableCents !== f.taxableCents;
  const scaleII = f.scale === 'scale-II';
  const t = euros(f.taxableCents);
  const rt = euros(f.roundedTaxableCents);
  const y = euros(f.annualGrossCents);
  const e = euros(f.lumpSumExpensesCents);
  const n = euros(f.annualNetTaxableCents);
  const q = euros(f.maritalQuotientCents);
  const bt = euros(f.basicTaxCents);
  const tf = euros(f.taxFreeReductionCents);
  const at = euros(f.annualTaxCents);
  const mt = euros(f.monthlyTaxCents);
  return {
    fr: `Avance sur votre impôt sur le revenu. Revenu imposable du mois ${t.fr}${rounded ? `, arrondi à ${rt.fr}` : ''}, soit ${y.fr} par an ; moins ${e.fr} de frais professionnels forfaitaires : ${n.fr}. ${scaleII ? `Quotient conjugal attribué au conjoint sans revenus : ${q.fr}. ` : ''}Impôt du barème ${bt.fr}, moins la quotité exemptée ${tf.fr} : ${at.fr} par an, soit ${mt.fr} par mois.`,
    nl: `Voorschot op uw inkomstenbelasting. Belastbaar inkomen van de maand ${t.nl}${rounded ? `, afgerond op ${rt.nl}` : ''}, of ${y.nl} per jaar; min ${e.nl} forfaitaire beroepskosten: ${n.nl}. ${scaleII ? `Huwelijksquotiënt toegekend aan de partner zonder inkomen: ${q.nl}. ` : ''}Belasting volgens de schaal ${bt.nl}, min de belastingvrije som ${tf.nl}: ${at.nl} per jaar, of ${mt.nl} per maand.`,
    en: `An advance on your income tax. Taxable pay this month ${t.en}${rounded ? `, rounded down to ${rt.en}` : ''}, that is ${y.en} a year; minus ${e.en} lump-sum work expenses: ${n.en}. ${scaleII ? `Marital quotient given to your partner without income: ${q.en}. ` : ''}Tax on the scale ${bt.en}, minus the tax-free amount ${tf.en}: ${at.en} a year, or ${mt.en} a month.`,
  };
}

const REDUCTION_REASON: Record<Facts<'family-reduction'>['reduction'], LocalizedText> = {
  'dependent-children': text('enfants à charge', 'kinderen ten laste', 'dependent children'),
  'single-parent': text('parent isolé avec enfants à charge', 'alleenstaande ouder met kinderen ten laste', 'single parent with dependent children'),
  'single-beneficiary': text('bénéficiaire isolé', 'alleenstaande', 'living alone (single)'),
  'other-dependants-under-65': text('autres personnes à charge', 'andere personen ten laste', 'other dependants'),
  'dependants-aged-65-or-more': text('personnes à charge de 65 ans ou plus', 'personen ten laste van 65 jaar of ouder', 'dependants aged 65 or more'),
};

function familyReduction(_code: PayslipLineCode, f: Facts<'family-reduction'>): LocalizedText {
  const why = REDUCTION_REASON[f.reduction];
  const limited = f.appliedCents !== f.entitlementCents;
  const count = f.reduction === 'dependent-children' ? ` (${f.dependentChildren})` : '';
  const en = euros(f.entitlementCents);
  const ap = euros(f.appliedCents);
  return {
    fr: `Réduction du précompte pour ${why.fr}${count} : ${en.fr} par mois.${limited ? ` Limitée au précompte restant : ${ap.fr}.` : ''}`,
    nl: `Vermindering van de voorheffing voor ${why.nl}${count}: ${en.nl} per maand.${limited ? ` Beperkt tot de resterende voorheffing: ${ap.nl}.` : ''}`,
    en: `Withholding reduction for ${why.en}${count}: ${en.en} a month.${limited ? ` Limited to the tax left: ${ap.en}.` : ''}`,
  };
}

function fiscalWorkBonus(f: Facts<'fiscal-work-bonus'>): LocalizedText {
  const limited = f.appliedCents !== f.computedCents;
  const detail = { fr: '', nl: '', en: '' };
  const anyGranted = f.parts.some((part) => part.grantedSocialBonusCents > 0);
  for (const part of f.parts) {
    // A part with nothing granted adds nothing; naming it would only lengthen the sentence.
    if (anyGranted && part.grantedSocialBonusCents === 0) continue;
    const rate = percent(part.ratePercent);
    const granted = euros(part.grantedSocialBonusCents);
    const amount = euros(part.amountCents);
    const plus = detail.en === '' ? '' : ' + ';
    detail.fr += `${plus}${rate.fr} de ${granted.fr} = ${amount.fr}`;
    detail.nl += `${plus}${rate.nl} van ${granted.nl} = ${amount.nl}`;
    detail.en += `${plus}${rate.en} of ${granted.en} = ${amount.en}`;
  }
  const ap = euros(f.appliedCents);
  return {
    fr: `Le bonus à l’emploi réduit aussi votre précompte : ${detail.fr}.${limited ? ` Limité au précompte restant : ${ap.fr}.` : ''}`,
    nl: `De werkbonus verlaagt ook uw voorheffing: ${detail.nl}.${limited ? ` Beperkt tot de resterende voorheffing: ${ap.nl}.` : ''}`,
    en: `The work bonus also lowers your withholding tax: ${detail.en}.${limited ? ` Limited to the tax left: ${ap.en}.` : ''}`,
  };
}

const HOUSEHOLD: Record<FamilySituation, LocalizedText> = {
  single: text('une personne isolée', 'een alleenstaande', 'a single person'),
  'couple-two-incomes': text('un ménage à deux revenus', 'een gezin met twee inkomens', 'a two-income household'),
  'couple-one-income': text('un ménage à un seul revenu', 'een gezin met één inkomen', 'a one-income household'),
};

function specialContribution(f: Facts<'special-social-security'>): LocalizedText {
  const household = HOUSEHOLD[f.household];
  const b = euros(f.baseCents);
  const c = euros(f.amountCents);
  return {
    fr: `Contribution supplémentaire à la sécurité sociale selon votre salaire brut (${b.fr}) et votre ménage (${household.fr}) : ${c.fr} ce mois-ci, régularisée chaque trimestre.`,
    nl: `Bijkomende bijdrage voor de sociale zekerheid volgens uw brutoloon (${b.nl}) en uw gezin (${household.nl}): ${c.nl} deze maand, elk kwartaal geregulariseerd.`,
    en: `An extra contribution to social security that depends on your gross pay (${b.en}) and your household (${household.en}): ${c.en} this month, settled every quarter.`,
  };
}

function exceptionalWithholding(f: Facts<'exceptional-withholding'>): LocalizedText {
  const exonerated = f.adjustedReferencePayCents !== null;
  const reduced = f.childRateReductionPercent > 0;
  const n = f.dependentChildren;
  const g = euros(f.normalMonthlyGrossCents);
  const c = euros(f.normalMonthlyContributionCents);
  const ref = euros(f.referencePayCents);
  const adj = euros(f.adjustedReferencePayCents ?? f.referencePayCents);
  const rp = percent(f.scaleRatePercent);
  const red = percent(f.childRateReductionPercent);
  const t = euros(f.taxableCents);
  const w = euros(f.amountCents);
  return {
    fr: `Sur ce paiement exceptionnel, le précompte est un pourcentage fixe choisi d’après votre salaire annuel normal : (${g.fr} − ${c.fr} d’ONSS) × 12 = ${ref.fr}.${exonerated ? ` Avec ${n} enfant(s) à charge, ce montant est ramené à ${adj.fr}.` : ''} Taux ${rp.fr}${reduced ? `, réduit de ${red.fr} pour vos enfants` : ''}, appliqué à ${t.fr} : ${w.fr}.`,
    nl: `Op deze uitzonderlijke betaling is de voorheffing een vast percentage volgens uw normaal jaarloon: (${g.nl} − ${c.nl} RSZ) × 12 = ${ref.nl}.${exonerated ? ` Met ${n} kind(eren) ten laste wordt dit bedrag verlaagd tot ${adj.nl}.` : ''} Tarief ${rp.nl}${reduced ? `, verminderd met ${red.nl} voor uw kinderen` : ''}, toegepast op ${t.nl}: ${w.nl}.`,
    en: `On this exceptional payment the withholding is a flat percentage set by your normal annual pay: (${g.en} − ${c.en} social security) × 12 = ${ref.en}.${exonerated ? ` With ${n} dependent child(ren) this is lowered to ${adj.en}.` : ''} Rate ${rp.en}${reduced ? `, reduced by ${red.en} for your children` : ''}, applied to ${t.en}: ${w.en}.`,
  };
}

/** What each employer contribution pays for. */
const CONTRIBUTION_PURPOSE: Partial<Record<PayslipLineCode, LocalizedText>> = {
  EMPLOYER_SOCIAL_SECURITY: text(
    'cotisation patronale de base, modération salariale comprise',
    'basiswerkgeversbijdrage, loonmatiging inbegrepen',
    'basic employer contribution including wage moderation',
  ),
  EMPLOYER_WORK_ACCIDENT_FUND: text('fonds des accidents du travail', 'fonds voor arbeidsongevallen', 'work-accident fund'),
  EMPLOYER_CLOSING_FUND: text('protège les salaires si l’entreprise ferme', 'beschermt de lonen als het bedrijf sluit', 'protects wages if the company closes'),
  EMPLOYER_CLOSING_FUND_TEMPORARY_UNEMPLOYMENT: text('finance le chômage temporaire', 'financiert tijdelijke werkloosheid', 'funds temporary unemployment'),
  EMPLOYER_TEMPORARY_UNEMPLOYMENT: text('chômage temporaire', 'tijdelijke werkloosheid', 'temporary unemployment'),
  EMPLOYER_SECTOR_FUND: text('fonds du secteur', 'sectorfonds', 'sector fund'),
  EMPLOYER_TEN_OR_MORE_WORKERS: text('employeurs de 10 travailleurs ou plus', 'werkgevers met 10 of meer werknemers', 'employers with 10 or more workers'),
  EMPLOYER_ASBESTOS_FUND: text('fonds amiante, 1er et 2e trimestres', 'asbestfonds, 1e en 2e kwartaal', 'asbestos fund, first and second quarters'),
  EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_QUARTERLY: text(
    'finance votre pécule de vacances, payé par la caisse de vacances',
    'financiert uw vakantiegeld, betaald door het vakantiefonds',
    'funds your holiday pay, paid by the holiday fund',
  ),
  EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_ANNUAL: text(
    'part annuelle du pécule de vacances, due au printemps suivant',
    'jaarlijks deel van het vakantiegeld, verschuldigd in het volgende voorjaar',
    'annual part of holiday-pay funding, due the next spring',
  ),
  EMPLOYER_DOUBLE_HOLIDAY_PAY_CONTRIBUTIONS: text(
    'le double pécule des employés ne supporte que la cotisation du travailleur',
    'op het dubbel vakantiegeld van bedienden is alleen de werknemersbijdrage verschuldigd',
    'white-collar double holiday pay carries only the worker’s contribution',
  ),
};

function employerContribution(code: PayslipLineCode, f: Facts<'employer-contribution'>): LocalizedText {
  const why = CONTRIBUTION_PURPOSE[code] ?? LINE_LABELS[code];
  const r = percent(f.ratePercent);
  const b = euros(f.baseCents);
  const a = euros(f.amountCents);
  return {
    fr: `Payé par l’employeur, en plus de votre salaire : ${r.fr} de ${b.fr} = ${a.fr} (${why.fr}).`,
    nl: `Betaald door de werkgever, bovenop uw loon: ${r.nl} van ${b.nl} = ${a.nl} (${why.nl}).`,
    en: `Paid by the employer on top of your pay: ${r.en} of ${b.en} = ${a.en} (${why.en}).`,
  };
}

function structuralReduction(f: Facts<'structural-reduction'>): LocalizedText {
  const s = euros(f.quarterlyReferenceWageCents);
  const q = euros(f.quarterlyReductionCents);
  const m = euros(f.monthlyReductionCents);
  return {
    fr: `Réduction des cotisations patronales pour les salaires bas et moyens, calculée par trimestre (salaire trimestriel de référence ${s.fr}) : ${q.fr} par trimestre, soit ${m.fr} ce mois-ci (estimation).`,
    nl: `Vermindering van de werkgeversbijdragen voor lage en middelhoge lonen, per kwartaal berekend (refertekwartaalloon ${s.nl}): ${q.nl} per kwartaal, of ${m.nl} deze maand (raming).`,
    en: `A cut in employer contributions for low and middle wages, computed per quarter (quarterly reference wage ${s.en}): ${q.en} a quarter, so ${m.en} this month (estimate).`,
  };
}

function regularisationExplanation(r: RegularisationFacts, why: LocalizedText): LocalizedText {
  const rc = formatEurosInAllLanguages(r.recomputedCents);
  const p = formatEurosInAllLanguages(r.paidCents);
  const d = formatEurosInAllLanguages(r.differenceCents);
  return {
    fr: `Régularisation de ${r.period} (fiche ${r.number}) : recalculé ${rc.fr}, déjà payé ${p.fr}, différence ${d.fr}. ${why.fr}`,
    nl: `Regularisatie van ${r.period} (loonbrief ${r.number}): herberekend ${rc.nl}, al betaald ${p.nl}, verschil ${d.nl}. ${why.nl}`,
    en: `Regularisation of ${r.period} (payslip ${r.number}): recomputed ${rc.en}, already paid ${p.en}, difference ${d.en}. ${why.en}`,
  };
}

/** The label of a line in the three languages. */
export function labelOf(line: Pick<StoredPayslipLine, 'code'> | PayslipLineCode): LocalizedText {
  return LINE_LABELS[typeof line === 'string' ? line : line.code];
}

/** Why a line has its amount, in the three languages; a regularisation line says what it corrects first. */
export function explainLine(line: StoredPayslipLine): LocalizedText {
  const why = 'facts' in line ? explainFacts(line.code, line.facts) : line.explanation;
  return line.regularisation ? regularisationExplanation(line.regularisation, why) : why;
}

/** The rule a line applies, in words with its source (the words stored with a line issued before facts). */
export function ruleOf(line: StoredPayslipLine): string {
  return 'facts' in line ? ruleText(line.rule) : line.rule;
}

/** A line as the API shows it: what it is, its amount, and its words in the three languages. */
export interface WordedLine {
  code: PayslipLineCode;
  side: 'worker' | 'employer';
  amountCents: number;
  label: LocalizedText;
  explanation: LocalizedText;
}

export function wordLine(line: StoredPayslipLine): WordedLine {
  return { code: line.code, side: line.side, amountCents: line.amountCents, label: labelOf(line), explanation: explainLine(line) };
}

function explainFacts(code: PayslipLine['code'], facts: LineFacts): LocalizedText {
  switch (facts.kind) {
    case 'hours':
      return hours(facts.hours, facts.hourlyWageCents, facts.premiumPercent, facts.amountCents);
    case 'no-hours':
      return NO_HOURS;
    case 'gross-pay':
      return grossPay(facts.grossCents);
    case 'thirteenth-month':
      return thirteenthMonth(facts.normalMonthlyGrossCents);
    case 'double-holiday-pay':
      return doubleHolidayPay(facts);
    case 'double-holiday-pay-supplement':
      return doubleHolidayPaySupplement(facts);
    case 'personal-social-security':
      return personalSocialSecurity(facts);
    case 'social-work-bonus':
      return socialWorkBonus(facts);
    case 'social-work-bonus-part':
      return facts.part === 'A' ? socialWorkBonusPartA(facts) : socialWorkBonusPartB(facts);
    case 'withholding-key-formula':
      return keyFormula(facts);
    case 'family-reduction':
      return familyReduction(code, facts);
    case 'fiscal-work-bonus':
      return fiscalWorkBonus(facts);
    case 'special-social-security':
      return specialContribution(facts);
    case 'exceptional-withholding':
      return exceptionalWithholding(facts);
    case 'employer-contribution':
      return employerContribution(code, facts);
    case 'structural-reduction':
      return structuralReduction(facts);
  }
}

/** A computed line with its words: what the simulation API and the payslip CLI print. */
export interface ExplainedPayslipLine extends WordedLine {
  /** The rule in words, with its source. */
  rule: string;
  facts: PayslipLine['facts'];
  parameters: PayslipLine['parameters'];
  inputs: PayslipLine['inputs'];
}

export function explainComputedLine(line: PayslipLine): ExplainedPayslipLine {
  return { ...wordLine(line), rule: ruleText(line.rule), facts: line.facts, parameters: line.parameters, inputs: line.inputs };
}
