import { createCipheriv, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EncryptedFieldError } from '../../platform/crypto/field-cipher';
import { freshNationalNumber } from '../support/fixtures';
import { startTestPlatform, type TestPlatform } from '../support/platform';

let platform: TestPlatform;
let admin: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = (await platform.signIn('admin')).token;
});
afterAll(() => platform?.stop());

const register = async (firstName: string, nationalNumber: string, iban: string): Promise<string> => {
  const res = await platform.http('POST', '/api/v1/workers', {
    token: admin,
    body: {
      firstName,
      displayName: `${firstName} T.`,
      preferredLanguage: 'fr',
      languagesSpoken: ['fr'],
      skills: [],
      sectorsWanted: ['care'],
      contact: {},
      nationalNumber,
      iban,
    },
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
};

/** The problem an operation of the served OpenAPI document declares for a status (the fuzzer checks answers against it). */
const documented = async (method: 'get' | 'post', path: string, status: string): Promise<{ description: string; content?: object } | undefined> =>
  (await platform.http('GET', '/openapi.json')).body.paths[`/api/v1${path}`][method].responses[status];

describe('an encrypted value is bound to its row (real PostgreSQL, the API over HTTP)', () => {
  it('an IBAN and a national number copied with SQL from one worker to another do not decrypt there: a 409 integrity alert, nothing personal anywhere', async () => {
    const aminaNiss = freshNationalNumber();
    const yonasNiss = freshNationalNumber();
    const amina = await register('Amina', aminaNiss, 'BE71096123456769');
    const yonas = await register('Yonas', yonasNiss, 'BE68539007547034');
    expect((await platform.http('GET', `/api/v1/workers/${yonas}`, { token: admin })).body.identity.iban).toBe('BE68 5390 0754 7034');

    // Someone with database access gives Yonas' file Amina's bank account and national number.
    await platform.db.query(
      `update worker set iban_cipher = a.iban_cipher, national_number_cipher = a.national_number_cipher from worker a where a.id = $1 and worker.id = $2`,
      [amina, yonas],
    );

    const res = await platform.http('GET', `/api/v1/workers/${yonas}`, { token: admin, headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'encrypted-value-integrity', title: 'Integrity alert', status: 409 });
    expect(await documented('get', '/workers/{workerId}', '409')).toMatchObject({
      description: expect.stringContaining('`encrypted-value-integrity`'),
      content: { 'application/problem+json': expect.anything() },
    });
    const told = JSON.stringify(res.body);
    for (const secret of ['BE71096123456769', '6769', 'BE68539007547034', aminaNiss, yonasNiss]) expect(told).not.toContain(secret);

    // The place is named (table, column, row), never the value; the administrators see it in their alerts.
    const alerts = (await platform.http('GET', '/api/v1/alerts?kind=encrypted-field-integrity', { token: admin })).body.alerts as Array<
      Record<string, unknown>
    >;
    const alert = alerts.find((a) => a.subjectId === yonas);
    expect(alert).toMatchObject({ kind: 'encrypted-field-integrity', severity: 'critical', subjectType: 'worker' });
    expect(alert!.message).toMatch(new RegExp(`^The encrypted worker\\.(national_number|iban)_cipher of row ${yonas} failed its integrity check`));
    const logs = platform.logLines.join('\n');
    expect(logs).toContain('encrypted value failed its integrity check');
    for (const secret of ['BE71096123456769', 'BE68539007547034', aminaNiss, yonasNiss]) {
      expect(told + JSON.stringify(alerts)).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }

    // Amina's own file still reads: the value is only refused where it does not belong.
    const own = await platform.http('GET', `/api/v1/workers/${amina}`, { token: admin });
    expect(own.status).toBe(200);
    expect(own.body.identity.iban).toBe('BE71 0961 2345 6769');

    // The same refusal below the API, for the worker's national number.
    const [row] = await platform.db.query<{ national_number_cipher: string }>('select national_number_cipher from worker where id = $1', [yonas]);
    const read = () => platform.deps.cipher.decrypt(row!.national_number_cipher, { table: 'worker', column: 'national_number_cipher', id: yonas });
    expect(read).toThrow(EncryptedFieldError);
    expect(read).toThrow(`the encrypted worker.national_number_cipher of row ${yonas} failed its integrity check`);
  });
});

describe('an unreadable value met by a process the request waits for', () => {
  it("a 281.10 asked for a worker whose national number was copied from another's answers the same 409 at once, with the alert, and the process is not retried", async () => {
    const salmaNiss = freshNationalNumber();
    const salma = await register('Salma', salmaNiss, 'BE71096123456769');
    const idris = await register('Idris', freshNationalNumber(), 'BE68539007547034');
    await platform.db.query('update worker set national_number_cipher = s.national_number_cipher from worker s where s.id = $1 and worker.id = $2', [
      salma,
      idris,
    ]);

    const started = Date.now();
    const res = await platform.http('POST', `/api/v1/workers/${idris}/tax-forms/281-10/2025/documents`, { token: admin });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'encrypted-value-integrity', status: 409 });
    expect((await documented('post', '/workers/{workerId}/tax-forms/281-10/{year}/documents', '409'))?.description).toContain('`encrypted-value-integrity`');
    // Not retried: the answer comes from the first attempt, not after a retry policy gave up.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(JSON.stringify(res.body)).not.toContain(salmaNiss);

    const alerts = (await platform.http('GET', '/api/v1/alerts?kind=encrypted-field-integrity', { token: admin })).body.alerts as Array<
      Record<string, unknown>
    >;
    expect(alerts.filter((a) => a.subjectId === idris)).toEqual([
      expect.objectContaining({
        subjectType: 'worker',
        severity: 'critical',
        message: `The encrypted worker.national_number_cipher of row ${idris} failed its integrity check: it was altered, or copied from another row or column. Restore it from a backup or record it again.`,
      }),
    ]);
    expect(await platform.db.query(`select count(*)::int as n from stored_document where worker_id = $1`, [idris])).toEqual([{ n: 0 }]);
  });
});

