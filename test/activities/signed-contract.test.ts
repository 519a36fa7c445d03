import { createHash, randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivities } from '../../activities';
import { recordAudit } from '../../db/audit';
import { UserAccount } from '../../db/entities';
import { FieldCipher, storedDocumentContent } from '../../platform/crypto/field-cipher';
import { createLogger } from '../../platform/logger';
import { keyringOf } from '../../platform/temporal';
import { buildActivityDeps } from '../../worker/create-worker';
import { testConfig } from '../support/config';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertContract, insertPlacement, insertWorker } from '../support/fixtures';

const config = testConfig();
const cipher = new FieldCipher(keyringOf(config), config.DATA_HASH_KEY);
let db: TestDatabase;
let acts: ReturnType<typeof createActivities>;

beforeAll(async () => {
  db = await createTestDatabase();
  acts = createActivities(buildActivityDeps(config, { orm: db.orm, cipher, logger: createLogger('silent'), temporal: {} as Client }));
});
afterAll(() => db?.drop());

/** The text of each page of a PDF, spaces normalised (as the contract PDF tests read it). */
async function pagesText(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/[\s\u00a0\u202f]+/g, ' '),
    );
  }
  await document.destroy();
  return pages;
}

type StoredRow = { id: string; business_key: string; version: number; supersedes: string | null; sha256: string; content_cipher: Buffer };
const documentsOf = (contractId: string) =>
  db.query<StoredRow>('select id, business_key, version, supersedes, sha256, content_cipher from stored_document where business_key like $1 order by version', [
    `contract:${contractId}%`,
  ]);
const bytesOf = (row: StoredRow) => cipher.decryptBytes(row.content_cipher, storedDocumentContent(row.id));

/** An account for a signer, with how it last signed in before signing, as the API audits it. */
async function account(
  role: 'admin' | 'worker',
  displayName: string,
  signIn: 'auth.login' | 'auth.code-sign-in' | null,
  workerId: string | null = null,
  language: string | null = null,
) {
  const em = db.orm.em.fork();
  const id = randomUUID();
  em.create(UserAccount, { id, email: `${id.slice(0, 8)}@test.coop`, role, displayName, passwordHash: 'x', employer: null, worker: workerId, language });
  if (signIn) recordAudit(em, { actor: { userId: id, role }, action: signIn, subjectType: 'user', subjectId: id });
  await em.flush();
  return { userId: id, role };
}

/** A contract with its draft stored and signed by both parties, through the same activities as the workflow. */
async function signedBothWays(
  opts: {
    language?: 'fr' | 'nl';
    workerLanguage?: string;
    accountLanguage?: string | null;
    workerSignIn?: 'auth.login' | 'auth.code-sign-in' | null;
    placed?: boolean;
  } = {},
) {
  const workerId = await insertWorker(db, { firstName: 'Amina', preferredLanguage: opts.workerLanguage ?? 'fr' });
  const contractId = await insertContract(db, workerId, { startDate: '2027-01-04', endDate: '2027-06-30' });
  if (opts.language) await db.query('update employment_contract set language = $1 where id = $2', [opts.language, contractId]);
  if (opts.placed) {
    const { placementId } = await insertPlacement(db, workerId, { startDate: '2027-01-11', endDate: '2027-03-31', status: 'accepted' });
    await db.query("update employer set legal_name = 'Résidence Les Tilleuls SRL' where id = (select employer_id from placement where id = $1)", [placementId]);
    await db.query(
      `update job_request set site_address = '{"street":"Avenue des Tilleuls","houseNumber":"5","postalCode":"1180","city":"Uccle"}' where id = (select job_request_id from placement where id = $1)`,
      [placementId],
    );
  }
  const workerActor = await account(
    'worker',
    'Amina B.',
    opts.workerSignIn === undefined ? 'auth.code-sign-in' : opts.workerSignIn,
    workerId,
    opts.accountLanguage ?? null,
  );
  const adminActor = await account('admin', 'Sophie Lambert', 'auth.login');
  await acts.prepareContractDocument({ contractId });
  const [draft] = await documentsOf(contractId);
  await acts.saveContractStatus({
    contractId,
    workerId,
    status: 'awaiting-signatures',
    signedBy: 'worker',
    actor: workerActor,
    idempotencyKey: `${contractId}:signed:worker`,
  });
  await acts.saveContractStatus({
    contractId,
    workerId,
    status: 'awaiting-signatures',
    signedBy: 'cooperative',
    actor: adminActor,
    idempotencyKey: `${contractId}:signed:cooperative`,
  });
  return { contractId, workerId, draft: draft!, draftBytes: Buffer.from(bytesOf(draft!)) };
}

