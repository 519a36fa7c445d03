import { computePayslip } from '../../domain/payroll';
import { maskIban, nationalNumberLastDigits, type PayslipDocumentInput } from './payslip-pdf';

export const NISS = '98.47.28-997.65';
export const IBAN = 'BE68 5390 0754 7034';

/** A month with every kind of hour, a child, and two user companies: the fullest normal payslip. */
export const engine = computePayslip({
  period: '2026-11',
  payKind: 'regular',
  workerCategory: 'white-collar',
  hourlyWageCents: 1550,
  hours: { regular: 140, overtime: 6, night: 8, sunday: 7.5, publicHoliday: 7.5 },
  workedHours: 169,
  fullTimeHours: 164.67,
  family: 'single',
  dependentChildren: 1,
});

export const payslip: PayslipDocumentInput = {
  language: 'fr',
  number: '2026-11-00042',
  period: '2026-11',
  kind: 'regular',
  corrects: null,
  issuedOn: '2026-12-02',
  paymentDate: '2026-12-04',
  cooperative: { name: 'TalentCoop SCRL', enterpriseNumber: '0403019261', onssNumber: '123-4567890-12', address: 'Rue de la Loi 16, 1000 Bruxelles' },
  worker: { code: 'W-0042', displayName: 'Aminata Diallo', nationalNumberLastDigits: nationalNumberLastDigits(NISS), address: 'Rue Haute 120, 1000 Bruxelles' },
  employment: {
    jobTitle: 'aide-soignante',
    jointCommittee: '322',
    workerCategory: 'white-collar',
    weeklyHours: 38,
    fullTimeWeeklyHours: 38,
    hourlyWageCents: 1550,
    contractStart: '2026-09-01',
    contractEnd: '2027-02-28',
  },
  placements: [
    { employerName: 'Résidence Les Tilleuls', minutes: 120 * 60 },
    { employerName: 'Brasserie du Canal', minutes: 49 * 60 },
  ],
  minutesByKind: { regular: 140 * 60, overtime: 6 * 60, night: 8 * 60, sunday: 450, publicHoliday: 450 },
  lines: engine.lines,
  totals: engine.totals,
  provisional: false,
  payment: { method: 'transfer', ibanMasked: maskIban(IBAN) },
  taxSituation: { family: 'single', dependentChildren: 1, recorded: true },
};
