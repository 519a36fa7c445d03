import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../platform/config';
import { freshSecrets, withLocalSecrets } from '../scripts/lib/dev-secrets';
import { ROOT } from '../scripts/lib/paths';

const valid = () => ({ ...freshSecrets(), NODE_ENV: 'development', SMTP_HOST: 'smtp.example.org' });
/** Everything production asks for that this build can give (it has no real ONSS or Peppol adapter yet). */
const production = () => ({
  ...valid(),
  NODE_ENV: 'production',
  COOPERATIVE_ENTERPRISE_NUMBER: '0417497106',
  COOPERATIVE_ONSS_NUMBER: '123456789',
  COOPERATIVE_IBAN: 'BE71096123456769',
});

describe('configuration', () => {
  it('accepts a complete configuration and applies defaults', () => {
    const config = loadConfig(valid());
    expect(config.PORT).toBe(3000);
    expect(config.DATA_ENCRYPTION_KEYS.get('k1')).toHaveLength(32);
    expect(config.ENCRYPTION_ACCEPT_V1).toBe(true);
    expect(loadConfig({ ...valid(), ENCRYPTION_ACCEPT_V1: 'false' }).ENCRYPTION_ACCEPT_V1).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ TEMPORAL_ADDRESS: 'no port' }, 'TEMPORAL_ADDRESS'],
    [{ DATA_ENCRYPTION_KEYS: 'k1:tooshort' }, 'DATA_ENCRYPTION_KEYS'],
    [{ DATA_ENCRYPTION_ACTIVE_KEY_ID: 'k9' }, 'DATA_ENCRYPTION_ACTIVE_KEY_ID'],
    [{ AUTH_SESSION_SECRET: '' }, 'AUTH_TOKEN_SECRET is required when AUTH_SESSION_SECRET is not set'],
    [{ AUTH_APPROVAL_LINK_SECRET: 'c2hvcnQ=' }, 'AUTH_APPROVAL_LINK_SECRET must be at least 32 bytes'],
    [{ AUTH_INVITATION_PREVIOUS_SECRETS: 'c2hvcnQ=' }, 'AUTH_INVITATION_PREVIOUS_SECRETS must be a comma-separated list'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ENCRYPTION_ACCEPT_V1: 'no' }, 'ENCRYPTION_ACCEPT_V1'],
  ])('refuses %o with a sentence naming it', (bad, named) => {
    expect(() => loadConfig({ ...valid(), ...bad })).toThrow(ConfigError);
    expect(() => loadConfig({ ...valid(), ...bad })).toThrow(named);
  });

  it.each([
    [{ ALLOW_DEMO_ACCOUNTS: 'true' }, 'ALLOW_DEMO_ACCOUNTS demo accounts are never allowed in production'],
    [{ SMTP_HOST: '' }, 'SMTP_HOST is required in production'],
    [
      { COOPERATIVE_ONSS_NUMBER: '' },
      "COOPERATIVE_ONSS_NUMBER is the demo value 199999934: production needs the cooperative's own (its ONSS employer registration number)",
    ],
    [{ COOPERATIVE_ENTERPRISE_NUMBER: '0790123495' }, 'COOPERATIVE_ENTERPRISE_NUMBER is the demo value 0790123495'],
    [{ COOPERATIVE_IBAN: '' }, 'COOPERATIVE_IBAN is the demo value'],
  ])('in production, refuses %o with a sentence saying what to set', (bad, sentence) => {
    expect(() => loadConfig({ ...production(), ...bad })).toThrow(sentence);
  });

  it.each(['AUTH_SESSION_SECRET', 'AUTH_APPROVAL_LINK_SECRET', 'AUTH_INVITATION_SECRET'])(
    'in production, refuses a missing %s with a sentence saying what to set, even with AUTH_TOKEN_SECRET',
    (name) => {
      const env = { ...production(), AUTH_TOKEN_SECRET: randomBytes(32).toString('base64'), [name]: '' };
      expect(() => loadConfig(env)).toThrow(`${name} is required in production: the secret that signs`);
      expect(() => loadConfig(env)).toThrow('openssl rand -base64 32');
    },
  );

  it('in production, refuses one secret for two purposes, and a secret that is not random', () => {
    const p = production();
    expect(() => loadConfig({ ...p, AUTH_INVITATION_SECRET: p.AUTH_SESSION_SECRET })).toThrow(
      'AUTH_INVITATION_SECRET is the same secret as AUTH_SESSION_SECRET',
    );
    expect(() => loadConfig({ ...p, AUTH_TOKEN_SECRET: p.AUTH_APPROVAL_LINK_SECRET })).toThrow(
      'AUTH_TOKEN_SECRET is the same secret as AUTH_APPROVAL_LINK_SECRET',
    );
    expect(() => loadConfig({ ...p, DATA_HASH_KEY: p.AUTH_SESSION_SECRET })).toThrow('DATA_HASH_KEY is the same secret as AUTH_SESSION_SECRET');
    const pattern = Buffer.from('0123456789'.repeat(4)).toString('base64');
    expect(() => loadConfig({ ...p, AUTH_APPROVAL_LINK_SECRET: pattern })).toThrow('AUTH_APPROVAL_LINK_SECRET does not look random');
    // Outside production the same values are let through (a developer's own choice), as long as each purpose has a key.
    expect(loadConfig({ ...valid(), AUTH_APPROVAL_LINK_SECRET: pattern }).AUTH_APPROVAL_LINK_SECRET).toHaveLength(40);
  });

  it('outside production, the single AUTH_TOKEN_SECRET of the earlier setup still configures every purpose', () => {
    const { AUTH_SESSION_SECRET: _s, AUTH_APPROVAL_LINK_SECRET: _a, AUTH_INVITATION_SECRET: _i, ...rest } = valid();
    const config = loadConfig({ ...rest, AUTH_TOKEN_SECRET: randomBytes(32).toString('base64') });
    expect(config.AUTH_SESSION_SECRET).toBeUndefined();
    expect(config.AUTH_TOKEN_SECRET).toHaveLength(32);
    expect(() => loadConfig(rest)).toThrow(
      'AUTH_TOKEN_SECRET is required when AUTH_SESSION_SECRET, AUTH_APPROVAL_LINK_SECRET, AUTH_INVITATION_SECRET are not set',
    );
  });

  it("a local run's secrets file made before one secret per purpose gets them added, and keeps what it held", () => {
    const dir = mkdtempSync(join(tmpdir(), 'secrets-'));
    const file = join(dir, 'local-secrets.json');
    const old = {
      AUTH_TOKEN_SECRET: randomBytes(32).toString('base64'),
      DATA_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      DATA_ENCRYPTION_ACTIVE_KEY_ID: 'k1',
      DATA_HASH_KEY: randomBytes(32).toString('base64'),
    };
    writeFileSync(file, JSON.stringify(old));
    const env = withLocalSecrets({ NODE_ENV: 'development' }, file);
    expect(env).toMatchObject(old);
    expect(Buffer.from(env.AUTH_SESSION_SECRET!, 'base64')).toHaveLength(32);
    expect(new Set([env.AUTH_SESSION_SECRET, env.AUTH_APPROVAL_LINK_SECRET, env.AUTH_INVITATION_SECRET]).size).toBe(3);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ ...old, AUTH_SESSION_SECRET: env.AUTH_SESSION_SECRET });
    expect(withLocalSecrets({ NODE_ENV: 'development' }, file)).toEqual(env);
  });

  it('in production, refuses the ONSS and Peppol sandboxes, which file and deliver nothing', () => {
    expect(() => loadConfig(production())).toThrow(
      /ONSS_CHANNEL is the local ONSS sandbox, which files nothing with the ONSS.*NODE_ENV=development.*PEPPOL_ACCESS_POINT is the local Peppol sandbox/,
    );
    expect(() => loadConfig({ ...production(), ONSS_CHANNEL: 'onss-batch' })).toThrow(/ONSS_CHANNEL/);
    expect(loadConfig({ ...production(), NODE_ENV: 'development' }).ONSS_CHANNEL).toBe('sandbox');
  });

  it('stops `npm start` before it starts anything when a value is bad', () => {
    const dataDir = join(ROOT, '.data', 'never-created');
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...valid(), PORT: 'eighty', EMBEDDED_POSTGRES_PORT: '54398' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Bad configuration: PORT');
    expect(r.stdout).not.toContain('running');
    expect(existsSync(dataDir)).toBe(false);
  });
});
