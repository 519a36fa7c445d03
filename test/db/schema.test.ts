import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

describe('the schema', () => {
  it('comes entirely from the committed migrations: nothing differs from the entity definitions', async () => {
    const pending = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(pending.trim()).toBe('');
  });

  it('keeps the audit log append-only', async () => {
    await db.query(
      `insert into audit_entry (occurred_at, actor_id, actor_role, action, subject_type, subject_id) values (now(), 'u', 'admin', 'test', 'x', '1')`,
    );
    await expect(db.query(`update audit_entry set action = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(db.query('delete from audit_entry')).rejects.toThrow(/append-only/);
  });

  it('never changes an issued document', async () => {
    await db.query(`insert into stored_document (id, kind, business_key, file_name, content_type, content_cipher, sha256, size_bytes, created_at)
      values (gen_random_uuid(), 'test', 'k', 'f.pdf', 'application/pdf', '\\x00', 'h', 1, now())`);
    await expect(db.query(`update stored_document set file_name = 'g.pdf'`)).rejects.toThrow(/immutable/);
  });
});
