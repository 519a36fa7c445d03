import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Payload, PayloadCodec } from '@temporalio/common';
import protos from '@temporalio/proto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { principalOfAccessToken } from '../../api/http/authenticate';
import type { AppConfig } from '../../platform/config';
import { EncryptionCodec } from '../../platform/crypto/payload-codec';
import { TokenSigner } from '../../platform/crypto/tokens';
import type { Logger } from '../../platform/logger';
import { keyringOf } from '../../platform/temporal';

// @temporalio/proto is CommonJS: take the namespace from its default export.
const PayloadMessage = protos.temporal.api.common.v1.Payload;

/** The cookie that carries an administrator's access token to the codec server (set by POST /session). */
export const CODEC_COOKIE = 'tc_codec';
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const NAMESPACE = /^[A-Za-z0-9._-]{1,255}$/;

export interface CodecServerOptions {
  codec: PayloadCodec;
  /** The administrator an access token belongs to (signature, expiry, account still enabled and signed in), else null. */
  operatorOf(token: string): Promise<{ userId: string } | null>;
  /** The origins of the Temporal UI allowed to call from a browser (CORS with credentials). */
  allowedOrigins: readonly string[];
  /** Mark the session cookie Secure (the UI and this server are served over https). */
  secureCookie: boolean;
  logger: Logger;
}

/** The UI origins the configuration names, else the local dev server's UI under both of its names. */
export function temporalUiOrigins(config: AppConfig): string[] {
  return config.TEMPORAL_UI_ORIGINS ?? [`http://127.0.0.1:${config.TEMPORAL_UI_PORT}`, `http://localhost:${config.TEMPORAL_UI_PORT}`];
}

/** The codec server of this configuration: its payload keys, and administrators checked against the accounts in PostgreSQL. */
export function codecServerFor(config: AppConfig, services: { orm: MikroORM; logger: Logger }): Server {
  const tokens = TokenSigner.fromConfig(config);
  const origins = temporalUiOrigins(config);
  return createCodecServer({
    codec: new EncryptionCodec(keyringOf(config)),
    async operatorOf(token) {
      const principal = await principalOfAccessToken(token, { tokens, orm: services.orm });
      return principal?.role === 'admin' ? { userId: principal.userId } : null;
    },
    allowedOrigins: origins,
    secureCookie: origins.every((o) => o.startsWith('https:')),
    logger: services.logger,
  });
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The Temporal codec server: the remote endpoint the Temporal Web UI and CLI call to show
 * encrypted payloads (and encoded failure messages) in clear, for an administrator only.
 *
 * Protocol (Temporal's remote codec): `POST /decode` and `POST /encode`, JSON body
 * `{"payloads":[…]}` of proto3-JSON payloads (`metadata` values and `data` in base64), answered in
 * the same shape; the UI adds `X-Namespace`. Browsers call it from the UI's origin: CORS answers
 * that origin only, with credentials.
 *
 * Who may: an administrator's access token (the API's `POST /auth/login`), checked as the API
 * checks it (signature, expiry, account enabled, not signed out since), given as
 * `Authorization: Bearer …` (CLI: `--codec-auth`) or, for the Web UI, which cannot add a header
 * of its own, in an HttpOnly SameSite=Strict cookie that `POST /session` sets from the form at
 * `GET /` (the UI's "Include cross-origin credentials" sends it). Every decode is logged with
 * the administrator's id and the number of payloads, never their content.
 */
export function createCodecServer(opts: CodecServerOptions): Server {
  return createServer((req, res) => {
    handle(opts, req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (status === 500) opts.logger.error({ kind: (err as Error)?.name ?? 'Error' }, 'codec server: unexpected error');
      const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'cache-control': 'no-store' };
      if (status === 401) headers['www-authenticate'] = 'Bearer realm="talentcoop-codec"';
      res.writeHead(status, headers).end(JSON.stringify({ status, title: status === 500 ? 'Internal error' : (err as Error).message }));
    });
  });
}

