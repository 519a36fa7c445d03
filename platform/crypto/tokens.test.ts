import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { audienceOf, keyIdOf, TokenSigner, tokenTypeOf, type TokenSecrets } from './tokens';

const secret = () => randomBytes(32);
const session1 = secret(),
  session2 = secret(),
  approval1 = secret(),
  invitation1 = secret(),
  shared1 = secret(),
  shared2 = secret();
const own = (session = session1, previous: Buffer[] = []): TokenSecrets => ({
  perPurpose: { access: { secret: session, previous }, 'timesheet-approval': { secret: approval1 }, 'set-password': { secret: invitation1 } },
});
const claims = { sub: 'user-1', purpose: 'access', role: 'admin' };
const b64json = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const partsOf = (token: string) => {
  const [h, b, s] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(h!, 'base64url').toString()) as Record<string, unknown>,
    body: JSON.parse(Buffer.from(b!, 'base64url').toString()) as Record<string, unknown>,
    sig: s!,
  };
};
/** A token of the hand-written format that preceded jose: `typ: JWT`, no audience, HMAC over header.body. */
const handWritten = (header: Record<string, unknown>, body: Record<string, unknown>, key: Buffer) => {
  const signed = `${b64json(header)}.${b64json(body)}`;
  return `${signed}.${createHmac('sha256', key).update(signed).digest('base64url')}`;
};
const purposeKeyOf = (s: Buffer, purpose: string) => createHmac('sha256', s).update(`talentcoop-token:${purpose}`).digest();
const b64 = (b: Buffer) => b.toString('base64');
const testConfig = (overrides: Record<string, string> = {}) =>
  loadConfig({
    NODE_ENV: 'test',
    DATA_ENCRYPTION_KEYS: `k1:${b64(secret())}`,
    DATA_ENCRYPTION_ACTIVE_KEY_ID: 'k1',
    DATA_HASH_KEY: b64(secret()),
    AUTH_SESSION_SECRET: b64(session1),
    AUTH_APPROVAL_LINK_SECRET: b64(approval1),
    AUTH_INVITATION_SECRET: b64(invitation1),
    ...overrides,
  });
const nowS = () => Math.floor(Date.now() / 1000);

