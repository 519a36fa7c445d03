import { Migration } from '@mikro-orm/migrations';

/**
 * Accounts for everyone: disablement and a session version (sign-out and password change end
 * every session), invitations that can be re-sent and show whether they were used, workers'
 * e-mail and mobile number encrypted with a keyed hash to sign in by, one-time SMS codes, and who
 * recorded a worker's consent (an admin's is confirmed by the worker).
 */
export class Migration20261204040731_accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "sign_in_code" ("id" uuid not null, "account_id" uuid not null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "attempts" int not null default 0, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "sign_in_code_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sign_in_code_account_id_index" on "sign_in_code" ("account_id");`);

    this.addSql(
      `alter table "sign_in_code" add constraint "sign_in_code_account_id_foreign" foreign key ("account_id") references "user_account" ("id") on update cascade;`,
    );

    this.addSql(`alter table "worker" add column "consent_recorded_by" varchar(10) null, add column "consent_confirmed_at" timestamptz null;`);

    this.addSql(
      `alter table "user_account" add column "email_cipher" text null, add column "email_hash" varchar(64) null, add column "phone_cipher" text null, add column "phone_hash" varchar(64) null, add column "disabled_at" timestamptz null, add column "session_version" int not null default 0, add column "invitation_id" uuid null, add column "invitation_channel" varchar(10) null, add column "invitation_sent_at" timestamptz null, add column "invitation_expires_at" timestamptz null, add column "invitation_used_at" timestamptz null;`,
    );
    this.addSql(`alter table "user_account" alter column "email" type varchar(254) using ("email"::varchar(254));`);
    this.addSql(`alter table "user_account" alter column "email" drop not null;`);
    this.addSql(`alter table "user_account" add constraint "user_account_email_hash_unique" unique ("email_hash");`);
    this.addSql(`alter table "user_account" add constraint "user_account_phone_hash_unique" unique ("phone_hash");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sign_in_code" cascade;`);

    this.addSql(`alter table "user_account" drop constraint "user_account_email_hash_unique";`);
    this.addSql(`alter table "user_account" drop constraint "user_account_phone_hash_unique";`);
    this.addSql(
      `alter table "user_account" drop column "email_cipher", drop column "email_hash", drop column "phone_cipher", drop column "phone_hash", drop column "disabled_at", drop column "session_version", drop column "invitation_id", drop column "invitation_channel", drop column "invitation_sent_at", drop column "invitation_expires_at", drop column "invitation_used_at";`,
    );

    this.addSql(`alter table "user_account" alter column "email" type varchar(254) using ("email"::varchar(254));`);
    this.addSql(`alter table "user_account" alter column "email" set not null;`);

    this.addSql(`alter table "worker" drop column "consent_recorded_by", drop column "consent_confirmed_at";`);
  }
}
