import { execFile } from 'node:child_process';
import { createCipheriv, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_HASH_KINDS } from '../../domain/access/sign-in-identifiers';
import { FieldCipher } from '../../platform/crypto/field-cipher';
import { rotateEncryptedData } from '../../scripts/lib/key-rotation';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freshNationalNumber, insertWorker } from '../support/fixtures';

const run = promisify(execFile);

// Key A and hash key hA are those of the previous release; B and hB replace them.
const keyA = randomBytes(32);
const keyB = randomBytes(32);
const hashA = randomBytes(32);
const hashB = randomBytes(32);
const b64 = (b: Buffer) => b.toString('base64');

/** What the previous release wrote: "v1.…" without associated data, and bare keyed hashes. */
const v1 = (clear: string) => {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', keyA, iv);
  const ct = Buffer.concat([c.update(clear, 'utf8'), c.final()]);
  return ['v1', 'kA', iv.toString('base64url'), c.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
};
const v1Bytes = (clear: Buffer) => {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', keyA, iv);
  const ct = Buffer.concat([c.update(clear), c.final()]);
  return Buffer.concat([Buffer.from('v1'), Buffer.from([2]), Buffer.from('kA'), iv, c.getAuthTag(), ct]);
};
const bareHash = (kind: string, clear: string) => createHmac('sha256', hashA).update(`${kind}\u0000${clear}`).digest('base64url');

/** The keyring after the rotation, without key A nor hash key hA. */
const afterwards = new FieldCipher({ activeKeyId: 'kB', keys: new Map([['kB', keyB]]) }, { activeKeyId: 'hB', keys: new Map([['hB', hashB]]) });
/** The keyring during the rotation: B active, A still there to read. */
const during = new FieldCipher(
  {
    activeKeyId: 'kB',
    keys: new Map([
      ['kA', keyA],
      ['kB', keyB],
    ]),
  },
  {
    activeKeyId: 'hB',
    keys: new Map([
      ['hA', hashA],
      ['hB', hashB],
    ]),
  },
);

let db: TestDatabase;
const niss = freshNationalNumber();
const seeded = { workerId: '', accountId: '', documentId: '', situationId: '' };

beforeAll(async () => {
  db = await createTestDatabase();
  seeded.workerId = await insertWorker(db);
  await db.query(
    `update worker set national_number_cipher = $1, national_number_hash = $2, iban_cipher = $3, address_cipher = $4, contact_email_cipher = $5 where id = $6`,
    [v1(niss), bareHash('niss', niss), v1('BE68539007547034'), v1('{"street":"Rue Secrète","city":"Bruxelles"}'), v1('amina@example.org'), seeded.workerId],
  );
  seeded.accountId = randomUUID();
  await db.query(
    `insert into user_account (id, email, email_cipher, email_hash, password_hash, role, display_name, worker_id, created_at, session_version)
     values ($1, null, $2, $3, 'x', 'worker', 'Amina B.', $4, now(), 0)`,
    [seeded.accountId, v1('amina@example.org'), bareHash(SIGN_IN_HASH_KINDS.email, 'amina@example.org'), seeded.workerId],
  );
  seeded.documentId = randomUUID();
  await db.query(
    `insert into stored_document (id, kind, business_key, worker_id, file_name, content_type, language, content_cipher, sha256, size_bytes, created_at)
     values ($1, 'employment-contract', $2, $3, 'contract.pdf', 'application/pdf', 'fr', $4, 'x', 20, now())`,
    [seeded.documentId, `contract:${seeded.documentId}`, seeded.workerId, v1Bytes(Buffer.from(`%PDF contract ${niss}`))],
  );
  seeded.situationId = randomUUID();
  await db.query(
    `insert into worker_tax_situation (id, worker_id, effective_from, situation_cipher, status, recorded_by, recorded_by_role, recorded_at, confirmed_by, confirmed_at)
     values ($1, $2, '2026-01-01', $3, 'confirmed', 'test', 'admin', now(), 'test', now())`,
    [seeded.situationId, seeded.workerId, v1('{"family":"single","dependentChildren":2}')],
  );
  // Twelve more workers, so the command works through several batches.
  for (let i = 0; i < 12; i++) {
    const id = await insertWorker(db);
    await db.query('update worker set iban_cipher = $1 where id = $2', [v1('BE71096123456769'), id]);
  }
});
afterAll(() => db?.drop());

const env = (keys: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATABASE_URL: db.url,
  AUTH_TOKEN_SECRET: b64(randomBytes(32)),
  DATA_ENCRYPTION_KEYS: keys,
  DATA_ENCRYPTION_ACTIVE_KEY_ID: 'kB',
  DATA_HASH_KEY: b64(hashB),
  DATA_HASH_KEY_ID: 'hB',
  DATA_HASH_PREVIOUS_KEYS: `hA:${b64(hashA)}`,
  ...extra,
});
const rotate = (keys = `kA:${b64(keyA)},kB:${b64(keyB)}`, extra: Record<string, string> = {}) =>
  run('npx', ['tsx', 'scripts/crypto-rotate.ts', '--batch-size', '5'], { env: env(keys, extra), cwd: process.cwd() });

