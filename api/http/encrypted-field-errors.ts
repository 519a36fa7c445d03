import type { ErrorRequestHandler } from 'express';
import { EncryptedFieldError } from '../../platform/crypto/field-cipher';
import { raiseEncryptedFieldAlert } from '../../platform/crypto/integrity-alert';
import type { ApiDeps } from '../deps';
import { problems } from './problem';

/**
 * A stored value that fails its integrity check (copied from another row, altered, or of a key
 * no longer in the keyring) is not a crash: the request answers a 409 `encrypted-value-integrity`
 * problem that shows nothing of the record, the administrators get an alert naming the table,
 * column and row, and the log says the same (never the value).
 */
export function encryptedFieldErrors(deps: Pick<ApiDeps, 'orm' | 'logger'>): ErrorRequestHandler {
  return async (err, _req, res, next) => {
    if (!(err instanceof EncryptedFieldError)) return next(err);
    const requestId = String(res.locals.requestId ?? 'unknown');
    deps.logger.warn(
      { requestId, table: err.at.table, column: err.at.column, rowId: err.at.id, reason: err.reason },
      'encrypted value failed its integrity check',
    );
    try {
      await raiseEncryptedFieldAlert(deps.orm, err);
    } catch (alertErr) {
      deps.logger.error({ requestId, err: { name: (alertErr as Error)?.name } }, 'integrity alert not recorded');
    }
    next(problems.encryptedValueIntegrity());
  };
}