describe('the signed contract', () => {
  it('is version 2: the same contract with a signature page naming both signatories, when, how, and the SHA-256 of version 1', async () => {
    const { contractId, draft, draftBytes } = await signedBothWays();
    const { documentId } = await acts.issueSignedContractDocument({ contractId });

    const [v1, v2, ...more] = await documentsOf(contractId);
    expect(more).toEqual([]);
    expect(v1).toMatchObject({ id: draft.id, version: 1, supersedes: null, business_key: `contract:${contractId}` });
    expect(v2).toMatchObject({ id: documentId, version: 2, supersedes: draft.id, business_key: `contract:${contractId}:signed` });
    // Version 1 is unchanged, and the hash printed is the hash of its bytes.
    expect(bytesOf(v1!).equals(draftBytes)).toBe(true);
    const draftHash = createHash('sha256').update(draftBytes).digest('hex');
    expect(v1!.sha256).toBe(draftHash);
    const [contract] = await db.query<{ document_id: string; signed_by_worker_at: Date }>(
      'select document_id, signed_by_worker_at from employment_contract where id = $1',
      [contractId],
    );
    expect(contract!.document_id).toBe(documentId);

    const pages = await pagesText(bytesOf(v2!));
    const draftPages = await pagesText(draftBytes);
    const signaturePage = pages.at(-1)!;
    expect(signaturePage).toContain('SIGNATURES ÉLECTRONIQUES');
    expect(signaturePage).toMatch(
      /Pour la coopérative Nom Sophie Lambert Signé le .+ \(heure de Bruxelles\) Comment dans le portail TalentCoop, avec son compte \(connexion par e-mail et mot de passe\)/,
    );
    expect(signaturePage).toMatch(
      /Le travailleur Nom Amina B\. Signé le .+ \(heure de Bruxelles\) Comment dans le portail TalentCoop, avec son compte \(connexion par code SMS\)/,
    );
    expect(signaturePage.replace(/ /g, '')).toContain(draftHash);
    // The id may wrap at any hyphen on the page: compared without the spaces the wrapping leaves, as the hash is.
    expect(signaturePage.replace(/ /g, '')).toContain(`version2ducontrat.Ilreprendletextedelaversion1(documentn°${draft.id})`);
    // The signing time is Brussels' wall clock of the recorded signature.
    const at = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      contract!.signed_by_worker_at,
    );
    expect(signaturePage).toContain(`à ${at} (heure de Bruxelles)`);
    expect(signaturePage).not.toMatch(/\b\d{1,3}(\.\d{1,3}){3}\b|IP\b|::1/);
    // The same contract text before it: every page of the draft but its footer ("page n of N") is there again.
    expect(pages).toHaveLength(draftPages.length + 1);
    for (const [i, page] of draftPages.entries()) expect(pages[i]!.replace(/page \d+ sur \d+/, '')).toBe(page.replace(/page \d+ sur \d+/, ''));
  });

  it('is issued once, however often the activity is retried or runs twice at once', async () => {
    const { contractId } = await signedBothWays();
    const answers = await Promise.all([
      acts.issueSignedContractDocument({ contractId }),
      acts.issueSignedContractDocument({ contractId }),
      acts.issueSignedContractDocument({ contractId }),
    ]);
    const again = await acts.issueSignedContractDocument({ contractId });
    const rows = await documentsOf(contractId);
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
    expect(new Set([...answers, again].map((a) => a.documentId))).toEqual(new Set([rows[1]!.id]));
  });

  it('is refused, and nothing stored, while a party has not signed', async () => {
    const workerId = await insertWorker(db);
    const contractId = await insertContract(db, workerId, { startDate: '2027-01-04', endDate: '2027-06-30' });
    await acts.prepareContractDocument({ contractId });
    await acts.saveContractStatus({
      contractId,
      workerId,
      status: 'awaiting-signatures',
      signedBy: 'worker',
      actor: { userId: randomUUID(), role: 'worker' },
      idempotencyKey: `${contractId}:signed:worker`,
    });
    await expect(acts.issueSignedContractDocument({ contractId })).rejects.toMatchObject({ name: 'NotFoundError' });
    expect((await documentsOf(contractId)).map((r) => r.version)).toEqual([1]);
  });

  it('says "with their account" when it does not know how the signer signed in', async () => {
    const { contractId } = await signedBothWays({ workerSignIn: null });
    await acts.issueSignedContractDocument({ contractId });
    const signaturePage = (await pagesText(bytesOf((await documentsOf(contractId))[1]!))).at(-1)!;
    expect(signaturePage).toMatch(/Le travailleur Nom Amina B\. Signé le .+ Comment dans le portail TalentCoop, avec son compte Document signé/);
  });

  it('names the user company and the site of the placement known at signing', async () => {
    const { contractId } = await signedBothWays({ placed: true });
    await acts.issueSignedContractDocument({ contractId });
    const text = (await pagesText(bytesOf((await documentsOf(contractId))[1]!))).join(' ');
    expect(text).toContain('Entreprise utilisatrice : Résidence Les Tilleuls SRL');
    expect(text).toContain('Lieu de travail : Avenue des Tilleuls 5, 1180 Uccle');
    expect(text).toContain('Chez Résidence Les Tilleuls SRL, Avenue des Tilleuls 5, 1180 Uccle');
    expect(text).toContain('sont ceux connus à la signature');
  });

  it('says so when the worker was not placed yet at signing', async () => {
    const { contractId } = await signedBothWays();
    await acts.issueSignedContractDocument({ contractId });
    const text = (await pagesText(bytesOf((await documentsOf(contractId))[1]!))).join(' ');
    expect(text).toContain('n’est pas encore mis à disposition d’une entreprise utilisatrice');
    expect(text).toContain('À la signature, le travailleur n’était pas encore mis à disposition');
  });
});

