import type { CalendarDate } from '../time/dates';
import type { DmfaDeclaration, DmfaOccupation, DmfaWorkerRecord } from './dmfa';
import { dmfaQuarterCode, firstDayOfQuarter, lastDayOfQuarter } from './quarter';

/**
 * Writes a DmfA as the ONSS batch XML, element order and number formats of the schema
 * DmfAOriginal 2022/3 (shared/formats/dmfa): amounts in cents padded to 11 digits, days × 100
 * on 5 digits, hours × 100, sequence numbers padded (as Odoo and the example files write them).
 */
export interface DmfaXmlOptions {
  /** When the file is made (Brussels date and time 'HH:MM:SS.mmm'): inputs, never the clock. */
  createdOn: CalendarDate;
  createdAt: string;
  /** The cooperative's own reference of this version (≤ 20 characters), echoed by ONSS. */
  reference: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const amount = (cents: number) => pad(cents, 11);

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

class XmlOut {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private depth = 0;
  open(name: string, attributes = ''): this {
    this.parts.push(`${'  '.repeat(this.depth)}<${name}${attributes}>\n`);
    this.depth++;
    return this;
  }
  close(name: string): this {
    this.depth--;
    this.parts.push(`${'  '.repeat(this.depth)}</${name}>\n`);
    return this;
  }
  leaf(name: string, value: string | number | null | undefined): this {
    if (value === null || value === undefined) return this;
    this.parts.push(`${'  '.repeat(this.depth)}<${name}>${escapeXml(String(value))}</${name}>\n`);
    return this;
  }
  toString(): string {
    return this.parts.join('');
  }
}

/** The ONSS registration number as the schema wants it: 9 digits (a leading 0 of a 10-digit form dropped). */
export function dmfaOnssNumber(onssNumber: string): string | null {
  const digits = onssNumber.replace(/\D/g, '');
  const nine = digits.length === 10 && digits.startsWith('0') ? digits.slice(1) : digits;
  return /^\d{9}$/.test(nine) && Number(nine) <= 199_999_934 ? nine : null;
}

export function writeDmfaXml(declaration: DmfaDeclaration, options: DmfaXmlOptions): string {
  const onss = dmfaOnssNumber(declaration.employer.onssNumber);
  if (!onss) throw new RangeError('The ONSS registration number must have 9 digits (at most 199999934) to be declared.');
  if (!/^\d{2}:\d{2}:\d{2}\.\d{3}$/.test(options.createdAt)) throw new RangeError('createdAt must be written HH:MM:SS.mmm');
  if (options.reference.length < 1 || options.reference.length > 20) throw new RangeError('the reference must be 1 to 20 characters');
  const out = new XmlOut();
  out.open('DmfAOriginal', ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="DmfAOriginal_20223.xsd"');
  out
    .open('Form')
    .leaf('Identification', 'DMFA')
    .leaf('FormCreationDate', options.createdOn)
    .leaf('FormCreationHour', options.createdAt)
    .leaf('AttestationStatus', 0)
    .leaf('TypeForm', 'SU');
  out.open('Reference').leaf('ReferenceType', 1).leaf('ReferenceOrigin', 1).leaf('ReferenceNbr', options.reference).close('Reference');
  out
    .open('EmployerDeclaration')
    .leaf('Quarter', dmfaQuarterCode(declaration.quarter))
    .leaf('NOSSRegistrationNbr', onss)
    .leaf('Trusteeship', 0)
    .leaf('CompanyID', declaration.employer.enterpriseNumber.replace(/\D/g, ''))
    .leaf('NetOwedAmount', pad(declaration.netOwedCents, 15));
  for (const person of declaration.naturalPersons) {
    if (!person.inss) throw new RangeError(`natural person ${person.sequenceNbr} has no INSS: the file cannot be written`);
    out
      .open('NaturalPerson')
      .leaf('NaturalPersonSequenceNbr', pad(person.sequenceNbr, 7))
      .leaf('INSS', person.inss)
      .leaf('NaturalPersonUserReference', person.userReference);
    for (const record of person.workerRecords) writeWorkerRecord(out, declaration, record);
    out.close('NaturalPerson');
  }
  out.close('EmployerDeclaration').close('Form').close('DmfAOriginal');
  return out.toString();
}

function writeWorkerRecord(out: XmlOut, declaration: DmfaDeclaration, record: DmfaWorkerRecord): void {
  out
    .open('WorkerRecord')
    .leaf('EmployerClass', record.employerClass)
    .leaf('WorkerCode', record.workerCode)
    .leaf('NOSSQuarterStartingDate', firstDayOfQuarter(declaration.quarter))
    .leaf('NOSSQuarterEndingDate', lastDayOfQuarter(declaration.quarter))
    .leaf('Border', 0);
  for (const occupation of record.occupations) writeOccupation(out, occupation);
  for (const c of record.contributions) {
    out
      .open('WorkerContribution')
      .leaf('ContributionWorkerCode', c.code)
      .leaf('ContributionType', c.type)
      .leaf('ContributionCalculationBasis', c.basisCents === null ? null : amount(c.basisCents))
      .leaf('ContributionAmount', amount(c.amountCents))
      .close('WorkerContribution');
  }
  for (const d of record.deductions) {
    out
      .open('WorkerDeduction')
      .leaf('DeductionCode', d.code)
      .leaf('DeductionCalculationBasis', d.basisCents === null ? null : amount(d.basisCents))
      .leaf('DeductionAmount', amount(d.amountCents))
      .close('WorkerDeduction');
  }
  out.close('WorkerRecord');
}

function writeOccupation(out: XmlOut, o: DmfaOccupation): void {
  out
    .open('Occupation')
    .leaf('OccupationSequenceNbr', pad(o.sequenceNbr, 2))
    .leaf('OccupationStartingDate', o.startDate)
    .leaf('OccupationEndingDate', o.endDate)
    .leaf('JointCommissionNbr', o.jointCommittee)
    .leaf('WorkingDaysSystem', o.workingDaysSystem)
    .leaf('ContractType', o.contractType)
    .leaf('RefMeanWorkingHours', pad(o.refMeanWorkingHours, 4))
    .leaf('MeanWorkingHours', pad(o.meanWorkingHours, 4))
    .leaf('Retired', 0);
  o.services.forEach((s, i) => {
    out
      .open('Service')
      .leaf('ServiceSequenceNbr', pad(i + 1, 2))
      .leaf('ServiceCode', s.code)
      .leaf('ServiceNbrDays', pad(s.days, 5))
      .leaf('ServiceNbrHours', s.hoursHundredths > 0 ? pad(s.hoursHundredths, 5) : null)
      .close('Service');
  });
  o.remunerations.forEach((r, i) => {
    out
      .open('Remun')
      .leaf('RemunSequenceNbr', pad(i + 1, 2))
      .leaf('RemunCode', r.code)
      .leaf('BonusPaymentFrequency', r.frequency === null ? null : pad(r.frequency, 2))
      .leaf('RemunAmount', amount(r.amountCents))
      .close('Remun');
  });
  for (const d of o.deductions) {
    out
      .open('OccupationDeduction')
      .leaf('DeductionCode', d.code)
      .leaf('DeductionCalculationBasis', d.basisCents === null ? null : amount(d.basisCents))
      .leaf('DeductionAmount', amount(d.amountCents))
      .close('OccupationDeduction');
  }
  out.close('Occupation');
}

/**
 * The batch file name the ONSS channel expects: FI.DMFA.<expeditor>.<YYYYMMDD>.<seq5>.<R|S|T>.1.1
 * (R real, S declaration test, T circuit test; ODOO-DMFA citing the batch directives).
 */
export function dmfaBatchFileName(expeditor: string, sentOn: CalendarDate, sequence: number, fileType: 'R' | 'S' | 'T'): string {
  if (!/^\d{1,12}$/.test(expeditor)) throw new RangeError('the expeditor number is digits only');
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 99_999) throw new RangeError('the file sequence is 0 to 99999');
  return `FI.DMFA.${expeditor}.${sentOn.replace(/-/g, '')}.${pad(sequence, 5)}.${fileType}.1.1`;
}
