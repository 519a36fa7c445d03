import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { FieldCipher } from '../platform/crypto/field-cipher';
import type { TokenSigner } from '../platform/crypto/tokens';
import type { DeclarationGateway } from './gateways/declaration-gateway';
import type { Mailer } from './gateways/mailer';
import type { SmsSender } from './gateways/sms';
import type { InvoiceDeliveryGateway } from './gateways/invoice-delivery';

/** The legal employer, as contracts and declarations name it. */
export interface CooperativeIdentity {
  name: string;
  enterpriseNumber: string;
  onssNumber: string;
  address: string;
}

/** Signed single-use links sent to people without an account (timesheet approval). */
export interface LinkIssuer {
  signer: TokenSigner;
  /** Where the API is reached from outside, for the links in messages. */
  baseUrl: string;
  ttlSeconds: number;
}

/** What activities may ask of other processes (through Temporal, by the worker's client). */
export interface ProcessControl {
  endContract(input: { contractId: string; endedOn: string; reason: string }): Promise<void>;
  /** Asks a placement to check its legal gates now (something they depend on changed). */
  recheckPlacementGates(input: { placementId: string }): Promise<void>;
}

/** What activities need from the outside world; worker/ builds the real ones, tests pass fakes. */
export interface ActivityDeps {
  orm: MikroORM;
  cipher: FieldCipher;
  logger: Logger;
  cooperative: CooperativeIdentity;
  declarations: DeclarationGateway;
  links: LinkIssuer;
  processes: ProcessControl;
  /** The e-mail port (SMTP; the local mail catcher in development). */
  mailer: Mailer;
  /** The SMS port (the local mail catcher in development). */
  sms: SmsSender;
  invoicing: InvoicingDeps;
  /** Threads that render payslip PDFs in a payroll run (`PDF_RENDER_THREADS`); absent or 0: the activity's own thread. */
  pdfRenderThreads?: number;
}

/** The account employers pay into (on every invoice) and how issued invoices reach them. */
export interface InvoicingDeps {
  iban: string;
  bic: string;
  delivery: InvoiceDeliveryGateway;
}