/** An IBAN as the release before the binding wrote it (no associated data), under a platform's active key: a copy from an old dump. */
function unboundV1(on: TestPlatform, clear: string): string {
  const keyId = on.config.DATA_ENCRYPTION_ACTIVE_KEY_ID;
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', on.config.DATA_ENCRYPTION_KEYS.get(keyId)!, iv);
  const ct = Buffer.concat([c.update(clear, 'utf8'), c.final()]);
  return ['v1', keyId, iv.toString('base64url'), c.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
}

describe('v1 values once the rotation has run (ENCRYPTION_ACCEPT_V1=false)', () => {
  it('an IBAN planted in the unbound v1 format reads while v1 is accepted, and answers the 409 with its alert once it is not', async () => {
    const jonas = await register('Jonas', freshNationalNumber(), 'BE68539007547034');
    await platform.db.query('update worker set iban_cipher = $1 where id = $2', [unboundV1(platform, 'BE71096123456769'), jonas]);
    expect((await platform.http('GET', `/api/v1/workers/${jonas}`, { token: admin })).body.identity.iban).toBe('BE71 0961 2345 6769');

    const strict = await startTestPlatform({ ENCRYPTION_ACCEPT_V1: 'false' });
    try {
      const strictAdmin = (await strict.signIn('admin')).token;
      const registered = async (firstName: string) => {
        const res = await strict.http('POST', '/api/v1/workers', {
          token: strictAdmin,
          body: {
            firstName,
            displayName: `${firstName} T.`,
            preferredLanguage: 'fr',
            languagesSpoken: ['fr'],
            skills: [],
            sectorsWanted: ['care'],
            contact: {},
            iban: 'BE68539007547034',
          },
        });
        expect(res.status).toBe(201);
        return res.body.id as string;
      };
      const planted = await registered('Jonas');
      const untouched = await registered('Nadia');
      await strict.db.query('update worker set iban_cipher = $1 where id = $2', [unboundV1(strict, 'BE71096123456769'), planted]);

      const res = await strict.http('GET', `/api/v1/workers/${planted}`, { token: strictAdmin });
      expect(res.status).toBe(409);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ code: 'encrypted-value-integrity', status: 409 });
      expect(JSON.stringify(res.body)).not.toContain('6769');
      const alerts = (await strict.http('GET', '/api/v1/alerts?kind=encrypted-field-integrity', { token: strictAdmin })).body.alerts as Array<
        Record<string, unknown>
      >;
      expect(alerts).toEqual([
        expect.objectContaining({
          subjectType: 'worker',
          subjectId: planted,
          severity: 'critical',
          message: `The encrypted worker.iban_cipher of row ${planted} is in the v1 format, which is no longer accepted (ENCRYPTION_ACCEPT_V1=false): the key rotation rewrote every value, so this one was planted or restored from before it. Restore it from a backup or record it again.`,
        }),
      ]);
      // Values in the bound format read as before.
      const own = await strict.http('GET', `/api/v1/workers/${untouched}`, { token: strictAdmin });
      expect(own.status).toBe(200);
      expect(own.body.identity.iban).toBe('BE68 5390 0754 7034');
    } finally {
      await strict.stop();
    }
  });
});
