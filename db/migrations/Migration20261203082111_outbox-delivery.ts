import { Migration } from '@mikro-orm/migrations';

export class Migration20261203082111_outbox_delivery extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "notification" add column "channel" varchar(10) not null default 'email', add column "recipient_worker_id" uuid null, add column "language" varchar(2) null, add column "carries_secret" boolean not null default false, add column "attempts" int not null default 0, add column "next_attempt_at" timestamptz null, add column "last_error_code" varchar(100) null, add column "message_id" varchar(300) null;`,
    );
    this.addSql(`alter table "notification" alter column "recipient_email" type varchar(254) using ("recipient_email"::varchar(254));`);
    this.addSql(`alter table "notification" alter column "recipient_email" drop not null;`);
    this.addSql(`create index "notification_sent_at_index" on "notification" ("sent_at");`);
    // Messages queued before this migration: their secrets (links) are marked as such.
    this.addSql(`update "notification" set "carries_secret" = true where "link" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "notification_sent_at_index";`);
    this.addSql(
      `alter table "notification" drop column "channel", drop column "recipient_worker_id", drop column "language", drop column "carries_secret", drop column "attempts", drop column "next_attempt_at", drop column "last_error_code", drop column "message_id";`,
    );

    this.addSql(`alter table "notification" alter column "recipient_email" type varchar(254) using ("recipient_email"::varchar(254));`);
    this.addSql(`alter table "notification" alter column "recipient_email" set not null;`);
  }
}
