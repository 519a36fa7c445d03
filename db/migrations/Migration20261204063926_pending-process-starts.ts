import { Migration } from '@mikro-orm/migrations';

export class Migration20261204063926_pending_process_starts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "pending_process_start" ("workflow_id" varchar(200) not null, "kind" varchar(40) not null, "subject_id" uuid not null, "attempts" int not null default 0, "last_attempt_at" timestamptz null, "created_at" timestamptz not null, constraint "pending_process_start_pkey" primary key ("workflow_id"));`,
    );
    this.addSql(`create index "pending_process_start_created_at_index" on "pending_process_start" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pending_process_start" cascade;`);
  }
}
