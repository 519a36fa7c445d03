/**
 * Throughput of the payroll engine on one core: computes many varied payslips and prints
 * payslips per second and memory. A benchmark prints numbers; it is not a test with a limit.
 *   npm run bench:payroll-engine [-- <count>]
 */
import { computePayslip, type PayslipInput } from '../domain/payroll/index';

const count = Number(process.argv[2] ?? 300_000);
const families = ['single', 'couple-two-incomes', 'couple-one-income'] as const;
const kinds = ['regular', 'regular', 'regular', 'regular', 'thirteenth-month', 'double-holiday-pay'] as const;

/** A deterministic spread of inputs over periods, categories, families, wages and hours. */
function inputs(n: number, firstSeed: number): PayslipInput[] {
  const result: PayslipInput[] = [];
  let seed = firstSeed;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) {
    const year = 2021 + Math.floor(next() * 6);
    const month = 1 + Math.floor(next() * 12);
    const blue = next() < 0.5;
    const payKind = kinds[Math.floor(next() * kinds.length)]!;
    const base: PayslipInput = {
      period: `${year}-${String(month).padStart(2, '0')}`,
      payKind: blue && payKind === 'double-holiday-pay' ? 'regular' : payKind,
      workerCategory: blue ? 'blue-collar' : 'white-collar',
      family: families[Math.floor(next() * 3)]!,
      dependentChildren: Math.floor(next() * 4),
    };
    if (next() < 0.5) {
      base.grossCents = 150000 + Math.floor(next() * 350000);
    } else {
      base.hours = { regular: Math.round(next() * 16467) / 100, overtime: Math.round(next() * 1000) / 100, sunday: Math.round(next() * 800) / 100 };
      base.hourlyWageCents = 1300 + Math.floor(next() * 1500);
    }
    if (next() < 0.3) base.workedHours = 80 + Math.round(next() * 8000) / 100;
    result.push(base);
  }
  return result;
}

// Every measured payslip has its own input, so no result is reused from an earlier identical one.
const work = inputs(count, 42);
// Warm-up on other inputs lets the JIT settle and resolves each period's parameters once, as a payroll run would.
for (const input of inputs(20_000, 7)) computePayslip(input);

let checksum = 0;
const started = process.hrtime.bigint();
for (let i = 0; i < count; i++) checksum += computePayslip(work[i]!).totals.netCents;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const memory = process.memoryUsage();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`payslips computed: ${count} in ${seconds.toFixed(2)} s on one core`);
console.log(`throughput: ${Math.round(count / seconds).toLocaleString('en')} payslips/second`);
console.log(`memory: rss ${mb(memory.rss)}, heap used ${mb(memory.heapUsed)} (checksum ${checksum})`);
