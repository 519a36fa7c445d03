import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { UNREADABLE_VALUE_ALERT_KIND, UNREADABLE_VALUE_FIX, unreadableValueAlertKey } from '../../domain/alerts/unreadable-value';
import type { EncryptedFieldError } from './field-cipher';

export const ENCRYPTED_FIELD_ALERT_KIND = UNREADABLE_VALUE_ALERT_KIND;

/**
 * An encrypted value that cannot be read where it is becomes an administrator's alert (once per
 * table, column and row): it names the place and the reason, never the value. Someone changed the
 * database outside the application (or a key left the keyring too early); the fix is to restore
 * the value from a backup or record it again.
 */
export async function raiseEncryptedFieldAlert(orm: MikroORM, err: EncryptedFieldError): Promise<void> {
  const { table, id } = err.at;
  await orm.em
    .fork()
    .getConnection()
    .execute(
      `insert into alert (id, kind, severity, subject_type, subject_id, worker_id, message, raised_at, idempotency_key)
     values (?, ?, 'critical', ?, ?, ?, ?, now(), ?) on conflict (idempotency_key) do nothing`,
      [
        randomUUID(),
        ENCRYPTED_FIELD_ALERT_KIND,
        table.slice(0, 40),
        id.slice(0, 100),
        table === 'worker' ? id : null,
        `${err.message[0]!.toUpperCase()}${err.message.slice(1)}. ${UNREADABLE_VALUE_FIX}`.slice(0, 500),
        unreadableValueAlertKey(err.place),
      ],
    );
}
