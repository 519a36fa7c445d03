import { z } from 'zod';
import { isValidIban } from '../domain/identifiers/iban';

/**
 * The whole configuration, read once from the environment and validated. A bad value stops the
 * process with a sentence that names the variable. Nothing else reads process.env.
 */
const keyList = z.string().transform((s, ctx) => {
  const keys = new Map<string, Buffer>();
  for (const part of s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [id, b64] = part.split(':');
    const key = b64 ? Buffer.from(b64, 'base64') : Buffer.alloc(0);
    if (!id || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32) {
      ctx.addIssue({ code: 'custom', message: 'each key must be "<keyId>:<32 bytes in base64>", separated by commas' });
      return z.NEVER;
    }
    keys.set(id, key);
  }
  if (keys.size === 0) {
    ctx.addIssue({ code: 'custom', message: 'at least one key is required' });
    return z.NEVER;
  }
  return keys;
});

const secret32 = z.string().transform((s, ctx) => {
  const b = Buffer.from(s, 'base64');
  if (b.length < 32) {
    ctx.addIssue({ code: 'custom', message: 'must be at least 32 bytes, base64-encoded' });
    return z.NEVER;
  }
  return b;
});

const secretList = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const secrets = (s ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((x) => Buffer.from(x, 'base64'));
    if (secrets.some((b) => b.length < 32)) {
      ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of secrets of at least 32 bytes each, base64-encoded' });
      return z.NEVER;
    }
    return secrets;
  });

/** The secret of each purpose of signed tokens, and what it signs (for the sentences that ask for it). */
export const TOKEN_SECRETS = {
  AUTH_SESSION_SECRET: 'sign-in sessions (bearer tokens and the portal cookie)',
  AUTH_APPROVAL_LINK_SECRET: 'timesheet approval links',
  AUTH_INVITATION_SECRET: 'invitations to choose a password',
} as const;
const GENERATE = 'generate one with `openssl rand -base64 32`';
/** Random bytes show most byte values; a secret with fewer than 16 distinct ones is a pattern or a word typed by hand. */
const looksWeak = (b: Buffer) => new Set(b).size < 16;

/** "<id>:<base64 secret of ≥ 32 bytes>,…": the keyed-hash keys a rotation is moving away from. */
const hashKeyList = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const keys = new Map<string, Buffer>();
    for (const part of (s ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [id, b64] = part.split(':');
      const key = b64 ? Buffer.from(b64, 'base64') : Buffer.alloc(0);
      if (!id || !/^[A-Za-z0-9_-]{1,16}$/.test(id) || key.length < 32) {
        ctx.addIssue({ code: 'custom', message: 'each key must be "<hashKeyId>:<at least 32 bytes in base64>", separated by commas' });
        return z.NEVER;
      }
      keys.set(id, key);
    }
    return keys;
  });

