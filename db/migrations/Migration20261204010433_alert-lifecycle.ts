import { Migration } from '@mikro-orm/migrations';

/** Alerts that end: why one resolved itself, and who acknowledged it with what note. */
export class Migration20261204010433_alert_lifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "alert" add column "resolution" varchar(300) null, add column "acknowledged_at" timestamptz null, add column "acknowledged_by" varchar(36) null, add column "acknowledgement_note" varchar(500) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "alert" drop column "resolution", drop column "acknowledged_at", drop column "acknowledged_by", drop column "acknowledgement_note";`,
    );
  }
}
