import { Migration } from '@mikro-orm/migrations';

export class Migration20261127090828_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "alert" ("id" uuid not null, "kind" varchar(60) not null, "severity" varchar(10) not null, "subject_type" varchar(40) not null, "subject_id" varchar(100) not null, "worker_id" uuid null, "message" varchar(500) not null, "raised_at" timestamptz not null, "resolved_at" timestamptz null, "idempotency_key" varchar(200) not null, constraint "alert_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "alert_worker_id_index" on "alert" ("worker_id");`);
    this.addSql(`alter table "alert" add constraint "alert_idempotency_key_unique" unique ("idempotency_key");`);

    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "occurred_at" timestamptz not null, "actor_id" varchar(100) not null, "actor_role" varchar(20) not null, "action" varchar(60) not null, "subject_type" varchar(40) not null, "subject_id" varchar(100) not null, "worker_id" uuid null, "reason" varchar(300) null, "request_id" varchar(100) null, "idempotency_key" varchar(200) null, "details" jsonb null);`,
    );
    this.addSql(`create index "audit_entry_worker_id_index" on "audit_entry" ("worker_id");`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_idempotency_key_unique" unique ("idempotency_key");`);

    this.addSql(
      `create table "employer" ("id" uuid not null, "legal_name" varchar(200) not null, "enterprise_number" varchar(10) not null, "onss_number" varchar(20) null, "sector" varchar(20) not null, "joint_committee" varchar(10) not null, "address" jsonb null, "invoicing_email" varchar(254) null, "peppol_id" varchar(60) null, "created_at" timestamptz not null, constraint "employer_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "employer" add constraint "employer_enterprise_number_unique" unique ("enterprise_number");`);

    this.addSql(
      `create table "onss_sandbox_submission" ("reference" varchar(60) not null, "idempotency_key" varchar(120) not null, "kind" varchar(20) not null, "received_at" timestamptz not null, "answer_after" timestamptz not null, "outcome" varchar(30) not null, "period_id" varchar(60) null, "anomalies" jsonb not null, constraint "onss_sandbox_submission_pkey" primary key ("reference"));`,
    );
    this.addSql(`alter table "onss_sandbox_submission" add constraint "onss_sandbox_submission_idempotency_key_unique" unique ("idempotency_key");`);

    this.addSql(
      `create table "stored_document" ("id" uuid not null, "kind" varchar(40) not null, "business_key" varchar(200) not null, "worker_id" uuid null, "file_name" varchar(200) not null, "content_type" varchar(100) not null, "language" varchar(2) null, "content_cipher" bytea not null, "sha256" varchar(64) not null, "size_bytes" int not null, "created_at" timestamptz not null, constraint "stored_document_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "stored_document" add constraint "stored_document_business_key_unique" unique ("business_key");`);
    this.addSql(`create index "stored_document_worker_id_index" on "stored_document" ("worker_id");`);

    this.addSql(
      `create table "worker" ("id" uuid not null, "code" varchar(12) not null, "first_name" varchar(100) not null, "display_name" varchar(200) not null, "preferred_language" varchar(2) not null, "languages_spoken" jsonb not null, "skills" jsonb not null, "sectors_wanted" jsonb not null, "contact_email_cipher" text null, "contact_phone_cipher" text null, "national_number_cipher" text null, "national_number_hash" varchar(64) null, "national_number_kind" varchar(4) null, "birth_data_cipher" text null, "address_cipher" text null, "iban_cipher" text null, "onboarding_status" varchar(30) not null, "consent_text_version" varchar(20) null, "consent_given_at" timestamptz null, "permit_number_cipher" text null, "permit_issuing_authority" varchar(120) null, "permit_valid_from" date null, "permit_valid_until" date null, "documents_checked" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "erased_at" timestamptz null, constraint "worker_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "worker" add constraint "worker_code_unique" unique ("code");`);
    this.addSql(`alter table "worker" add constraint "worker_national_number_hash_unique" unique ("national_number_hash");`);

    this.addSql(
      `create table "user_account" ("id" uuid not null, "email" varchar(254) not null, "password_hash" varchar(200) not null, "role" varchar(10) not null, "display_name" varchar(200) not null, "employer_id" uuid null, "worker_id" uuid null, "created_at" timestamptz not null, "last_login_at" timestamptz null, constraint "user_account_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "user_account" add constraint "user_account_email_unique" unique ("email");`);

    this.addSql(
      `create table "employment_contract" ("id" uuid not null, "worker_id" uuid not null, "status" varchar(30) not null, "sector" varchar(20) not null, "job_title" varchar(120) not null, "joint_committee" varchar(10) not null, "worker_category" varchar(12) not null, "hourly_wage_cents" int not null, "weekly_hours" numeric(5,2) not null, "start_date" date not null, "end_date" date not null, "language" varchar(2) not null, "document_id" uuid null, "signed_by_worker_at" timestamptz null, "signed_by_cooperative_at" timestamptz null, "ended_on" date null, "end_reason" varchar(300) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "employment_contract_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "employment_contract_worker_id_index" on "employment_contract" ("worker_id");`);

    this.addSql(
      `create table "dimona_declaration" ("id" uuid not null, "contract_id" uuid not null, "action" varchar(8) not null, "idempotency_key" varchar(120) not null, "status" varchar(30) not null, "onss_reference" varchar(60) null, "period_id" varchar(60) null, "payload_cipher" text not null, "anomalies" jsonb not null, "submitted_at" timestamptz not null, "answered_at" timestamptz null, constraint "dimona_declaration_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dimona_declaration_contract_id_index" on "dimona_declaration" ("contract_id");`);
    this.addSql(`alter table "dimona_declaration" add constraint "dimona_declaration_idempotency_key_unique" unique ("idempotency_key");`);

    this.addSql(
      `alter table "user_account" add constraint "user_account_employer_id_foreign" foreign key ("employer_id") references "employer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "user_account" add constraint "user_account_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "employment_contract" add constraint "employment_contract_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "employment_contract" add constraint "employment_contract_document_id_foreign" foreign key ("document_id") references "stored_document" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "dimona_declaration" add constraint "dimona_declaration_contract_id_foreign" foreign key ("contract_id") references "employment_contract" ("id") on update cascade;`,
    );
    // The audit log is append-only: the database itself refuses to change or remove an entry.
    this.addSql(
      `create function audit_entry_is_append_only() returns trigger language plpgsql as $$ begin raise exception 'the audit log is append-only'; end; $$;`,
    );
    this.addSql(`create trigger audit_entry_append_only before update or delete on "audit_entry" for each row execute function audit_entry_is_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_entry_append_only on "audit_entry";`);
    this.addSql(`drop function if exists audit_entry_is_append_only();`);
    this.addSql(`alter table "user_account" drop constraint "user_account_employer_id_foreign";`);

    this.addSql(`alter table "employment_contract" drop constraint "employment_contract_document_id_foreign";`);

    this.addSql(`alter table "user_account" drop constraint "user_account_worker_id_foreign";`);

    this.addSql(`alter table "employment_contract" drop constraint "employment_contract_worker_id_foreign";`);

    this.addSql(`alter table "dimona_declaration" drop constraint "dimona_declaration_contract_id_foreign";`);

    this.addSql(`drop table if exists "alert" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "employer" cascade;`);

    this.addSql(`drop table if exists "onss_sandbox_submission" cascade;`);

    this.addSql(`drop table if exists "stored_document" cascade;`);

    this.addSql(`drop table if exists "worker" cascade;`);

    this.addSql(`drop table if exists "user_account" cascade;`);

    this.addSql(`drop table if exists "employment_contract" cascade;`);

    this.addSql(`drop table if exists "dimona_declaration" cascade;`);
  }
}
