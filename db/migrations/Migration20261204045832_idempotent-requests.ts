import { Migration } from '@mikro-orm/migrations';

export class Migration20261204045832_idempotent_requests extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "idempotent_request" ("caller" varchar(36) not null, "key" varchar(200) not null, "request_hash" varchar(64) not null, "status" int null, "answer_cipher" text null, "created_at" timestamptz not null, constraint "idempotent_request_pkey" primary key ("caller", "key"));`,
    );
    this.addSql(`create index "idempotent_request_created_at_index" on "idempotent_request" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotent_request" cascade;`);
  }
}