const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The demo cooperative's identity, the defaults outside production; production refuses them. */
export const DEMO_IDENTITY = {
  COOPERATIVE_ENTERPRISE_NUMBER: '0790123495',
  COOPERATIVE_ONSS_NUMBER: '199999934',
  COOPERATIVE_IBAN: 'BE68539007547034',
} as const;
const DEMO_IDENTITY_MEANING: Record<keyof typeof DEMO_IDENTITY, string> = {
  COOPERATIVE_ENTERPRISE_NUMBER: 'its enterprise number at the Crossroads Bank for Enterprises',
  COOPERATIVE_ONSS_NUMBER: 'its ONSS employer registration number',
  COOPERATIVE_IBAN: 'the account employers pay into',
};

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    PUBLIC_BASE_URL: z.url().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    TEMPORAL_ADDRESS: z
      .string()
      .regex(/^[A-Za-z0-9.[\]:-]+:\d+$/, 'must be host:port')
      .optional(),
    EMBEDDED_POSTGRES_PORT: port.default(54329),
    TEMPORAL_DEV_PORT: port.default(7233),
    TEMPORAL_UI_PORT: port.default(8233),
    // The codec server (`npm run codec-server`): lets administrators read encrypted payloads in the Temporal UI.
    CODEC_SERVER_HOST: z.string().min(1).default('127.0.0.1'),
    CODEC_SERVER_PORT: port.default(8234),
    /** The Temporal UI's origins allowed to call the codec server; unset: the local dev server's UI. */
    TEMPORAL_UI_ORIGINS: z
      .string()
      .optional()
      .transform((s, ctx) => {
        const origins = (s ?? '')
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);
        for (const o of origins) {
          if (!URL.canParse(o) || new URL(o).origin !== o) {
            ctx.addIssue({
              code: 'custom',
              message: `must be a comma-separated list of origins such as https://temporal.example.org (no path): "${o}" is not one`,
            });
            return z.NEVER;
          }
        }
        return origins.length > 0 ? origins : undefined;
      }),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    TEMPORAL_TASK_QUEUE: z.string().min(1).default('talentcoop'),
    // One secret per purpose of signed tokens (platform/crypto/tokens.ts), each with the earlier ones still accepted.
    AUTH_SESSION_SECRET: secret32.optional(),
    AUTH_SESSION_PREVIOUS_SECRETS: secretList,
    AUTH_APPROVAL_LINK_SECRET: secret32.optional(),
    AUTH_APPROVAL_LINK_PREVIOUS_SECRETS: secretList,
    AUTH_INVITATION_SECRET: secret32.optional(),
    AUTH_INVITATION_PREVIOUS_SECRETS: secretList,
    // The single secret of the earlier setup: derives the key of a purpose without its own, verifies tokens it signed.
    AUTH_TOKEN_SECRET: secret32.optional(),
    AUTH_TOKEN_PREVIOUS_SECRETS: secretList,
    AUTH_TOKEN_TTL_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(480),
    LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
    DATA_ENCRYPTION_KEYS: keyList,
    DATA_ENCRYPTION_ACTIVE_KEY_ID: z.string().min(1),
    DATA_HASH_KEY: secret32,
    // The keyed-hash index's version: stored hashes are "<id>.<mac>"; a new key needs a new id.
    DATA_HASH_KEY_ID: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,16}$/, 'must be 1-16 letters, digits, "-" or "_"')
      .default('h1'),
    DATA_HASH_PREVIOUS_KEYS: hashKeyList,
    // Unbound v1 values (written before the row binding) are still read; false once crypto:rotate has rewritten them all.
    ENCRYPTION_ACCEPT_V1: bool.default(true),
    ALLOW_DEMO_ACCOUNTS: bool.default(false),
    // The legal employer, as it appears on contracts, Dimona and invoices.
    COOPERATIVE_NAME: z.string().min(2).max(200).default('TalentCoop SC'),
    COOPERATIVE_ENTERPRISE_NUMBER: z
      .string()
      .regex(/^[01]\d{9}$/, 'must be 10 digits starting with 0 or 1')
      .default(DEMO_IDENTITY.COOPERATIVE_ENTERPRISE_NUMBER),
    COOPERATIVE_ONSS_NUMBER: z
      .string()
      .regex(/^\d{9,10}$/, 'must be the 9 or 10 digit ONSS registration number')
      .default(DEMO_IDENTITY.COOPERATIVE_ONSS_NUMBER),
    COOPERATIVE_ADDRESS: z.string().min(5).max(300).default('Rue de la Coopération 1, 1000 Bruxelles'),
    // When salaries are paid (the SEPA file's requested execution date) and when the monthly run opens; see README.
    SALARY_PAYMENT_DAY: z.coerce.number().int().min(1).max(28).default(5),
    PAYROLL_SCHEDULE_DAY: z.coerce.number().int().min(1).max(28).default(3),
    APPROVAL_LINK_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(24 * 7),
    TIMESHEET_DEEMED_APPROVAL_DAYS: z.coerce.number().int().min(3).max(60).default(7),
    DIMONA_SANDBOX_ANSWER_DELAY_MS: z.coerce.number().int().min(0).max(86_400_000).default(2000),
    // E-mail: an SMTP server; unset outside production, `npm start` runs the local mail catcher.
    SMTP_HOST: z.string().min(1).max(255).optional(),
    SMTP_PORT: port.default(587),
    SMTP_SECURE: bool.default(false),
    SMTP_USER: z.string().min(1).max(255).optional(),
    SMTP_PASSWORD: z.string().min(1).max(500).optional(),
    MAIL_FROM: z.string().min(3).max(300).default('TalentCoop <no-reply@talentcoop.local>'),
    MAIL_CATCHER_SMTP_PORT: port.default(2526),
    MAIL_CATCHER_HTTP_PORT: port.default(2580),
    /** How often the worker starts the processes whose rows were written but whose start failed (worker/process-repair.ts). */
    PROCESS_REPAIR_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
    OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(2000),
    /** How often the worker relays the signals recorded with a fact (a timesheet decision) to their processes (worker/signal-relay.ts). */
    SIGNAL_RELAY_INTERVAL_MS: z.coerce.number().int().min(20).max(60_000).default(200),
    OUTBOX_ALERT_AFTER_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
    // Invoicing: the account employers pay into (printed on invoices, in the UBL) and the Peppol sandbox.
    COOPERATIVE_IBAN: z
      .string()
      .regex(/^BE\d{14}$/, 'must be a Belgian IBAN without spaces (BE + 14 digits)')
      .refine((v) => isValidIban(v), 'has wrong check digits')
      .default(DEMO_IDENTITY.COOPERATIVE_IBAN),
    COOPERATIVE_BIC: z
      .string()
      .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'must be a BIC of 8 or 11 characters')
      .default('GKCCBEBB'),
    PEPPOL_SANDBOX_ANSWER_DELAY_MS: z.coerce.number().int().min(0).max(86_400_000).default(2000),
    // Payroll runs render payslip PDFs on this many worker threads (default: one per core; 0: in the activity's thread).
    PDF_RENDER_THREADS: z.coerce.number().int().min(0).max(64).optional(),
    // Where declarations and e-invoices go. Only the local sandboxes exist so far: production refuses them.
    ONSS_CHANNEL: z.enum(['sandbox']).default('sandbox'),
    PEPPOL_ACCESS_POINT: z.enum(['sandbox']).default('sandbox'),
  })
  .superRefine((c, ctx) => {
    if (!c.DATA_ENCRYPTION_KEYS.has(c.DATA_ENCRYPTION_ACTIVE_KEY_ID)) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATA_ENCRYPTION_ACTIVE_KEY_ID'],
        message: `names a key that DATA_ENCRYPTION_KEYS does not hold`,
      });
    }
    const tokenSecretNames = Object.keys(TOKEN_SECRETS) as (keyof typeof TOKEN_SECRETS)[];
    const missing = tokenSecretNames.filter((n) => !c[n]);
    if (c.NODE_ENV === 'production') {
      for (const name of missing) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `is required in production: the secret that signs ${TOKEN_SECRETS[name]}, at least 32 random bytes in base64 (${GENERATE}), different from every other secret`,
        });
      }
      const seen = new Map<string, string>();
      for (const name of [...tokenSecretNames, 'AUTH_TOKEN_SECRET', 'DATA_HASH_KEY'] as const) {
        const value = c[name];
        if (!value) continue;
        const other = seen.get(value.toString('base64'));
        if (other)
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: `is the same secret as ${other}: each purpose needs its own, so that one leaked signs nothing else (${GENERATE})`,
          });
        else seen.set(value.toString('base64'), name);
        if (looksWeak(value)) ctx.addIssue({ code: 'custom', path: [name], message: `does not look random (fewer than 16 distinct bytes): ${GENERATE}` });
      }
    } else if (missing.length > 0 && !c.AUTH_TOKEN_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_TOKEN_SECRET'],
        message: `is required when ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: their keys are derived from it`,
      });
    }
    if (c.DATA_HASH_PREVIOUS_KEYS.has(c.DATA_HASH_KEY_ID)) {
      ctx.addIssue({ code: 'custom', path: ['DATA_HASH_PREVIOUS_KEYS'], message: 'names the active DATA_HASH_KEY_ID: a previous key needs an id of its own' });
    }
    if (c.NODE_ENV === 'production' && c.ALLOW_DEMO_ACCOUNTS) {
      ctx.addIssue({ code: 'custom', path: ['ALLOW_DEMO_ACCOUNTS'], message: 'demo accounts are never allowed in production' });
    }
    if (c.NODE_ENV === 'production' && !c.SMTP_HOST) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_HOST'], message: 'is required in production: the SMTP server that delivers the messages of the outbox' });
    }
    if (c.NODE_ENV === 'production') {
      for (const [name, value] of Object.entries(DEMO_IDENTITY) as [keyof typeof DEMO_IDENTITY, string][]) {
        if (c[name] === value) {
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: `is the demo value ${value}: production needs the cooperative's own (${DEMO_IDENTITY_MEANING[name]})`,
          });
        }
      }
      if (c.ONSS_CHANNEL === 'sandbox') {
        ctx.addIssue({
          code: 'custom',
          path: ['ONSS_CHANNEL'],
          message:
            'is the local ONSS sandbox, which files nothing with the ONSS: production needs the ONSS batch channel, which this build does not have yet; run a trial on test data with NODE_ENV=development',
        });
      }
      if (c.PEPPOL_ACCESS_POINT === 'sandbox') {
        ctx.addIssue({
          code: 'custom',
          path: ['PEPPOL_ACCESS_POINT'],
          message:
            'is the local Peppol sandbox, which delivers no invoice: production needs a contract with a Peppol access point and its adapter, which this build does not have yet; run a trial on test data with NODE_ENV=development',
        });
      }
    }
  });

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError whose message names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const sentences = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || 'configuration';
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    return `${name} ${message}`;
  });
  throw new ConfigError(`Bad configuration: ${sentences.join('; ')}.`);
}
