import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../platform/config';
import { freshSecrets } from '../scripts/lib/dev-secrets';
import { ROOT } from '../scripts/lib/paths';

const valid = () => ({ ...freshSecrets(), NODE_ENV: 'production', SMTP_HOST: 'smtp.example.org' });

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
    [{ ALLOW_DEMO_ACCOUNTS: 'true' }, 'ALLOW_DEMO_ACCOUNTS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SMTP_HOST: '' }, 'SMTP_HOST is required in production'],
  ])('refuses %o with a sentence naming it', (bad, named) => {
    expect(() => loadConfig({ ...valid(), ...bad })).toThrow(ConfigError);
    expect(() => loadConfig({ ...valid(), ...bad })).toThrow(named);
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
