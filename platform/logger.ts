import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs. Secrets and personal identifiers are never logged: the redaction list
 * is a safety net, the rule is that code never passes them to the logger in the first place.
 */
export const REDACTED_KEYS = [
  'password',
  'token',
  'authorization',
  'cookie',
  'niss',
  'bis',
  'iban',
  'nationalNumber',
  'permitNumber',
  'documentNumber',
  'birthDate',
  'birthPlace',
  'address',
  'email',
  'phone',
];

export function createLogger(level: string, name = 'talentcoop', destination?: DestinationStream): Logger {
  const paths = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `req.headers.${k}`]);
  return pino({ name, level, redact: { paths, censor: '[redacted]' }, base: { service: name } }, destination);
}

export type { Logger };
