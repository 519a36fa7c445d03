import type { Anomaly, DimonaRequest } from '../../domain/declarations/dimona';

/** ONSS's answer about one declaration, read some time after it was filed. */
export type DimonaState = 'pending' | 'accepted' | 'accepted-with-warnings' | 'refused';

export interface DimonaStatus {
  state: DimonaState;
  /** The ONSS period the declaration created or acted on; null while pending or when refused. */
  periodId: string | null;
  anomalies: Anomaly[];
}

/**
 * The social-security declaration service, as the contract workflow sees it. Like the ONSS
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
}
