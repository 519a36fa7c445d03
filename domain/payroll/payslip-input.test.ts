import { describe, expect, it } from 'vitest';
import { validatePayslipInput } from './payslip-input';

const valid = {
  period: '2025-01',
  payKind: 'regular',
  workerCategory: 'white-collar',
  grossCents: 300000,
  family: 'single',
  dependentChildren: 0,
};

function errorsOf(candidate: unknown) {
  const result = validatePayslipInput(candidate);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
}

describe.shuffle('validatePayslipInput', () => {
  it('accepts a monthly gross and returns the same input', () => {
    const result = validatePayslipInput(valid);
    expect(result).toEqual({ ok: true, value: valid });
  });

  it('accepts hours with an hourly wage and optional working time', () => {
    const candidate = {
      ...valid,
      grossCents: undefined,
      hours: { regular: 152.5, overtime: 4 },
      hourlyWageCents: 1450,
      workedHours: 150,
      fullTimeHours: 164.67,
    };
    delete candidate.grossCents;
    expect(errorsOf(candidate)).toEqual([]);
  });

  it.each([
    [null, ['(input):not-an-object']],
    [[], ['(input):not-an-object']],
    [{ ...valid, period: '2025-13' }, ['period:invalid-period']],
    [{ ...valid, period: '2020-12' }, ['period:period-not-covered']],
    [{ ...valid, period: '2028-01' }, ['period:period-not-covered']],
    [{ ...valid, payKind: 'bonus' }, ['payKind:invalid-choice']],
    [{ ...valid, workerCategory: 'manager' }, ['workerCategory:invalid-choice']],
    [{ ...valid, family: 'married' }, ['family:invalid-choice']],
    [{ ...valid, dependentChildren: 1.5 }, ['dependentChildren:invalid-children']],
    [{ ...valid, dependentChildren: -1 }, ['dependentChildren:invalid-children']],
    [{ ...valid, grossCents: 3000.5 }, ['grossCents:invalid-cents']],
    [{ ...valid, grossCents: -1 }, ['grossCents:invalid-cents']],
    [{ ...valid, grossCents: 10_000_001 }, ['grossCents:too-large']],
    [{ ...valid, hourlyWageCents: 1500 }, ['hours:exactly-one-pay-basis']],
    [{ ...valid, grossCents: undefined }, ['grossCents:exactly-one-pay-basis']],
    [{ ...valid, workedHours: 0 }, ['workedHours:invalid-hours']],
    [{ ...valid, fullTimeHours: 'full' }, ['fullTimeHours:invalid-hours']],
    [{ ...valid, bonus: 1 }, ['bonus:unknown-field']],
    [{ ...valid, workerCategory: 'blue-collar', payKind: 'double-holiday-pay' }, ['payKind:not-paid-by-employer']],
  ])('rejects %j', (candidate, expected) => {
    expect(errorsOf(candidate)).toEqual(expected);
  });

  it('checks each kind of hours and the hourly wage', () => {
    const { grossCents: _, ...withoutGross } = valid;
    expect(errorsOf({ ...withoutGross, hours: { regular: 10.123, evening: 2, night: -1 }, hourlyWageCents: 15.5 })).toEqual([
      'hours.regular:invalid-hours',
      'hours.evening:unknown-field',
      'hours.night:invalid-hours',
      'hourlyWageCents:invalid-cents',
    ]);
    expect(errorsOf({ ...withoutGross, hours: { regular: 500, overtime: 300 }, hourlyWageCents: 1500 })).toEqual(['hours:too-many-hours']);
    expect(errorsOf({ ...withoutGross, hours: { regular: 160 } })).toEqual(['hourlyWageCents:required']);
    expect(errorsOf({ ...withoutGross, hours: { regular: 700 }, hourlyWageCents: 90000 })).toEqual(['hours:too-large']);
  });

  it('reports every problem at once, with a message for the user', () => {
    const result = validatePayslipInput({ period: 'soon', dependentChildren: 'two' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(['period', 'payKind', 'workerCategory', 'family', 'dependentChildren', 'grossCents']);
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(10);
  });
});
