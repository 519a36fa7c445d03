/**
 * Rendering cost of the payslip PDF: renders N varied payslips one after the other in this
 * process and prints ms per PDF, through renderPayslipPdf and through bare pdfmake on the same
 * definitions (the floor). A benchmark prints numbers; it is not a test with a limit.
 *   npm run bench:payslip-pdf [-- <count>]        (default 1000)
 */
import { maskIban, payslipDocumentDefinition, renderPayslipPdf, type PayslipDocumentInput } from '../activities/documents/payslip-pdf';
import { serverPdfMake } from '../activities/documents/fonts';
import { computePayslip } from '../domain/payroll/index';

const count = Number(process.argv[2] ?? 1000);
if (!Number.isSafeInteger(count) || count < 1) throw new Error(`usage: bench-payslip-pdf [count], got ${process.argv[2]}`);

const languages = ['fr', 'nl', 'en'] as const;
const families = ['single', 'couple-two-incomes', 'couple-one-income'] as const;

/** A deterministic spread of payslips: languages, categories, families, wages and every hour kind. */
function payslips(n: number): PayslipDocumentInput[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const result: PayslipDocumentInput[] = [];
  for (let i = 0; i < n; i++) {
    const blue = next() < 0.4;
    const minutes = {
      regular: 60 * (60 + Math.floor(next() * 100)),
      overtime: 30 * Math.floor(next() * 20),
      night: 30 * Math.floor(next() * 16),
      sunday: 30 * Math.floor(next() * 16),
      publicHoliday: next() < 0.3 ? 450 : 0,
    };
    const hourlyWageCents = 1300 + Math.floor(next() * 1500);
    const family = families[Math.floor(next() * 3)]!;
    const dependentChildren = Math.floor(next() * 4);
    const hours = Object.fromEntries(Object.entries(minutes).map(([kind, m]) => [kind, Math.round((m * 100) / 60) / 100]));
    const engine = computePayslip({
      period: '2026-11',
      payKind: 'regular',
      workerCategory: blue ? 'blue-collar' : 'white-collar',
      hourlyWageCents,
      hours,
      family,
      dependentChildren,
    });
    const number = `2026-11-${String(i + 1).padStart(5, '0')}`;
    result.push({
      language: languages[i % 3]!,
      number,
      period: '2026-11',
      kind: 'regular',
      corrects: null,
      issuedOn: '2026-12-02',
      paymentDate: '2026-12-04',
      cooperative: { name: 'TalentCoop SCRL', enterpriseNumber: '0403019261', onssNumber: '123-4567890-12', address: 'Rue de la Loi 16, 1000 Bruxelles' },
      worker: {
        code: `W-${i + 1}`,
        displayName: `Worker ${i + 1}`,
        nationalNumberLastDigits: String(100 + (i % 900)),
        address: 'Rue Haute 120, 1000 Bruxelles',
      },
      employment: {
        jobTitle: blue ? 'ouvrier polyvalent' : 'aide-soignante',
        jointCommittee: blue ? '124' : '322',
        workerCategory: blue ? 'blue-collar' : 'white-collar',
        weeklyHours: 38,
        fullTimeWeeklyHours: 38,
        hourlyWageCents,
        contractStart: '2026-09-01',
        contractEnd: '2027-02-28',
      },
      placements: [{ employerName: 'Résidence Les Tilleuls', minutes: Object.values(minutes).reduce((a, b) => a + b, 0) }],
      minutesByKind: minutes,
      lines: engine.lines,
      totals: engine.totals,
      provisional: engine.provisional,
      payment: { method: 'transfer', ibanMasked: maskIban('BE68539007547034') },
      taxSituation: { family, dependentChildren, recorded: true },
    });
  }
  return result;
}

const inputs = payslips(count);
// Warm up: fonts are loaded and parsed on the first document.
await renderPayslipPdf(inputs[0]!);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

let bytes = 0;
let started = performance.now();
let cpu = process.cpuUsage();
for (const input of inputs) bytes += (await renderPayslipPdf(input)).length;
const renderMs = performance.now() - started;
const renderCpuMs = cpuMs(cpu);

const definitions = inputs.map(payslipDocumentDefinition);
const pdfMake = serverPdfMake();
started = performance.now();
cpu = process.cpuUsage();
for (const definition of definitions) await pdfMake.createPdf(definition).getBuffer();
const bareMs = performance.now() - started;
const bareCpuMs = cpuMs(cpu);

const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
console.log(`payslip PDFs: ${count}`);
// CPU time too: on a shared machine the wall clock also counts other processes' turns.
console.log(
  `renderPayslipPdf: ${(renderMs / count).toFixed(2)} ms per PDF, ${(renderCpuMs / count).toFixed(2)} ms CPU (${(renderMs / 1000).toFixed(1)} s, ${Math.round(bytes / count / 1024)} KiB per PDF)`,
);
console.log(`bare pdfmake on the same definitions: ${(bareMs / count).toFixed(2)} ms per PDF, ${(bareCpuMs / count).toFixed(2)} ms CPU`);
console.log(`ratio: ${(renderMs / bareMs).toFixed(2)}   RSS: ${rssMb} MB`);
