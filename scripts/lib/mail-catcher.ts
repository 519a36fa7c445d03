import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the catcher received. */
export interface CaughtMail {
  id: string;
  receivedAt: string;
  messageId: string | null;
  from: string;
  to: string[];
  subject: string;
  text: string;
  attachments: { fileName: string; contentType: string; size: number }[];
}

export interface RunningMailCatcher {
  smtpPort: number;
  httpUrl: string;
  /** Newest first; `to` filters on a recipient (case-insensitive). */
  messages(filter?: { to?: string }): CaughtMail[];
  /** Waits (a few seconds at most) for a message matching `match`. */
  waitFor(match: (m: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  stop(): Promise<void>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The development mail catcher: an SMTP server on 127.0.0.1 that keeps what it receives in
 * memory (the last 1000 messages), and a small web page on 127.0.0.1 to read them
 * (`/` in a browser, `/messages?to=…` as JSON). Nothing leaves the machine. `npm start` runs one
 * when no SMTP_HOST is configured; the end-to-end tests run one per platform.
 */
export async function startMailCatcher(opts: { smtpPort: number; httpPort: number; host?: string }): Promise<RunningMailCatcher> {
  const host = opts.host ?? '127.0.0.1';
  const inbox: CaughtMail[] = [];
  const waiters = new Set<() => void>();

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'TalentCoop development mail catcher',
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          inbox.unshift({
            id: randomUUID(),
            receivedAt: new Date().toISOString(),
            messageId: parsed.messageId ?? null,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            attachments: parsed.attachments.map((a) => ({ fileName: a.filename ?? '', contentType: a.contentType, size: a.size })),
          });
          inbox.splice(1000);
          for (const wake of waiters) wake();
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(opts.smtpPort, host, () => resolve());
  });
  smtp.on('error', () => undefined);

  const list = (filter: { to?: string } = {}) => (filter.to ? inbox.filter((m) => m.to.includes(filter.to!.toLowerCase())) : [...inbox]);

  const http: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://catcher');
    const to = url.searchParams.get('to') ?? undefined;
    if (url.pathname === '/messages') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ messages: list({ to }) }));
      return;
    }
    if (url.pathname === '/') {
      const rows = list({ to })
        .map(
          (m) =>
            `<article><h2>${escapeHtml(m.subject)}</h2><p>${escapeHtml(m.receivedAt)} — to ${escapeHtml(m.to.join(', '))}</p><pre>${escapeHtml(m.text)}</pre>${m.attachments.map((a) => `<p>📎 ${escapeHtml(a.fileName)} (${a.size} bytes)</p>`).join('')}</article>`,
        )
        .join('<hr>');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(
        `<!doctype html><meta charset="utf-8"><title>TalentCoop mail catcher</title><h1>Mail caught on this machine (${inbox.length})</h1>${rows || '<p>No message yet.</p>'}`,
      );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.httpPort, host, () => resolve());
  });

  return {
    smtpPort: (smtp.server.address() as AddressInfo).port,
    httpUrl: `http://${host}:${(http.address() as AddressInfo).port}/`,
    messages: list,
    async waitFor(match, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = inbox.find(match);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('no such message reached the mail catcher in time');
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, Math.min(left, 500));
          waiters.add(wake);
        });
      }
    },
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
    },
  };
}
