import { describe, expect, it } from 'vitest';
import { alertDateOf, deadlineStatus, deadlinesBetween, deadlinesToAlert, nextAlertDate } from './compliance-calendar';

describe.shuffle('the compliance calendar', () => {
  it('knows every deadline of a year, on its legal day', () => {
    const year = deadlinesBetween('2026-01-01', '2026-12-31');
    const on = (kind: string) => year.filter((d) => d.kind === kind).map((d) => `${d.concerns}→${d.dueDate}`);
    expect(on('dmfa')).toEqual(['2025-Q4→2026-01-31', '2026-Q1→2026-04-30', '2026-Q2→2026-07-31', '2026-Q3→2026-10-31']);
    expect(on('social-security-provision')).toHaveLength(12);
    expect(on('social-security-provision')[1]).toBe('2026-02→2026-02-05');
    expect(on('withholding-tax')[0]).toBe('2025-12→2026-01-15');
    expect(on('withholding-tax')[11]).toBe('2026-11→2026-12-15');
    expect(on('blue-collar-holiday-contribution-declared')).toEqual(['2025→2026-03-31']);
    expect(on('blue-collar-holiday-contribution-paid')).toEqual(['2025→2026-04-30']);
    expect(on('tax-form-281-10')).toEqual(['2025→2026-02-28']);
    expect(deadlinesBetween('2028-02-01', '2028-02-29').find((d) => d.kind === 'tax-form-281-10')?.dueDate).toBe('2028-02-29');
  });

  it('lists deadlines in order, keys unique, and permits passed in', () => {
    const list = deadlinesBetween('2026-12-03', '2027-03-31', [{ workerId: 'w1', workerCode: 'W-1', validUntil: '2027-01-20' }]);
    expect(list.map((d) => d.dueDate)).toEqual([...list.map((d) => d.dueDate)].sort());
    expect(new Set(list.map((d) => d.key)).size).toBe(list.length);
    expect(list.find((d) => d.kind === 'permit-expiry')).toMatchObject({ workerId: 'w1', dueDate: '2027-01-20', alertDaysBefore: 30 });
    expect(list[0]).toMatchObject({ kind: 'social-security-provision', dueDate: '2026-12-05' });
  });

  it.each([
    ['2026-04-19', false, 'upcoming'],
    ['2026-04-20', false, 'due-soon'],
    ['2026-04-30', false, 'due-soon'],
    ['2026-05-01', false, 'overdue'],
    ['2026-05-01', true, 'done'],
  ])('the DmfA of 2026-Q1 on %s (met: %s) is %s', (today, done, status) => {
    const dmfa = deadlinesBetween('2026-04-30', '2026-04-30').find((d) => d.kind === 'dmfa')!;
    expect(alertDateOf(dmfa)).toBe('2026-04-20');
    expect(deadlineStatus(dmfa, today, done)).toBe(status);
  });

  it('wakes on the next alert day and alerts what is due', () => {
    expect(nextAlertDate('2026-04-20', 60)).toBe('2026-04-20');
    expect(nextAlertDate('2026-04-21', 60)).toBe('2026-05-02');
    expect(deadlinesToAlert('2026-04-21').map((d) => d.kind)).toEqual(expect.arrayContaining(['dmfa', 'blue-collar-holiday-contribution-paid']));
    expect(deadlinesToAlert('2026-04-21').every((d) => d.dueDate >= '2026-04-21')).toBe(true);
  });
});
