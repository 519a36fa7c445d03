import { randomInt, randomUUID } from 'node:crypto';
import { SIGN_IN_HASH_KINDS } from '../../domain/access/sign-in-identifiers';
import { SignInCode, Worker, type IUserAccount } from '../../db/entities';
import { queueNotification } from '../../db/notification-queue';
import type { ApiDeps } from '../deps';
import { ProblemError } from '../http/problem';
import { findAccountByPhone } from './account-records';

export const SIGN_IN_CODE_TTL_MINUTES = 10;
export const SIGN_IN_CODE_MAX_TRIES = 5;
/** Codes sent to one account per quarter of an hour, beyond which requests are quietly ignored (no SMS flood on someone's phone). */
export const SIGN_IN_CODES_PER_QUARTER_HOUR = 3;

const WORDS = {
  fr: { subject: 'Code TalentCoop', body: `Votre code TalentCoop : {secret}. Valable ${SIGN_IN_CODE_TTL_MINUTES} minutes. Ne le donnez à personne.` },
  nl: { subject: 'TalentCoop-code', body: `Uw TalentCoop-code: {secret}. ${SIGN_IN_CODE_TTL_MINUTES} minuten geldig. Geef hem aan niemand.` },
  en: { subject: 'TalentCoop code', body: `Your TalentCoop code: {secret}. Valid for ${SIGN_IN_CODE_TTL_MINUTES} minutes. Do not give it to anyone.` },
} as const;

const codeHash = (deps: ApiDeps, codeId: string, code: string) => deps.cipher.blindIndex(SIGN_IN_HASH_KINDS.code, `${codeId}:${code}`);
/** A code sent before a hash-key rotation is still checked with the key it was hashed with (it lives ten minutes). */
const codeMatches = (deps: ApiDeps, codeId: string, code: string, stored: string) =>
  deps.cipher.blindIndexCandidates(SIGN_IN_HASH_KINDS.code, `${codeId}:${code}`).includes(stored);

const canSignInByCode = (a: IUserAccount | null): a is IUserAccount => Boolean(a && a.role === 'worker' && a.worker && !a.disabledAt);

/**
 * Sends a six-digit code by SMS to the worker account this number signs in, if there is one.
 * Says nothing either way (the route always answers 202): a number cannot be probed. The code
 * is stored only as a keyed hash; the SMS goes through the outbox, which keeps the code apart
 * from the text and erases it once delivered. Nothing here logs the number or the code.
 */
export async function requestSignInCode(deps: ApiDeps, phone: string): Promise<void> {
  const em = deps.orm.em.fork();
  const account = await findAccountByPhone(em, deps.cipher, phone);
  if (!canSignInByCode(account)) return;
  const since = new Date(Date.now() - 15 * 60_000);
  if ((await em.count(SignInCode, { account: account.id, createdAt: { $gte: since } })) >= SIGN_IN_CODES_PER_QUARTER_HOUR) return;
  const worker = await em.findOne(Worker, { id: account.worker! }, { fields: ['preferredLanguage'] });
  const language = (worker?.preferredLanguage ?? 'fr') as keyof typeof WORDS;
  const id = randomUUID();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await em.transactional(async (tx) => {
    // A new code replaces the ones before: only the latest works.
    await tx.nativeUpdate(SignInCode, { account: account.id, usedAt: null }, { usedAt: new Date() });
    tx.create(SignInCode, { id, account: account.id, codeHash: codeHash(deps, id, code), expiresAt: new Date(Date.now() + SIGN_IN_CODE_TTL_MINUTES * 60_000) });
    await tx.flush();
    await queueNotification(tx, {
      key: `sign-in-code:${id}`,
      channel: 'sms',
      recipientEmail: null,
      recipientUserId: account.id,
      recipientWorkerId: account.worker!,
      language,
      kind: 'sign-in-code',
      subject: WORDS[language].subject,
      body: WORDS[language].body,
      link: code,
    });
  });
}

const refused = () =>
  new ProblemError(401, 'invalid-code', 'Wrong or expired code', 'The code is wrong, expired or already used: ask for a new one.', [
    { field: 'code', code: 'invalid-code', message: 'is wrong, expired or already used' },
  ]);

/**
 * The id of the account a code signs in. Each try counts (at most five per code, the right one included),
 * counted atomically so parallel tries cannot get more; the code is then used once. Every
 * failure gets the same answer, whether the number is unknown or the code wrong.
 */
export async function verifySignInCode(deps: ApiDeps, phone: string, code: string): Promise<string> {
  const em = deps.orm.em.fork();
  const account = await findAccountByPhone(em, deps.cipher, phone);
  if (!canSignInByCode(account)) throw refused();
  const latest = await em.findOne(SignInCode, { account: account.id, usedAt: null }, { orderBy: { createdAt: 'desc' } });
  if (!latest) throw refused();
  const conn = em.getConnection();
  const counted: unknown[] = await conn.execute(
    `update sign_in_code set attempts = attempts + 1 where id = ? and used_at is null and expires_at > now() and attempts < ? returning id`,
    [latest.id, SIGN_IN_CODE_MAX_TRIES],
  );
  if (!counted.length || !codeMatches(deps, latest.id, code, latest.codeHash)) throw refused();
  const used: unknown[] = await conn.execute(`update sign_in_code set used_at = now() where id = ? and used_at is null returning id`, [latest.id]);
  if (!used.length) throw refused();
  return account.id;
}
