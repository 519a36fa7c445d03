import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../platform/config';
import { freshSecrets } from '../scripts/lib/dev-secrets';
import { ROOT } from '../scripts/lib/paths';

const valid = () => ({ ...freshSecrets(), NODE_ENV: 'development', SMTP_HOST: 'smtp.example.org' });
/** Everything production asks for that this build can give (it has no real ONSS or Peppol adapter yet). */
const production = () => ({
  ...valid(), NODE_ENV: 'production', COOPERATIVE_ENTERPRISE_NUMBER: '0417497106', COOPERATIVE_ONSS_NUMBER: '123456789', COOPERATIVE_IBAN: 'BE71096123456769',
});

describe('configuration', () => {
  it('accepts a complete configuration and applies defaults', () => {
    const config = loadConfig(valid());
    expect(config.PORT).toBe(3000);
    expect(config.DATA_ENCRYPTION_KEYS.get('k1')).toHaveLength(32);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ TEMPORAL_ADDRESS: 'no port' }, 'TEMPORAL_ADDRESS'],
    [{ DATA_ENCRYPTION_KEYS: 'k1:tooshort' }, 'DATA_ENCRYPTION_KEYS'],
    [{ DATA_ENCRYPTION_ACTIVE_KEY_ID: 'k9' }, 'DATA_ENCRYPTION_ACTIVE_KEY_ID'],
    [{ AUTH_TOKEN_SECRET: '' }, 'AUTH_TOKEN_SECRET is required'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('refuses %o with a sentence naming it', (bad, named) => {
    expect(() => loadConfig({ ...valid(), ...bad })).toThrow(ConfigError);
    expect(() => loadConfig({ ...valid(), ...bad })).toThrow(named);
  });

  it.each([
    [{ ALLOW_DEMO_ACCOUNTS: 'true' }, 'ALLOW_DEMO_ACCOUNTS demo accounts are never allowed in production'],
    [{ SMTP_HOST: '' }, 'SMTP_HOST is required in production'],
    [{ COOPERATIVE_ONSS_NUMBER: '' }, "COOPERATIVE_ONSS_NUMBER is the demo value 199999934: production needs the cooperative's own (its ONSS employer registration number)"],
    [{ COOPERATIVE_ENTERPRISE_NUMBER: '0790123495' }, 'COOPERATIVE_ENTERPRISE_NUMBER is the demo value 0790123495'],
    [{ COOPERATIVE_IBAN: '' }, 'COOPERATIVE_IBAN is the demo value'],
  ])('in production, refuses %o with a sentence saying what to set', (bad, sentence) => {
    expect(() => loadConfig({ ...production(), ...bad })).toThrow(sentence);
  });

  it('in production, refuses the ONSS and Peppol sandboxes, which file and deliver nothing', () => {
    expect(() => loadConfig(production())).toThrow(/ONSS_CHANNEL is the local ONSS sandbox, which files nothing with the ONSS.*NODE_ENV=development.*PEPPOL_ACCESS_POINT is the local Peppol sandbox/);
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
