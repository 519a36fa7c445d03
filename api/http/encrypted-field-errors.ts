import { ApplicationFailure } from '@temporalio/client';
import type { ErrorRequestHandler } from 'express';
import { UNREADABLE_VALUE_FAILURE, type UnreadableValue } from '../../domain/alerts/unreadable-value';
import { EncryptedFieldError, type FieldBinding } from '../../platform/crypto/field-cipher';
import { raiseEncryptedFieldAlert } from '../../platform/crypto/integrity-alert';
import type { ApiDeps } from '../deps';
import { problems } from './problem';

/**
 * The unreadable value behind an error: read here (`EncryptedFieldError`), or met by an activity
 * of a workflow the request waited for (a document rendered, an update carried out), which
 * reports it as a failure carrying the place.
 */
function unreadableValueIn(err: unknown): EncryptedFieldError | null {
  if (err instanceof EncryptedFieldError) return err;
  let e: unknown = err;
  for (let depth = 0; e && depth < 6; depth++) {
    if (e instanceof ApplicationFailure && e.type === UNREADABLE_VALUE_FAILURE) {
      const place = e.details?.[0] as UnreadableValue | undefined;
      if (!place) return null;
      return new EncryptedFieldError({ table: place.table, column: place.column, id: place.id } as FieldBinding, place.reason);
    }
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * A stored value that fails its integrity check (copied from another row, altered, or of a key
 * no longer in the keyring) is not a crash: the request answers a 409 `encrypted-value-integrity`
 * problem that shows nothing of the record, the administrators get an alert naming the table,
 * column and row, and the log says the same (never the value).
 */
export function encryptedFieldErrors(deps: Pick<ApiDeps, 'orm' | 'logger'>): ErrorRequestHandler {
  return async (caught, _req, res, next) => {
    const err = unreadableValueIn(caught);
    if (!err) return next(caught);
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
