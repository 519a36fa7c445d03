import { describe, expect, it } from 'vitest';
import { at } from '../parameters/dated-series';
import { belgianPayrollParameters as p } from '../parameters/belgian-payroll-parameters';
import { applyFamilyReductions, childrenReductionAmount, familyReductionEntitlements } from './family-reductions';
import { fiscalWorkBonus } from './fiscal-work-bonus';

const amounts2025 = {
  childrenReduction: at(p.childrenReduction, '2025-06-01').value,
  singleBeneficiaryReductionCents: at(p.singleBeneficiaryReduction, '2025-06-01').value,
  otherFamilyChargeReductionCents: at(p.otherFamilyChargeReduction, '2025-06-01').value,
  dependantAged65OrMoreReductionCents: at(p.dependantAged65OrMoreReduction, '2025-06-01').value,
};

describe.shuffle('family reductions of the withholding tax (facts §3.3)', () => {
  it.each([
    [0, 0],
    [1, 5100],
    [2, 13400],
    [8, 178700],
    [9, 178700 + 31500],
    [11, 178700 + 3 * 31500],
  ])('%i children in 2025 → %i cents a month', (children, expected) => {
    expect(childrenReductionAmount(children, amounts2025.childrenReduction)).toBe(expected);
  });

  it('a single parent gets the children, single-parent and single-person reductions', () => {
    expect(familyReductionEntitlements({ family: 'single', dependentChildren: 2 }, amounts2025)).toEqual([
      { kind: 'dependent-children', entitlementCents: 13400 },
      { kind: 'single-parent', entitlementCents: 5100 },
      { kind: 'single-beneficiary', entitlementCents: 1200 },
    ]);
  });

  it('a couple gets only the children reduction; other dependants count when given', () => {
    expect(familyReductionEntitlements({ family: 'couple-one-income', dependentChildren: 1 }, amounts2025)).toEqual([
      { kind: 'dependent-children', entitlementCents: 5100 },
    ]);
    expect(
      familyReductionEntitlements({ family: 'couple-two-incomes', dependentChildren: 0, otherDependantsUnder65: 2, dependantsAged65OrMore: 1 }, amounts2025),
    ).toEqual([
      { kind: 'other-dependants-under-65', entitlementCents: 10200 },
      { kind: 'dependants-aged-65-or-more', entitlementCents: 16200 },
    ]);
  });

  it('the single-person ("isolé") reduction is 26 € until 2022 and 12 € from 2023', () => {
    expect(at(p.singleBeneficiaryReduction, '2022-12-01').value).toBe(2600);
    expect(at(p.singleBeneficiaryReduction, '2023-01-01').value).toBe(1200);
  });

  it('reductions bring the tax down to zero, never below', () => {
    const result = applyFamilyReductions(15000, [
      { kind: 'dependent-children', entitlementCents: 13400 },
      { kind: 'single-parent', entitlementCents: 5100 },
      { kind: 'single-beneficiary', entitlementCents: 1200 },
    ]);
    expect(result.reductions.map((r) => r.appliedCents)).toEqual([13400, 1600, 0]);
    expect(result.taxAfterReductionsCents).toBe(0);
  });
});

describe.shuffle('fiscal work bonus (facts §2.3)', () => {
  it('from April 2024: 33.14 % of part A + 52.54 % of part B, each rounded (example #9: 39.96 + 39.39)', () => {
    const bonus = fiscalWorkBonus(
      [
        { grantedSocialBonusCents: 12059, ratePercent: 33.14 },
        { grantedSocialBonusCents: 7497, ratePercent: 52.54 },
      ],
      34122,
    );
    expect(bonus.partsCents).toEqual([3996, 3939]);
    expect(bonus.appliedCents).toBe(7935);
  });

  it('before April 2024: 33.14 % of the single bonus (178.11 → 59.03)', () => {
    expect(fiscalWorkBonus([{ grantedSocialBonusCents: 17811, ratePercent: 33.14 }], 19125).appliedCents).toBe(5903);
  });

  it('is limited to the tax left after the family reductions', () => {
    expect(fiscalWorkBonus([{ grantedSocialBonusCents: 17811, ratePercent: 33.14 }], 1000).appliedCents).toBe(1000);
    expect(fiscalWorkBonus([{ grantedSocialBonusCents: 17811, ratePercent: 33.14 }], 0).appliedCents).toBe(0);
  });
});
