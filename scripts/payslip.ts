/**
 * Computes one payslip from a JSON input file and prints it.
 *   npm run --silent payslip -- input.json
 * Bad input prints the field errors to stderr and exits with code 2.
 */
import { readFileSync } from 'node:fs';
import { computePayslip, explainComputedLine, validatePayslipInput } from '../domain/payroll/index';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const path = process.argv[2];
if (!path) fail('usage: npm run --silent payslip -- <input.json>', 2);

let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (error) {
  fail(`cannot read ${path}: ${(error as Error).message}`, 2);
}

let data: unknown;
try {
  data = JSON.parse(text);
} catch (error) {
  fail(`${path} is not valid JSON: ${(error as Error).message}`, 2);
}

const validation = validatePayslipInput(data);
if (!validation.ok) {
  for (const error of validation.errors) process.stderr.write(`${error.field}: ${error.message} [${error.code}]\n`);
  process.exit(2);
}
const payslip = computePayslip(validation.value);
process.stdout.write(`${JSON.stringify({ ...payslip, lines: payslip.lines.map(explainComputedLine) }, null, 2)}\n`);
