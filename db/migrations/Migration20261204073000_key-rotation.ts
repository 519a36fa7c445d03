import { Migration } from '@mikro-orm/migrations';

/**
 * The key-rotation command (`npm run crypto:rotate`) re-encrypts values in tables that are
 * otherwise never updated: issued payslips and documents, sent DmfA versions, tax situations.
 * Their triggers now let one update through: one that changes only the encrypted columns, inside
 * a transaction that declared itself a key rotation (`set local talentcoop.key_rotation = 'on'`).
 * The clear content stays the same (the command decrypts and encrypts it again); anything else is
 * refused as before.
 */
export class Migration20261204073000_key_rotation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function key_rotation_changes_only(old_row jsonb, new_row jsonb, encrypted text[]) returns boolean language sql stable as $$
      select coalesce(current_setting('talentcoop.key_rotation', true), '') = 'on' and (old_row - encrypted) = (new_row - encrypted)
    $$;`);
    this.addSql(`create or replace function payslip_is_immutable() returns trigger language plpgsql as $$ begin
      if tg_op = 'UPDATE' and key_rotation_changes_only(to_jsonb(old), to_jsonb(new), array['tax_situation_cipher', 'iban_cipher']) then return new; end if;
      raise exception 'an issued payslip is immutable';
    end; $$;`);
    this.addSql(`create or replace function stored_document_is_immutable() returns trigger language plpgsql as $$ begin
      if tg_op = 'UPDATE' and key_rotation_changes_only(to_jsonb(old), to_jsonb(new), array['content_cipher']) then return new; end if;
      raise exception 'an issued document is immutable';
    end; $$;`);
    this.addSql(`create or replace function worker_tax_situation_is_history() returns trigger language plpgsql as $$ begin
      if tg_op = 'DELETE' then raise exception 'a tax situation is history and is never deleted'; end if;
      if old.confirmed_at is null and new.confirmed_at is not null and new.status = 'confirmed'
        and (new.worker_id, new.effective_from, new.situation_cipher, new.recorded_by, new.recorded_at) is not distinct from (old.worker_id, old.effective_from, old.situation_cipher, old.recorded_by, old.recorded_at)
      then return new; end if;
      if key_rotation_changes_only(to_jsonb(old), to_jsonb(new), array['situation_cipher']) then return new; end if;
      raise exception 'a tax situation is history: record a new one';
    end; $$;`);
    this.addSql(`create or replace function dmfa_sent_version_is_immutable() returns trigger language plpgsql as $$
      begin
        if OLD.sent_at is null then
          if TG_OP = 'DELETE' then return OLD; end if;
          return NEW;
        end if;
        if TG_OP = 'DELETE' then raise exception 'a sent DmfA version is immutable'; end if;
        if key_rotation_changes_only(to_jsonb(OLD), to_jsonb(NEW), array['xml_cipher']) then return NEW; end if;
        if NEW.quarter is distinct from OLD.quarter or NEW.version is distinct from OLD.version or NEW.xml_cipher is distinct from OLD.xml_cipher
           or NEW.validation is distinct from OLD.validation or NEW.exceptions is distinct from OLD.exceptions or NEW.totals is distinct from OLD.totals
           or NEW.natural_persons is distinct from OLD.natural_persons or NEW.payslip_ids is distinct from OLD.payslip_ids
           or NEW.net_owed_cents is distinct from OLD.net_owed_cents or NEW.idempotency_key is distinct from OLD.idempotency_key
           or NEW.file_name is distinct from OLD.file_name or NEW.onss_reference is distinct from OLD.onss_reference
           or NEW.sent_at is distinct from OLD.sent_at or NEW.sent_by is distinct from OLD.sent_by or NEW.built_at is distinct from OLD.built_at then
          raise exception 'a sent DmfA version is immutable: a correction is a new version';
        end if;
        return NEW;
      end; $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create or replace function payslip_is_immutable() returns trigger language plpgsql as $$ begin raise exception 'an issued payslip is immutable'; end; $$;`,
    );
    this.addSql(
      `create or replace function stored_document_is_immutable() returns trigger language plpgsql as $$ begin raise exception 'an issued document is immutable'; end; $$;`,
    );
    this.addSql(`create or replace function worker_tax_situation_is_history() returns trigger language plpgsql as $$ begin
      if tg_op = 'DELETE' then raise exception 'a tax situation is history and is never deleted'; end if;
      if old.confirmed_at is null and new.confirmed_at is not null and new.status = 'confirmed'
        and (new.worker_id, new.effective_from, new.situation_cipher, new.recorded_by, new.recorded_at) is not distinct from (old.worker_id, old.effective_from, old.situation_cipher, old.recorded_by, old.recorded_at)
      then return new; end if;
      raise exception 'a tax situation is history: record a new one';
    end; $$;`);
    this.addSql(`create or replace function dmfa_sent_version_is_immutable() returns trigger language plpgsql as $$
      begin
        if OLD.sent_at is null then
          if TG_OP = 'DELETE' then return OLD; end if;
          return NEW;
        end if;
        if TG_OP = 'DELETE' then raise exception 'a sent DmfA version is immutable'; end if;
        if NEW.quarter is distinct from OLD.quarter or NEW.version is distinct from OLD.version or NEW.xml_cipher is distinct from OLD.xml_cipher
           or NEW.validation is distinct from OLD.validation or NEW.exceptions is distinct from OLD.exceptions or NEW.totals is distinct from OLD.totals
           or NEW.natural_persons is distinct from OLD.natural_persons or NEW.payslip_ids is distinct from OLD.payslip_ids
           or NEW.net_owed_cents is distinct from OLD.net_owed_cents or NEW.idempotency_key is distinct from OLD.idempotency_key
           or NEW.file_name is distinct from OLD.file_name or NEW.onss_reference is distinct from OLD.onss_reference
           or NEW.sent_at is distinct from OLD.sent_at or NEW.sent_by is distinct from OLD.sent_by or NEW.built_at is distinct from OLD.built_at then
          raise exception 'a sent DmfA version is immutable: a correction is a new version';
        end if;
        return NEW;
      end; $$;`);
    this.addSql(`drop function if exists key_rotation_changes_only(jsonb, jsonb, text[]);`);
  }
}