describe.shuffle('signed tokens', () => {
  it('name their type, audience and key, and verify for their own purpose only', async () => {
    const signer = new TokenSigner(own());
    const token = await signer.sign(claims, 60);
    const { header, body } = partsOf(token);
    expect(header).toEqual({ alg: 'HS256', typ: tokenTypeOf('access'), kid: keyIdOf(session1) });
    expect(body).toMatchObject({ sub: 'user-1', purpose: 'access', aud: audienceOf('access'), iss: 'talentcoop' });
    expect(body.exp).toBe((body.iat as number) + 60);
    expect(await signer.verify(token, 'access')).toMatchObject({ sub: 'user-1', role: 'admin' });
  });

  it('a session token does not verify as an approval link or an invitation', async () => {
    const signer = new TokenSigner(own());
    const session = await signer.sign(claims, 60);
    expect(await signer.check(session, 'timesheet-approval')).toEqual({ ok: false, reason: 'invalid' });
    expect(await signer.verify(session, 'set-password')).toBeNull();
  });

  it('a session token does not verify as an approval link even when both purposes were given the same secret', async () => {
    const same = new TokenSigner({
      perPurpose: { access: { secret: session1 }, 'timesheet-approval': { secret: session1 }, 'set-password': { secret: invitation1 } },
    });
    const session = await same.sign(claims, 60);
    expect(await same.verify(session, 'access')).not.toBeNull();
    expect(await same.verify(session, 'timesheet-approval')).toBeNull();
    // Rewriting the purpose claim breaks the signature; the type and audience still say "access".
    const { sig } = partsOf(session);
    const [h, _b] = session.split('.');
    const rewritten = `${h}.${b64json({ ...partsOf(session).body, purpose: 'timesheet-approval' })}.${sig}`;
    expect(await same.verify(rewritten, 'timesheet-approval')).toBeNull();
  });

  it('survive a rotation while the old secret is kept as previous, and not once it is dropped', async () => {
    const before = await new TokenSigner(own(session1)).sign(claims, 60);
    const rotated = new TokenSigner(own(session2, [session1]));
    expect(await rotated.verify(before, 'access')).toMatchObject({ sub: 'user-1' });
    const after = await rotated.sign(claims, 60);
    expect(partsOf(after).header.kid).toBe(keyIdOf(session2));
    expect(await new TokenSigner(own(session2)).verify(before, 'access')).toBeNull();
    expect(await new TokenSigner(own(session1)).verify(after, 'access')).toBeNull();
  });

  it('rotating one purpose leaves the others alone', async () => {
    const link = await new TokenSigner(own(session1)).sign({ sub: 'ts-1', purpose: 'timesheet-approval', jti: 'j' }, 60);
    expect(await new TokenSigner(own(session2)).verify(link, 'timesheet-approval')).toMatchObject({ sub: 'ts-1' });
  });

  it('refuse an unknown key id, another algorithm, another type and a malformed header', async () => {
    const signer = new TokenSigner(own());
    const token = await signer.sign(claims, 60);
    const { header, sig } = partsOf(token);
    const body = token.split('.')[1];
    for (const h of [
      { ...header, kid: 'nope' },
      { ...header, kid: undefined },
      { ...header, alg: 'none' },
      { ...header, alg: 'HS512' },
      { ...header, typ: tokenTypeOf('set-password') },
    ]) {
      expect(await signer.verify(`${b64json(h)}.${body}.${sig}`, 'access')).toBeNull();
    }
    // An unknown key id is refused even when the signature is good.
    expect(await signer.verify(handWritten({ ...header, kid: 'ffffffffffffffff' }, partsOf(token).body, session1), 'access')).toBeNull();
    for (const bad of [`!!.${body}.${sig}`, 'not-a-token', `${token.split('.')[0]}.${body}`, '']) expect(await signer.verify(bad, 'access')).toBeNull();
  });

  it('refuse a tampered token: a changed claim or signature', async () => {
    const signer = new TokenSigner(own());
    const token = await signer.sign(claims, 60);
    const [h, b, s] = token.split('.');
    expect(await signer.verify(`${h}.${b64json({ ...partsOf(token).body, role: 'worker' })}.${s}`, 'access')).toBeNull();
    expect(await signer.verify(`${h}.${b}.${s!.slice(0, -2)}${s!.endsWith('AA') ? 'BA' : 'AA'}`, 'access')).toBeNull();
  });

  it('say an expired token is expired, and a forged expired token invalid', async () => {
    const signer = new TokenSigner(own());
    const token = await signer.sign(claims, 60, Date.now() - 3_600_000);
    expect(await signer.check(token, 'access')).toEqual({ ok: false, reason: 'expired' });
    const forged = await new TokenSigner(own(session2)).sign(claims, 60, Date.now() - 3_600_000);
    expect(await signer.check(forged, 'access')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('derive a key per purpose from the shared secret when a purpose has none of its own', async () => {
    const signer = new TokenSigner({ shared: { secret: shared1 } });
    const session = await signer.sign(claims, 60);
    expect(partsOf(session).header.kid).toBe(keyIdOf(purposeKeyOf(shared1, 'access')));
    expect(await signer.verify(session, 'access')).not.toBeNull();
    expect(await signer.verify(session, 'timesheet-approval')).toBeNull();
    // The shared secret rotates like the others.
    expect(await new TokenSigner({ shared: { secret: shared2, previous: [shared1] } }).verify(session, 'access')).not.toBeNull();
    expect(await new TokenSigner({ shared: { secret: shared2 } }).verify(session, 'access')).toBeNull();
    expect(() => new TokenSigner({ perPurpose: { access: { secret: session1 } } })).toThrow(/No secret for tokens of purpose/);
  });

  describe('tokens issued before jose (the transition)', () => {
    const legacyBody = (purpose: string, exp = nowS() + 60) => ({ sub: 'ts-1', purpose, jti: 'j', iat: nowS(), exp });

    it('a link with the key id of AUTH_TOKEN_SECRET still verifies once the purpose has its own secret, for its purpose only', async () => {
      const link = handWritten(
        { alg: 'HS256', typ: 'JWT', kid: keyIdOf(shared1) },
        legacyBody('timesheet-approval'),
        purposeKeyOf(shared1, 'timesheet-approval'),
      );
      const signer = new TokenSigner({ ...own(), shared: { secret: shared1 } });
      expect(await signer.verify(link, 'timesheet-approval')).toMatchObject({ sub: 'ts-1' });
      expect(await signer.verify(link, 'access')).toBeNull();
      // Kept as a previous shared secret, it still verifies; once AUTH_TOKEN_SECRET is gone, it does not.
      expect(await new TokenSigner({ ...own(), shared: { secret: shared2, previous: [shared1] } }).verify(link, 'timesheet-approval')).not.toBeNull();
      expect(await new TokenSigner(own()).verify(link, 'timesheet-approval')).toBeNull();
    });

    it('a token without key id, signed with the shared secret itself, verifies until it expires', async () => {
      const signer = new TokenSigner({ ...own(), shared: { secret: shared1 } });
      const token = handWritten({ alg: 'HS256', typ: 'JWT' }, legacyBody('access'), shared1);
      expect(await signer.verify(token, 'access')).toMatchObject({ sub: 'ts-1' });
      expect(await signer.verify(token, 'set-password')).toBeNull();
      expect(await new TokenSigner({ ...own(), shared: { secret: shared2, previous: [shared1] } }).verify(token, 'access')).toBeNull();
      const expired = handWritten({ alg: 'HS256', typ: 'JWT' }, legacyBody('access', nowS() - 1), shared1);
      expect(await signer.check(expired, 'access')).toEqual({ ok: false, reason: 'expired' });
    });

    it('a legacy-format token signed with a purpose secret is refused (only the shared secret signed that format)', async () => {
      const token = handWritten({ alg: 'HS256', typ: 'JWT', kid: keyIdOf(session1) }, legacyBody('access'), session1);
      expect(await new TokenSigner({ ...own(), shared: { secret: shared1 } }).verify(token, 'access')).toBeNull();
    });
  });

  it('are signed from the configuration: each purpose with its own secret', async () => {
    const config = testConfig();
    const signer = TokenSigner.fromConfig(config);
    const session = await signer.sign(claims, 60);
    expect(partsOf(session).header.kid).toBe(keyIdOf(config.AUTH_SESSION_SECRET!));
    const link = await signer.sign({ sub: 'ts-1', purpose: 'timesheet-approval' }, 60);
    expect(partsOf(link).header.kid).toBe(keyIdOf(config.AUTH_APPROVAL_LINK_SECRET!));
    const rotated = TokenSigner.fromConfig(
      testConfig({
        AUTH_SESSION_SECRET: session2.toString('base64'),
        AUTH_SESSION_PREVIOUS_SECRETS: config.AUTH_SESSION_SECRET!.toString('base64'),
        AUTH_APPROVAL_LINK_SECRET: config.AUTH_APPROVAL_LINK_SECRET!.toString('base64'),
      }),
    );
    expect(await rotated.verify(session, 'access')).not.toBeNull();
    expect(await rotated.verify(link, 'timesheet-approval')).not.toBeNull();
  });
});
