import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyIdOf, TokenSigner } from './tokens';

const s1 = randomBytes(32);
const s2 = randomBytes(32);
const claims = { sub: 'user-1', purpose: 'access', role: 'admin' };
const header = (token: string) => JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as Record<string, unknown>;

describe('signed tokens', () => {
  it('name the key that signed them and verify for their own purpose only', () => {
    const signer = new TokenSigner(s1);
    const token = signer.sign(claims, 60);
    expect(header(token)).toEqual({ alg: 'HS256', typ: 'JWT', kid: keyIdOf(s1) });
    expect(signer.verify(token, 'access')).toMatchObject({ sub: 'user-1' });
    expect(signer.verify(token, 'set-password')).toBeNull();
  });

  it('sign each purpose with its own key: a body rewritten to another purpose does not pass', () => {
    const signer = new TokenSigner(s1);
    const [h, body, sig] = signer.sign({ sub: 'user-1', purpose: 'timesheet-approval' }, 60).split('.');
    const rewritten = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), purpose: 'access' })).toString('base64url');
    expect(signer.verify(`${h}.${rewritten}.${sig}`, 'access')).toBeNull();
  });

  it('survive a rotation while the old secret is kept as previous, and not once it is dropped', () => {
    const before = new TokenSigner(s1).sign(claims, 60);
    const rotated = new TokenSigner(s2, [s1]);
    expect(rotated.verify(before, 'access')).toMatchObject({ sub: 'user-1' });
    const after = rotated.sign(claims, 60);
    expect(header(after).kid).toBe(keyIdOf(s2));
    expect(new TokenSigner(s2).verify(before, 'access')).toBeNull();
    expect(new TokenSigner(s1).verify(after, 'access')).toBeNull();
  });

  it('still accept a token of the earlier format (no key id) signed with the active secret, until it expires', () => {
    const legacyHeader = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const body = Buffer.from(JSON.stringify({ ...claims, iat: now, exp: now + 60 })).toString('base64url');
    const legacy = `${legacyHeader}.${body}.${createHmac('sha256', s1).update(`${legacyHeader}.${body}`).digest('base64url')}`;
    expect(new TokenSigner(s1).verify(legacy, 'access')).toMatchObject({ sub: 'user-1' });
    expect(new TokenSigner(s2, [s1]).verify(legacy, 'access')).toBeNull();
    expect(new TokenSigner(s1).check(legacy, 'access', (now + 61) * 1000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse an unknown key id, another algorithm and a malformed header', () => {
    const signer = new TokenSigner(s1);
    const [, body, sig] = signer.sign(claims, 60).split('.');
    for (const h of [{ alg: 'HS256', typ: 'JWT', kid: 'nope' }, { alg: 'none', typ: 'JWT', kid: keyIdOf(s1) }]) {
      expect(signer.verify(`${Buffer.from(JSON.stringify(h)).toString('base64url')}.${body}.${sig}`, 'access')).toBeNull();
    }
    expect(signer.verify(`!!.${body}.${sig}`, 'access')).toBeNull();
  });
});
