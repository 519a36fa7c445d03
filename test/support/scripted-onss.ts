import type { DimonaAction, DimonaRequest } from '../../domain/declarations/dimona';
import { dimonaActionOf } from '../../domain/declarations/dimona';
import type { DeclarationGateway, DimonaStatus, DmfaAnswer, DmfaBatchFile } from '../../activities/gateways/declaration-gateway';

/**
 * A typed stand-in for ONSS where the point of a test is the flow: the test decides when and
 * how ONSS answers. It keeps the real contract of the port: same key, same reference.
 */
export class ScriptedOnss implements DeclarationGateway {
  readonly filed: { action: DimonaAction; key: string; request: DimonaRequest }[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly answers = new Map<string, DimonaStatus>();
  /** What ONSS answers to the next filing of each action, until the test changes it. */
  next: Record<DimonaAction, DimonaStatus['state']> = { IN: 'accepted', OUT: 'accepted', CANCEL: 'accepted' };

  async submitDimona(request: DimonaRequest, key: string) {
    const known = this.byKey.get(key);
    if (known) return { reference: known };
    const action = dimonaActionOf(request);
    const reference = `REF-${this.filed.length + 1}`;
    this.filed.push({ action, key, request });
    this.byKey.set(key, reference);
    this.answer(reference, this.next[action]);
    return { reference };
  }

  async dimonaStatus(reference: string): Promise<DimonaStatus> {
    const answer = this.answers.get(reference);
    if (!answer) throw Object.assign(new Error(`unknown reference ${reference}`), { name: 'NotFoundError' });
    return answer;
  }

  /** Makes ONSS answer `state` for a reference (e.g. after leaving it pending for a while). */
  answer(reference: string, state: DimonaStatus['state']) {
    this.answers.set(reference, {
      state,
      periodId: state === 'accepted' || state === 'accepted-with-warnings' ? `PERIOD-${reference}` : null,
      anomalies: state === 'refused' ? [{ code: 'ssin-unknown', field: 'worker.ssin', severity: 'blocking', message: 'unknown INSZ' }] : [],
    } as DimonaStatus);
  }

  /** DmfA files received, by idempotency key; each is acknowledged unless the test says otherwise. */
  readonly dmfaFiles: { key: string; file: DmfaBatchFile }[] = [];
  nextDmfa: DmfaAnswer = { state: 'acknowledged', anomalies: [] };
  private readonly dmfaAnswers = new Map<string, DmfaAnswer>();

  async submitDmfa(file: DmfaBatchFile, key: string) {
    const known = this.byKey.get(key);
    if (known) return { reference: known };
    const reference = `DMFA-${this.dmfaFiles.length + 1}`;
    this.dmfaFiles.push({ key, file });
    this.byKey.set(key, reference);
    this.dmfaAnswers.set(reference, this.nextDmfa);
    return { reference };
  }

  async dmfaStatus(reference: string): Promise<DmfaAnswer> {
    const answer = this.dmfaAnswers.get(reference);
    if (!answer) throw Object.assign(new Error(`unknown reference ${reference}`), { name: 'NotFoundError' });
    return answer;
  }

  referenceOf(action: DimonaAction): string | undefined {
    return [...this.byKey.entries()].find(([key]) => key.endsWith(`:${action}`))?.[1];
  }
}
