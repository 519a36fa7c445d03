import type { Anomaly, DimonaRequest } from '../../domain/declarations/dimona';

/** ONSS's answer about one declaration, read some time after it was filed. */
export type DimonaState = 'pending' | 'accepted' | 'accepted-with-warnings' | 'refused';

export interface DimonaStatus {
  state: DimonaState;
  /** The ONSS period the declaration created or acted on; null while pending or when refused. */
  periodId: string | null;
  anomalies: Anomaly[];
}

/** A DmfA batch file as the ONSS batch channel takes it: its name (FI.DMFA.…) and the XML. */
export interface DmfaBatchFile {
  fileName: string;
  xml: string;
}

/** ONSS's answer to a DmfA batch: an acknowledgement, or anomalies (per natural person when it can say). */
export type DmfaAnswerState = 'pending' | 'acknowledged' | 'anomalies';

export interface DmfaAnomaly {
  /** The natural person of the file it concerns (NaturalPersonSequenceNbr), null for the whole file. */
  naturalPersonSequenceNbr: number | null;
  /** The NaturalPersonUserReference of that person, echoed (the worker code). */
  userReference: string | null;
  code: string;
  message: string;
}

export interface DmfaAnswer {
  state: DmfaAnswerState;
  anomalies: DmfaAnomaly[];
}

/**
 * The social-security declaration service, as the contract and DmfA workflows see it. Like the ONSS
 * Dimona REST API it is asynchronous: filing answers a reference at once (201 + Location),
 * and the outcome is read later with that reference. worker/ chooses the adapter: the local
 * sandbox (onss-sandbox.ts) or, later, the real ONSS client.
 */
export interface DeclarationGateway {
  /**
   * Files a Dimona. The same idempotency key always answers the same reference and never files
   * twice, so an activity can retry after a timeout without declaring the employment again.
   */
  submitDimona(request: DimonaRequest, idempotencyKey: string): Promise<{ reference: string }>;
  /** Throws an Error named 'NotFoundError' for a reference ONSS never issued. */
  dimonaStatus(reference: string): Promise<DimonaStatus>;
  /**
   * Sends a DmfA batch file. Like submitDimona: the same idempotency key answers the same
   * reference and never sends twice.
   */
  submitDmfa(file: DmfaBatchFile, idempotencyKey: string): Promise<{ reference: string }>;
  /** Throws an Error named 'NotFoundError' for a reference ONSS never issued. */
  dmfaStatus(reference: string): Promise<DmfaAnswer>;
}
