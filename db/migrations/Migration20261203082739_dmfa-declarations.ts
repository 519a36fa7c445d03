import { Migration } from '@mikro-orm/migrations';

export class Migration20261203082739_dmfa_declarations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "dmfa_declaration" ("quarter" varchar(7) not null, "status" varchar(20) not null, "current_version" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "dmfa_declaration_pkey" primary key ("quarter"));`,
    );

    this.addSql(
      `create table "dmfa_declaration_version" ("id" uuid not null, "quarter" varchar(7) not null, "version" int not null, "status" varchar(20) not null, "reason" varchar(300) not null, "requested_by" varchar(60) not null, "xml_cipher" text null, "validation" jsonb null, "exceptions" jsonb not null, "totals" jsonb not null, "natural_persons" jsonb not null, "payslip_ids" jsonb not null, "net_owed_cents" int not null, "built_at" timestamptz not null, "idempotency_key" varchar(60) not null, "file_name" varchar(80) null, "onss_reference" varchar(60) null, "sent_at" timestamptz null, "sent_by" varchar(60) null, "answered_at" timestamptz null, "anomalies" jsonb not null, constraint "dmfa_declaration_version_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dmfa_declaration_version_quarter_index" on "dmfa_declaration_version" ("quarter");`);
    this.addSql(`alter table "dmfa_declaration_version" add constraint "dmfa_declaration_version_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`alter table "dmfa_declaration_version" add constraint "dmfa_declaration_version_quarter_version_unique" unique ("quarter", "version");`);

    this.addSql(
      `create table "onss_sandbox_dmfa_rejection" ("worker_reference" varchar(20) not null, "reason" varchar(200) not null, "created_at" timestamptz not null, "consumed_by" varchar(60) null, constraint "onss_sandbox_dmfa_rejection_pkey" primary key ("worker_reference"));`,
    );
    // A version once sent is what left the cooperative: its content never changes and it is never
    // deleted; only ONSS's answer (status, answer time, anomalies) is written to it afterwards.
    this.addSql(`create function dmfa_sent_version_is_immutable() returns trigger language plpgsql as $$
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
    this.addSql(
      `create trigger dmfa_sent_version_immutable before update or delete on "dmfa_declaration_version" for each row execute function dmfa_sent_version_is_immutable();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists dmfa_sent_version_immutable on "dmfa_declaration_version";`);
    this.addSql(`drop function if exists dmfa_sent_version_is_immutable();`);
    this.addSql(`drop table if exists "dmfa_declaration" cascade;`);

    this.addSql(`drop table if exists "dmfa_declaration_version" cascade;`);

    this.addSql(`drop table if exists "onss_sandbox_dmfa_rejection" cascade;`);
  }
}