describe('the summary page in plain words', () => {
  it('is in Dutch for a Dutch-speaking worker', async () => {
    const { contractId } = await signedBothWays({ language: 'nl', workerLanguage: 'nl' });
    await acts.issueSignedContractDocument({ contractId });
    const pages = await pagesText(bytesOf((await documentsOf(contractId))[1]!));
    const summary = pages.at(-2)!;
    expect(summary).toContain('Uw contract in eenvoudige woorden');
    expect(summary).toContain('30 uur per week');
    expect(summary).toContain('€ 16,50 bruto per uur');
    expect(summary).toContain('Van 4 januari 2027 tot 30 juni 2027');
    expect(summary).not.toMatch(/\b(Votre|heures|Your|hours)\b/);
    expect(pages.at(-1)).toContain('ELEKTRONISCHE HANDTEKENINGEN');
  });

  it('follows the worker’s own language, even when the contract is in French', async () => {
    const { contractId } = await signedBothWays({ language: 'fr', workerLanguage: 'fr', accountLanguage: 'en' });
    const draftSummary = (await pagesText(bytesOf((await documentsOf(contractId))[0]!))).at(-1)!;
    expect(draftSummary).toContain('Your contract in plain words');
    expect(draftSummary).toContain('€16.50 gross an hour');
    expect(draftSummary).toContain('Trial period? No.');
  });
});