async function handle(opts: CodecServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const origin = req.headers.origin;
  if (origin && opts.allowedOrigins.includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
  }
  res.setHeader('vary', 'Origin');
  res.setHeader('x-content-type-options', 'nosniff');
  const path = new URL(req.url ?? '/', 'http://codec.invalid').pathname;

  if (req.method === 'OPTIONS') {
    res
      .writeHead(204, {
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'content-type, x-namespace, authorization',
        'access-control-max-age': '600',
      })
      .end();
    return;
  }
  if (req.method === 'GET' && path === '/') return void sendPage(res, 200, SIGN_IN_PAGE);
  if (req.method === 'POST' && path === '/session') return openSession(opts, req, res);
  if (req.method === 'POST' && path === '/session/end') {
    res.setHeader('set-cookie', cookie('', opts.secureCookie, 0));
    return void sendPage(res, 200, page('Signed out', '<p>The Temporal UI can no longer decode payloads in this browser.</p>'));
  }
  const op = /^\/(encode|decode)$/.exec(path)?.[1] as 'encode' | 'decode' | undefined;
  if (!op) throw new HttpError(404, 'Not found: POST /decode, POST /encode');
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST, OPTIONS');
    throw new HttpError(405, 'Method not allowed: POST');
  }

  const token = bearerOf(req) ?? cookieOf(req);
  const operator = token ? await opts.operatorOf(token) : null;
  if (!operator) throw new HttpError(401, 'An administrator’s access token is required (Authorization: Bearer, or sign in at / for the Web UI)');
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'The body must be application/json');

  const payloads = payloadsOf(await readJson(req));
  let result: Payload[];
  try {
    result = op === 'decode' ? await opts.codec.decode(payloads) : await opts.codec.encode(payloads);
  } catch {
    // Which payload and why stays here: a wrong key or a tampered payload is all the caller needs.
    throw new HttpError(400, `A payload could not be ${op}d (unknown key, or altered)`);
  }
  const namespaceHeader = req.headers['x-namespace'];
  const namespace = typeof namespaceHeader === 'string' && NAMESPACE.test(namespaceHeader) ? namespaceHeader : undefined;
  opts.logger.info({ operator: operator.userId, op, namespace, payloads: payloads.length }, `codec server: ${op}`);
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ payloads: result.map((p) => PayloadMessage.toObject(PayloadMessage.fromObject(p), { bytes: String })) }));
}

async function openSession(opts: CodecServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const type = req.headers['content-type'] ?? '';
  const body = (await readBody(req)).toString('utf8');
  const token = /^application\/json\b/i.test(type)
    ? String((safeJson(body) as { token?: unknown } | undefined)?.token ?? '')
    : (new URLSearchParams(body).get('token') ?? '');
  const operator = token.trim() ? await opts.operatorOf(token.trim()) : null;
  if (!operator) {
    return void sendPage(
      res,
      401,
      page('Not signed in', '<p>That is not the access token of an enabled administrator (or it has expired).</p><p><a href="/">Try again</a></p>'),
    );
  }
  opts.logger.info({ operator: operator.userId }, 'codec server: session opened');
  res.setHeader('set-cookie', cookie(token.trim(), opts.secureCookie));
  sendPage(
    res,
    200,
    page(
      'Signed in',
      '<p>The Temporal UI can decode payloads in this browser now (Codec Server settings: this address, with “Include cross-origin credentials”).</p><form method="post" action="/session/end"><button>Sign out</button></form>',
    ),
  );
}

/** The payloads of a request body, as the SDK's Payload objects; 400 for anything else. */
function payloadsOf(body: unknown): Payload[] {
  const list = (body as { payloads?: unknown } | null)?.payloads;
  if (!Array.isArray(list) || list.length > 10_000) throw new HttpError(400, 'The body must be {"payloads":[…]}');
  return list.map((p) => {
    const shape = p as { metadata?: unknown; data?: unknown } | null;
    const metadata = shape?.metadata ?? {};
    if (
      typeof shape !== 'object' ||
      shape === null ||
      typeof metadata !== 'object' ||
      metadata === null ||
      Object.values(metadata).some((v) => typeof v !== 'string') ||
      (shape.data !== undefined && typeof shape.data !== 'string')
    ) {
      throw new HttpError(400, 'Each payload must be {"metadata":{…base64},"data":"…base64"}');
    }
    const message = PayloadMessage.fromObject({ metadata, data: shape.data ?? '' });
    return { metadata: message.metadata, data: message.data };
  });
}

function bearerOf(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match ? match[1]! : null;
}

function cookieOf(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CODEC_COOKIE) return value.join('=') || null;
  }
  return null;
}

function cookie(value: string, secure: boolean, maxAge?: number): string {
  return `${CODEC_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict${maxAge !== undefined ? `; Max-Age=${maxAge}` : ''}${secure ? '; Secure' : ''}`;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'The body is too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const parsed = safeJson((await readBody(req)).toString('utf8'));
  if (parsed === undefined) throw new HttpError(400, 'The body is not JSON');
  return parsed;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function sendPage(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  });
  res.end(html);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title} — TalentCoop codec server</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

const SIGN_IN_PAGE = page(
  'Sign in',
  '<p>Lets an administrator read the encrypted payloads of workflow histories in the Temporal UI. ' +
    'Paste your access token (the <code>token</code> answered by <code>POST /api/v1/auth/login</code> to an administrator); it stays in an HttpOnly cookie of this browser until the browser closes or the token expires.</p>' +
    '<form method="post" action="/session"><label>Access token <input type="password" name="token" autocomplete="off" required></label> <button>Sign in</button></form>',
);
