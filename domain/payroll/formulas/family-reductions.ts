import type { Cents } from '../../money';
import type { ChildrenReductionTable } from '../parameters/withholding-tax-parameters';

/**
 * Monthly reductions of the withholding tax for family charges (facts §3.3). They are subtracted
 * from the key-formula tax one after the other and can bring it down to zero, never below.
 */

export type FamilySituation = 'single' | 'couple-two-incomes' | 'couple-one-income';

export type FamilyReductionKind = 'dependent-children' | 'single-parent' | 'single-beneficiary' | 'other-dependants-under-65' | 'dependants-aged-65-or-more';

export interface FamilyCharges {
  family: FamilySituation;
  dependentChildren: number;
  /** Dependants other than children, under 65 (not part of the payslip input; zero there). */
  otherDependantsUnder65?: number;
  dependantsAged65OrMore?: number;
  /** False when the worker did not ask for the single-person and single-parent reductions. */
  claimsSingleReductions?: boolean;
}

export interface FamilyReductionAmounts {
  childrenReduction: ChildrenReductionTable;
  /** The "isolé" reduction; zero in a parameter set that does not apply it. */
  singleBeneficiaryReductionCents: Cents;
  /** Single parent with children; also each other dependant under 65. */
  otherFamilyChargeReductionCents: Cents;
  dependantAged65OrMoreReductionCents: Cents;
}

export interface FamilyReduction {
  kind: FamilyReductionKind;
  /** What the family situation entitles to. */
  entitlementCents: Cents;
  /** What was actually subtracted, given the tax left. */
  appliedCents: Cents;
}

/** The table gives 1…8 children; each child beyond eight adds a fixed amount. */
export function childrenReductionAmount(children: number, table: ChildrenReductionTable): Cents {
  if (children <= 0) return 0;
  const listed = table.byNumberOfChildrenCents;
  if (children <= listed.length) return listed[children - 1]!;
  return listed[listed.length - 1]! + (children - listed.length) * table.eachChildBeyondEightCents;
}

export function familyReductionEntitlements(charges: FamilyCharges, amounts: FamilyReductionAmounts): { kind: FamilyReductionKind; entitlementCents: Cents }[] {
  const entitlements: { kind: FamilyReductionKind; entitlementCents: Cents }[] = [];
  if (charges.dependentChildren > 0) {
    entitlements.push({
      kind: 'dependent-children',
      entitlementCents: childrenReductionAmount(charges.dependentChildren, amounts.childrenReduction),
    });
  }
  if (charges.family === 'single' && charges.claimsSingleReductions !== false) {
    if (charges.dependentChildren > 0) {
      entitlements.push({ kind: 'single-parent', entitlementCents: amounts.otherFamilyChargeReductionCents });
    }
    entitlements.push({ kind: 'single-beneficiary', entitlementCents: amounts.singleBeneficiaryReductionCents });
  }
  const under65 = charges.otherDependantsUnder65 ?? 0;
  if (under65 > 0) {
    entitlements.push({
      kind: 'other-dependants-under-65',
      entitlementCents: under65 * amounts.otherFamilyChargeReductionCents,
    });
  }
  const seniors = charges.dependantsAged65OrMore ?? 0;
  if (seniors > 0) {
    entitlements.push({
      kind: 'dependants-aged-65-or-more',
      entitlementCents: seniors * amounts.dependantAged65OrMoreReductionCents,
    });
  }
  return entitlements;
}

/** Subtracts the reductions in order, each limited to the tax still due. */
export function applyFamilyReductions(
  monthlyTaxCents: Cents,
  entitlements: readonly { kind: FamilyReductionKind; entitlementCents: Cents }[],
): { reductions: FamilyReduction[]; taxAfterReductionsCents: Cents } {
  let remaining = monthlyTaxCents;
  const reductions = entitlements.map(({ kind, entitlementCents }) => {
    const appliedCents = Math.min(entitlementCents, remaining);
    remaining -= appliedCents;
    return { kind, entitlementCents, appliedCents };
  });
  return { reductions, taxAfterReductionsCents: remaining };
}
