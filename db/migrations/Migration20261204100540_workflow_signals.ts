import { Migration } from '@mikro-orm/migrations';

export class Migration20261204100540_workflow_signals extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "workflow_signal" ("id" uuid not null, "workflow_id" varchar(200) not null, "signal_name" varchar(100) not null, "payload" jsonb not null, "attempts" int not null default 0, "next_attempt_at" timestamptz null, "last_error_code" varchar(100) null, "created_at" timestamptz not null, constraint "workflow_signal_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "workflow_signal_workflow_id_index" on "workflow_signal" ("workflow_id");`);
    this.addSql(`create index "workflow_signal_created_at_index" on "workflow_signal" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "workflow_signal" cascade;`);
  }
}
