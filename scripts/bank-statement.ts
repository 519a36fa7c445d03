/**
 * Writes a bank statement that pays an invoice, as the bank would send it, for demos:
 *   npm run --silent bank-statement -- camt  +++202/6000/00196+++ 1234.56 > statement.xml
 *   npm run --silent bank-statement -- coda  +++202/6000/00196+++ 1234.56 > statement.cod
 *   npm run --silent bank-statement -- camt08 none 50.00 "Unknown payer" > unmatched.xml
 * The third argument is the amount in euros; a fourth names the payer. Each run gives a new
 * statement id, so the file imports once.
 */
import { writeCamt053 } from '../domain/banking/camt-writer';
import { writeCoda } from '../domain/banking/coda';
import { normaliseStructuredCommunication, validateStructuredCommunication } from '../domain/identifiers/structured-communication';
import { brusselsDateOf } from '../domain/time/brussels';

const [format, reference, euros, payer] = process.argv.slice(2);
if (!format || !['camt', 'camt08', 'coda'].includes(format) || !reference || !euros || !/^\d+(\.\d{1,2})?$/.test(euros)) {
  console.error('usage: npm run --silent bank-statement -- camt|camt08|coda <OGM or none> <amount in euros, e.g. 1234.56> [payer name]');
  process.exit(2);
}
let ogm: string | null = null;
if (reference !== 'none') {
  const checked = validateStructuredCommunication(reference);
  if (!checked.ok) {
    console.error(`not a structured communication: ${normaliseStructuredCommunication(reference)}`);
    process.exit(2);
  }
  ogm = checked.value.digits;
}
const [whole, fraction = ''] = euros.split('.');
const amountCents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
const today = brusselsDateOf(Date.now());
const account = process.env.COOPERATIVE_IBAN ?? 'BE68539007547034';
const stamp = Date.now().toString().slice(-6);
if (format === 'coda') {
  process.stdout.write(
    writeCoda({
      accountIban: account,
      accountHolder: 'TalentCoop SC',
      statementDate: today,
      sequence: Number(stamp.slice(-3)),
      credits: [
        {
          amountCents,
          structuredCommunication: ogm,
          freeText: ogm ? null : 'paiement',
          counterpartyName: payer ?? 'Payer',
          bookingDate: today,
          bankReference: `DEMO${stamp}`,
        },
      ],
    }),
  );
} else {
  process.stdout.write(
    writeCamt053({
      version: format === 'camt08' ? '08' : '02',
      statementId: `DEMO-${today}-${stamp}`,
      accountIban: account,
      createdAt: `${today}T09:00:00`,
      credits: [{ amountCents, structuredCommunication: ogm, debtorName: payer ?? 'Payer', bookingDate: today, reference: `E${stamp}` }],
    }),
  );
}
