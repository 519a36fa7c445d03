import { loadConfig, type AppConfig } from '../../platform/config';
import { freshSecrets } from '../../scripts/lib/dev-secrets';

/** A valid configuration with fresh keys, for one test file. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '1000', ...freshSecrets(), ...overrides });
}
