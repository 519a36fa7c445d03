import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const SECRET_VARIABLES = [
  'AUTH_SESSION_SECRET',
  'AUTH_APPROVAL_LINK_SECRET',
  'AUTH_INVITATION_SECRET',
  'DATA_ENCRYPTION_KEYS',
  'DATA_ENCRYPTION_ACTIVE_KEY_ID',
  'DATA_HASH_KEY',
] as const;

export function freshSecrets(): Record<(typeof SECRET_VARIABLES)[number], string> {
  return {
    AUTH_SESSION_SECRET: randomBytes(32).toString('base64'),
    AUTH_APPROVAL_LINK_SECRET: randomBytes(32).toString('base64'),
    AUTH_INVITATION_SECRET: randomBytes(32).toString('base64'),
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
  let stored: Record<string, string> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  // A file made before a secret existed gets it now; what it already holds never changes.
  const added = Object.entries(freshSecrets()).filter(
    ([name]) => !env[name] && !stored[name] && !(name === 'DATA_ENCRYPTION_ACTIVE_KEY_ID' && (stored.DATA_ENCRYPTION_KEYS || env.DATA_ENCRYPTION_KEYS)),
  );
  if (added.length > 0) {
    stored = { ...stored, ...Object.fromEntries(added) };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  const merged = { ...env };
  // AUTH_TOKEN_SECRET, the single secret of files made before one per purpose, still verifies what it signed.
  for (const name of [...SECRET_VARIABLES, 'AUTH_TOKEN_SECRET']) if (!merged[name] && stored[name]) merged[name] = stored[name];
  return merged;
}