describe('npm run crypto:rotate (real PostgreSQL)', () => {
  it('re-encrypts v1 values of key A with key B bound to their rows, rehashes into the current version, prints counts and nothing personal; after it key A can go', async () => {
    // Before: without key A nothing reads, and the old hash is found only through the previous hash key.
    const [before] = await db.query<{ iban_cipher: string }>('select iban_cipher from worker where id = $1', [seeded.workerId]);
    expect(() => afterwards.decrypt(before!.iban_cipher, { table: 'worker', column: 'iban_cipher', id: seeded.workerId })).toThrow(/not in the keyring/);

    const { stdout } = await rotate();
    expect(stdout).toMatch(/worker\.iban_cipher\s+encrypted\s+13 rewritten\s+0 already current/);
    expect(stdout).toMatch(/worker\.national_number_cipher\s+encrypted\s+1 rewritten/);
    expect(stdout).toMatch(/worker\.national_number_hash\s+keyed hash\s+1 rewritten/);
    expect(stdout).toMatch(/user_account\.email_hash\s+keyed hash\s+1 rewritten/);
    expect(stdout).toMatch(/stored_document\.content_cipher\s+encrypted\s+1 rewritten/);
    expect(stdout).toMatch(/worker_tax_situation\.situation_cipher\s+encrypted\s+1 rewritten/);
    expect(stdout).toContain('Done: 21 value(s) rewritten.');
    expect(stdout).toContain('No value is left in the unbound v1 format: it is now safe to set ENCRYPTION_ACCEPT_V1=false');
    for (const secret of [niss, 'BE68539007547034', 'BE71096123456769', 'amina@example.org', 'Secrète']) expect(stdout).not.toContain(secret);

    // After: a keyring without key A nor hash key hA reads and finds everything.
    const [w] = await db.query<Record<string, string>>('select * from worker where id = $1', [seeded.workerId]);
    const field = (column: 'iban_cipher' | 'national_number_cipher' | 'address_cipher' | 'contact_email_cipher') => ({
      table: 'worker' as const,
      column,
      id: seeded.workerId,
    });
    expect(w!.iban_cipher!.startsWith('v2.kB.')).toBe(true);
    expect(afterwards.decrypt(w!.iban_cipher!, field('iban_cipher'))).toBe('BE68539007547034');
    expect(afterwards.decrypt(w!.national_number_cipher!, field('national_number_cipher'))).toBe(niss);
    expect(afterwards.decrypt(w!.address_cipher!, field('address_cipher'))).toContain('Rue Secrète');
    expect(afterwards.decrypt(w!.contact_email_cipher!, field('contact_email_cipher'))).toBe('amina@example.org');
    const found = await db.query('select id from worker where national_number_hash = any($1)', [afterwards.blindIndexCandidates('niss', niss)]);
    expect(found).toEqual([{ id: seeded.workerId }]);
    const [account] = await db.query<Record<string, string>>('select * from user_account where id = $1', [seeded.accountId]);
    expect(account!.email_hash).toBe(afterwards.blindIndex(SIGN_IN_HASH_KINDS.email, 'amina@example.org'));
    expect(afterwards.decrypt(account!.email_cipher!, { table: 'user_account', column: 'email_cipher', id: seeded.accountId })).toBe('amina@example.org');
    const [doc] = await db.query<{ content_cipher: Buffer; file_name: string }>('select content_cipher, file_name from stored_document where id = $1', [
      seeded.documentId,
    ]);
    expect(afterwards.decryptBytes(doc!.content_cipher, { table: 'stored_document', column: 'content_cipher', id: seeded.documentId }).toString()).toBe(
      `%PDF contract ${niss}`,
    );
    expect(doc!.file_name).toBe('contract.pdf');
    const [situation] = await db.query<{ situation_cipher: string }>('select situation_cipher from worker_tax_situation where id = $1', [seeded.situationId]);
    expect(
      JSON.parse(afterwards.decrypt(situation!.situation_cipher, { table: 'worker_tax_situation', column: 'situation_cipher', id: seeded.situationId })),
    ).toEqual({ family: 'single', dependentChildren: 2 });

    // Run again with key A gone from the keyring: nothing left to do.
    const again = await rotate(`kB:${b64(keyB)}`);
    expect(again.stdout).toContain('Done: 0 value(s) rewritten.');
    expect(again.stdout).toMatch(/worker\.iban_cipher\s+encrypted\s+0 rewritten\s+13 already current/);
  });

  it('immutable tables still refuse every other change: only a rotation that changes encrypted columns alone gets through', async () => {
    const newContent = during.encryptBytes(Buffer.from('%PDF other'), { table: 'stored_document', column: 'content_cipher', id: seeded.documentId });
    await expect(db.query('update stored_document set content_cipher = $1 where id = $2', [newContent, seeded.documentId])).rejects.toThrow(
      'an issued document is immutable',
    );
    await expect(
      db.orm.em.fork().transactional(async (tx) => {
        const conn = tx.getConnection();
        await conn.execute(`set local talentcoop.key_rotation = 'on'`, [], 'run', tx.getTransactionContext());
        await conn.execute(`update stored_document set file_name = 'other.pdf' where id = ?`, [seeded.documentId], 'run', tx.getTransactionContext());
      }),
    ).rejects.toThrow('an issued document is immutable');
    await expect(db.query(`update worker_tax_situation set effective_from = '2025-01-01' where id = $1`, [seeded.situationId])).rejects.toThrow(
      'a tax situation is history',
    );
  });

  it('is transactional per batch and resumable: a run stopped after its first batch leaves that batch done and the next run finishes the rest', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = await insertWorker(db);
      await db.query('update worker set iban_cipher = $1 where id = $2', [v1('BE71096123456769'), id]);
      ids.push(id);
    }
    let batches = 0;
    await expect(
      rotateEncryptedData(db.orm, during, {
        batchSize: 2,
        onBatch: (table) => {
          if (table === 'worker' && ++batches === 1) throw new Error('stopped');
        },
      }),
    ).rejects.toThrow('stopped');
    const stale = await db.query(`select count(*)::int as n from worker where iban_cipher like 'v1.%'`);
    expect(stale).toEqual([{ n: 2 }]);
    const report = await rotateEncryptedData(db.orm, during, { batchSize: 2 });
    expect(report.columns.find((c) => c.table === 'worker' && c.column === 'iban_cipher')).toMatchObject({ rewritten: 2, alreadyCurrent: 15, unreadable: 0 });
    expect(await db.query(`select count(*)::int as n from worker where iban_cipher like 'v1.%'`)).toEqual([{ n: 0 }]);
  });

  it('a value copied into another row is left as it is, counted as unreadable and raised as an alert; the command exits non-zero and says to keep the old keys', async () => {
    // Written under key A in the v2 format (bound to its row), then copied with SQL to another worker.
    const beforeRotation = new FieldCipher({ activeKeyId: 'kA', keys: new Map([['kA', keyA]]) }, hashA);
    const owner = await insertWorker(db);
    const victim = await insertWorker(db);
    await db.query('update worker set iban_cipher = $1 where id = $2', [
      beforeRotation.encrypt('BE68539007547034', { table: 'worker', column: 'iban_cipher', id: owner }),
      owner,
    ]);
    await db.query('update worker set iban_cipher = (select iban_cipher from worker where id = $1) where id = $2', [owner, victim]);
    const failed = await rotate().then(
      () => null,
      (err: { code: number; stdout: string }) => err,
    );
    expect(failed?.code).toBe(1);
    expect(failed!.stdout).toMatch(/worker\.iban_cipher\s+encrypted\s+1 rewritten\s+\d+ already current, 1 unreadable/);
    expect(failed!.stdout).toContain('keep the old keys');
    expect(failed!.stdout).not.toContain('ENCRYPTION_ACCEPT_V1');
    expect(failed!.stdout).not.toContain('BE68539007547034');
    const alerts = await db.query('select kind, subject_type, subject_id, message from alert');
    expect(alerts).toEqual([expect.objectContaining({ kind: 'encrypted-field-integrity', subject_type: 'worker', subject_id: victim })]);
  });

  it('with ENCRYPTION_ACCEPT_V1=false, a v1 value planted after the rotation is refused, alerted and left as it is, not bound to its new row', async () => {
    // A copy from an old dump, made under the key still in use: without associated data, nothing ties it to a row.
    const planted = (() => {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', keyB, iv);
      const ct = Buffer.concat([c.update('{"street":"Rue Ancienne","city":"Bruxelles"}', 'utf8'), c.final()]);
      return ['v1', 'kB', iv.toString('base64url'), c.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
    })();
    const target = await insertWorker(db);
    await db.query('update worker set address_cipher = $1 where id = $2', [planted, target]);

    const failed = await rotate(`kB:${b64(keyB)}`, { ENCRYPTION_ACCEPT_V1: 'false' }).then(
      () => null,
      (err: { code: number; stdout: string }) => err,
    );
    expect(failed?.code).toBe(1);
    expect(failed!.stdout).toMatch(/worker\.address_cipher\s+encrypted\s+0 rewritten\s+\d+ already current, 1 unreadable/);
    expect(failed!.stdout).not.toContain('Rue Ancienne');
    const [row] = await db.query<{ address_cipher: string }>('select address_cipher from worker where id = $1', [target]);
    expect(row!.address_cipher).toBe(planted);
    const alerts = await db.query<{ idempotency_key: string; message: string }>(
      `select idempotency_key, message from alert where kind = 'encrypted-field-integrity' and subject_id = $1`,
      [target],
    );
    expect(alerts).toEqual([
      {
        idempotency_key: `encrypted-field-integrity:worker:address_cipher:${target}:unbound-format-refused`,
        message: expect.stringMatching(
          /^The encrypted worker\.address_cipher of row .+ is in the v1 format, which is no longer accepted \(ENCRYPTION_ACCEPT_V1=false\)/,
        ),
      },
    ]);
  });
});
