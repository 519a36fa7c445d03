import type { MikroORM } from '@mikro-orm/postgresql';
import { ENCRYPTED_COLUMNS, type EncryptedTable } from '../../platform/crypto/encrypted-columns';
import { EncryptedFieldError, type FieldBinding, type FieldCipher } from '../../platform/crypto/field-cipher';
import { raiseEncryptedFieldAlert } from '../../platform/crypto/integrity-alert';

/** What the rotation did to one encrypted column or one keyed-hash column: counts only, never a value. */
export interface RotatedColumn {
  table: string;
  column: string;
  kind: 'encrypted' | 'keyed hash';
  /** Values rewritten: re-encrypted with the active key and the v2 binding, or hashed again with the current hash key. */
  rewritten: number;
  /** Values that were already current (the active key and v2, or the current hash version). */
  alreadyCurrent: number;
  /** Encrypted values that could not be read where they are (altered, copied from elsewhere, key missing): left as they are, each an alert. */
  unreadable: number;
  /** Hashes whose clear value is gone (an erased file): left as they are. */
  withoutValue: number;
}

export interface RotationReport {
  columns: RotatedColumn[];
  unreadable: number;
}

interface TableSpec {
  key: readonly string[];
  text?: readonly string[];
  bytes?: readonly string[];
  hashes: readonly { column: string; from: string; kind: string }[];
}

type Row = Record<string, unknown>;

/**
 * Re-encrypts every encrypted column of every table listed in `ENCRYPTED_COLUMNS` (and the stored
 * documents) with the active key in the v2 format bound to its row, and recomputes every keyed
 * hash into the current version. Table by table, in batches in key order, one transaction per
 * batch (rows locked `for update`, so a concurrent write is never overwritten by a stale value).
 * Idempotent and resumable: only values not yet current are selected, so a second run (or a run
 * after an interruption) rewrites only what is left. Immutable tables (payslips, stored
 * documents, sent DmfA versions, tax situations) let exactly this through: an update that changes
 * their encrypted columns only, inside a transaction that sets `talentcoop.key_rotation`
 * (migration key-rotation).
 */
export async function rotateEncryptedData(
  orm: MikroORM,
  cipher: FieldCipher,
  opts: { batchSize?: number; onBatch?: (table: string, rows: number) => void } = {},
): Promise<RotationReport> {
  const batchSize = opts.batchSize ?? 500;
  const columns: RotatedColumn[] = [];
  for (const [table, spec] of Object.entries(ENCRYPTED_COLUMNS) as [EncryptedTable, TableSpec][]) {
    columns.push(...(await rotateTable(orm, cipher, table, spec, batchSize, opts.onBatch)));
  }
  return { columns, unreadable: columns.reduce((n, c) => n + c.unreadable, 0) };
}

