import type { Server } from 'node:http';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import protos from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EncryptionCodec } from '../platform/crypto/payload-codec';
import { createLogger } from '../platform/logger';
import { keyringOf } from '../platform/temporal';
import { CODEC_COOKIE, codecServerFor } from '../scripts/lib/codec-server';
import { startTestPlatform, type TestPlatform } from './support/platform';

const PayloadMessage = protos.temporal.api.common.v1.Payload;
const UI = 'http://127.0.0.1:8233';
/** A payload as the Temporal UI sends and reads it: proto3 JSON, bytes in base64. */
const asJson = (p: Payload) => PayloadMessage.toObject(PayloadMessage.fromObject(p), { bytes: String }) as { metadata: Record<string, string>; data: string };
const fromJson = (p: { metadata?: Record<string, string>; data?: string }): Payload => {
  const m = PayloadMessage.fromObject(p);
  return { metadata: m.metadata, data: m.data };
};
const clear = { firstName: 'Zebulon', lastName: 'Quasimodo-Test', niss: '85073003328' };

let platform: TestPlatform;
let server: Server;
let base: string;
let admin: string;
const logLines: string[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = (await platform.signIn('admin')).token;
  server = codecServerFor(platform.config, { orm: platform.db.orm, logger: createLogger('info', 'codec', { write: (l: string) => void logLines.push(l) }) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await platform?.stop();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-namespace': 'default', ...headers },
    body: JSON.stringify(body),
  });

describe('the Temporal codec server', () => {
  it('refuses to decode without an administrator’s valid token (401), whatever else is sent', async () => {
    const encrypted = await new EncryptionCodec(keyringOf(platform.config)).encode([defaultPayloadConverter.toPayload(clear)]);
    const body = { payloads: encrypted.map(asJson) };
    const employer = (await platform.signIn('employer')).token;
    const forged = `${admin.slice(0, -4)}AAAA`;
    for (const headers of [
      {},
      { authorization: `Bearer ${employer}` },
      { authorization: `Bearer ${forged}` },
      { cookie: `${CODEC_COOKIE}=${employer}` },
    ] as Record<string, string>[]) {
      for (const path of ['/decode', '/encode']) {
        const res = await post(path, body, headers);
        expect(res.status, `${path} ${JSON.stringify(headers).slice(0, 40)}`).toBe(401);
        expect(res.headers.get('www-authenticate')).toContain('Bearer');
        expect(await res.text()).not.toContain('Quasimodo');
      }
    }
  });

  it('decodes an encrypted payload for an administrator into the clear payload, and logs who, never what', async () => {
    const encrypted = await new EncryptionCodec(keyringOf(platform.config)).encode([defaultPayloadConverter.toPayload(clear)]);
    expect(JSON.stringify(encrypted.map(asJson))).not.toContain(Buffer.from('Quasimodo').toString('base64').slice(0, 8));
    const res = await post('/decode', { payloads: encrypted.map(asJson) }, { authorization: `Bearer ${admin}` });
    expect(res.status).toBe(200);
    const { payloads } = (await res.json()) as { payloads: { metadata: Record<string, string>; data: string }[] };
    expect(payloads).toHaveLength(1);
    expect(Buffer.from(payloads[0]!.metadata.encoding!, 'base64').toString()).toBe('json/plain');
    expect(defaultPayloadConverter.fromPayload(fromJson(payloads[0]!))).toEqual(clear);
    const logged = logLines.join('\n');
    expect(logged).toContain('"op":"decode"');
    expect(logged).toContain('"payloads":1');
    expect(logged).not.toContain('Quasimodo');
  });

  it('encodes and decodes back: a round trip gives the payload it was given, encrypted in between', async () => {
    const original = [defaultPayloadConverter.toPayload(clear), defaultPayloadConverter.toPayload(42)];
    const auth = { authorization: `Bearer ${admin}` };
    const encoded = (await (await post('/encode', { payloads: original.map(asJson) }, auth)).json()) as {
      payloads: { metadata: Record<string, string>; data: string }[];
    };
    expect(encoded.payloads.map((p) => Buffer.from(p.metadata.encoding!, 'base64').toString())).toEqual(['binary/encrypted', 'binary/encrypted']);
    expect(Buffer.from(encoded.payloads[0]!.data, 'base64').toString('latin1')).not.toContain('Quasimodo');
    // What the codec server encrypted, the workers can read: same keys, same codec.
    const byWorker = await new EncryptionCodec(keyringOf(platform.config)).decode(encoded.payloads.map(fromJson));
    expect(byWorker.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([clear, 42]);
    const decoded = (await (await post('/decode', encoded, auth)).json()) as { payloads: { metadata: Record<string, string>; data: string }[] };
    expect(decoded.payloads.map((p) => defaultPayloadConverter.fromPayload(fromJson(p)))).toEqual([clear, 42]);
  });

  it('answers the Temporal UI’s origin only, with credentials, and lets the UI sign in with a cookie', async () => {
    const preflight = await fetch(`${base}/decode`, {
      method: 'OPTIONS',
      headers: { origin: UI, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-namespace' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(UI);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-namespace');
    const elsewhere = await fetch(`${base}/decode`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();

    const refused = await fetch(`${base}/session`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=nope' });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('set-cookie')).toBeNull();
    const session = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: admin }).toString(),
    });
    expect(session.status).toBe(200);
    const setCookie = session.headers.get('set-cookie')!;
    expect(setCookie).toMatch(new RegExp(`^${CODEC_COOKIE}=[^;]+; Path=/; HttpOnly; SameSite=Strict`));
    const encrypted = await new EncryptionCodec(keyringOf(platform.config)).encode([defaultPayloadConverter.toPayload(clear)]);
    const res = await post('/decode', { payloads: encrypted.map(asJson) }, { origin: UI, cookie: setCookie.split(';')[0]! });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(UI);
  });

  it('refuses a body that is not payloads (400) and a payload that is not ours (400), naming neither content', async () => {
    const auth = { authorization: `Bearer ${admin}` };
    expect((await post('/decode', { nope: true }, auth)).status).toBe(400);
    expect((await post('/decode', { payloads: [{ metadata: { encoding: 42 } }] }, auth)).status).toBe(400);
    const [encrypted] = await new EncryptionCodec(keyringOf(platform.config)).encode([defaultPayloadConverter.toPayload(clear)]);
    const tampered = asJson(encrypted!);
    tampered.data = Buffer.from(Buffer.from(tampered.data, 'base64').map((b, i) => (i === 40 ? b ^ 1 : b))).toString('base64');
    const res = await post('/decode', { payloads: [tampered] }, auth);
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('Quasimodo');
    expect((await fetch(`${base}/decode`, { method: 'POST', headers: auth, body: 'x' })).status).toBe(415);
    expect((await fetch(`${base}/decode`, { method: 'GET', headers: auth })).status).toBe(405);
  });
});
