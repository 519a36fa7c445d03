import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const SECRET_VARIABLES = ['AUTH_TOKEN_SECRET', 'DATA_ENCRYPTION_KEYS', 'DATA_ENCRYPTION_ACTIVE_KEY_ID', 'DATA_HASH_KEY'] as const;

export function freshSecrets(): Record<(typeof SECRET_VARIABLES)[number], string> {
  return {
    AUTH_TOKEN_SECRET: randomBytes(32).toString('base64'),
    DATA_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    DATA_ENCRYPTION_ACTIVE_KEY_ID: 'k1',
    DATA_HASH_KEY: randomBytes(32).toString('base64'),
  };
}

/**
 * For a local (non-production) run: the secrets that the environment does not give are made
 * once and kept in a git-ignored file beside the data they protect, so a second start can
 * still read what the first one encrypted. Production must set every one of them.
 */
export function withLocalSecrets(env: NodeJS.ProcessEnv, file: string): NodeJS.ProcessEnv {
  if (env.NODE_ENV === 'production') return env;
  let stored: Record<string, string>;
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } else {
    stored = freshSecrets();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  const merged = { ...env };
  for (const name of SECRET_VARIABLES) if (!merged[name]) merged[name] = stored[name];
  return merged;
}