async function rotateTable(
  orm: MikroORM,
  cipher: FieldCipher,
  table: EncryptedTable,
  spec: TableSpec,
  batchSize: number,
  onBatch?: (table: string, rows: number) => void,
): Promise<RotatedColumn[]> {
  const text = spec.text ?? [];
  const bytes = spec.bytes ?? [];
  const textPrefix = `v2.${cipher.activeKeyId}.`;
  const keyId = Buffer.from(cipher.activeKeyId);
  const bytesPrefix = Buffer.concat([Buffer.from('v2'), Buffer.from([keyId.length]), keyId]);
  const hashPrefix = `${cipher.blindIndexVersion}.`;
  // Each condition says "this value is not current"; its parameter is the current prefix.
  const stale = [
    ...text.map((c) => ({ sql: `(${c} is not null and left(${c}, ${textPrefix.length}) <> ?)`, param: textPrefix as unknown })),
    ...bytes.map((c) => ({ sql: `(${c} is not null and substring(${c} from 1 for ${bytesPrefix.length}) <> ?)`, param: bytesPrefix as unknown })),
    ...spec.hashes.map((h) => ({ sql: `(${h.column} is not null and left(${h.column}, ${hashPrefix.length}) <> ?)`, param: hashPrefix as unknown })),
  ];
  const report = new Map<string, RotatedColumn>();
  const count = (column: string, kind: RotatedColumn['kind']) => {
    const key = `${kind}:${column}`;
    if (!report.has(key)) report.set(key, { table, column, kind, rewritten: 0, alreadyCurrent: 0, unreadable: 0, withoutValue: 0 });
    return report.get(key)!;
  };
  const conn = orm.em.getConnection();
  // What is there before: non-null values per column, to tell how many were already current.
  const presentSql = [...text, ...bytes, ...spec.hashes.map((h) => h.column)].map((c) => `count(${c})::int as "${c}"`).join(', ');
  const [present] = (await conn.execute(`select ${presentSql} from ${table}`)) as Row[];

  const keyList = spec.key.join(', ');
  let after: string[] | null = null;
  for (;;) {
    const batch = await orm.em.fork().transactional(async (tx) => {
      const ctx = tx.getTransactionContext();
      const run = (sql: string, params: unknown[] = []) => tx.getConnection().execute(sql, params, 'all', ctx) as Promise<Row[]>;
      await run(`set local talentcoop.key_rotation = 'on'`);
      const cursor = after ? `(${keyList}) > (${spec.key.map(() => '?').join(', ')}) and ` : '';
      const rows = await run(
        `select ${spec.key.map((k) => `${k}::text as "${k}"`).join(', ')}, ${[...text, ...bytes, ...spec.hashes.map((h) => h.column)].join(', ')}
         from ${table} where ${cursor}(${stale.map((s) => s.sql).join(' or ')})
         order by ${keyList} limit ${batchSize} for update`,
        [...(after ?? []), ...stale.map((s) => s.param)],
      );
      for (const row of rows) {
        const id = spec.key.map((k) => row[k] as string).join(':');
        const at = (column: string) => ({ table, column, id }) as FieldBinding;
        const changes: Record<string, unknown> = {};
        const clear = new Map<string, string | null>();
        const failures = new Map<string, EncryptedFieldError>();
        const read = (column: string): string | null | undefined => {
          if (clear.has(column)) return clear.get(column);
          const stored = row[column] as string | null;
          try {
            const value = stored === null ? null : cipher.decrypt(stored, at(column));
            clear.set(column, value);
            return value;
          } catch (err) {
            if (!(err instanceof EncryptedFieldError)) throw err;
            failures.set(column, err);
            return undefined;
          }
        };
        for (const column of text) {
          const stored = row[column] as string | null;
          if (stored === null || cipher.isCurrent(stored)) continue;
          const value = read(column);
          if (value === undefined) {
            count(column, 'encrypted').unreadable++;
            await raiseEncryptedFieldAlert(orm, failures.get(column)!);
            continue;
          }
          changes[column] = cipher.encrypt(value!, at(column));
          count(column, 'encrypted').rewritten++;
        }
        for (const column of bytes) {
          const stored = row[column] as Buffer | null;
          if (stored === null || cipher.isCurrent(stored)) continue;
          try {
            changes[column] = cipher.encryptBytes(cipher.decryptBytes(stored, at(column)), at(column));
            count(column, 'encrypted').rewritten++;
          } catch (err) {
            if (!(err instanceof EncryptedFieldError)) throw err;
            count(column, 'encrypted').unreadable++;
            await raiseEncryptedFieldAlert(orm, err);
          }
        }
        for (const h of spec.hashes) {
          const stored = row[h.column] as string | null;
          if (stored === null || cipher.isCurrentBlindIndex(stored)) continue;
          const value = row[h.from] === null ? null : read(h.from);
          if (value === undefined) continue; // its encrypted value is unreadable: counted and alerted above
          if (value === null) {
            count(h.column, 'keyed hash').withoutValue++;
            continue;
          }
          changes[h.column] = cipher.blindIndex(h.kind, value);
          count(h.column, 'keyed hash').rewritten++;
        }
        const set = Object.keys(changes);
        if (set.length > 0) {
          await run(`update ${table} set ${set.map((c) => `${c} = ?`).join(', ')} where ${spec.key.map((k) => `${k} = ?`).join(' and ')}`, [
            ...set.map((c) => changes[c]),
            ...spec.key.map((k) => row[k]),
          ]);
        }
      }
      return rows;
    });
    if (batch.length === 0) break;
    onBatch?.(table, batch.length);
    const last = batch[batch.length - 1]!;
    after = spec.key.map((k) => last[k] as string);
    if (batch.length < batchSize) break;
  }

  const result: RotatedColumn[] = [];
  for (const [column, kind] of [...[...text, ...bytes].map((c) => [c, 'encrypted'] as const), ...spec.hashes.map((h) => [h.column, 'keyed hash'] as const)]) {
    const c = count(column, kind);
    c.alreadyCurrent = Number(present?.[column] ?? 0) - c.rewritten - c.unreadable - c.withoutValue;
    result.push(c);
  }
  return result;
}
