import { Migration } from '@mikro-orm/migrations';

export class Migration20261204045316_message_languages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "employer" add column "language" varchar(2) not null default 'fr';`);

    this.addSql(`alter table "user_account" add column "language" varchar(2) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "employer" drop column "language";`);

    this.addSql(`alter table "user_account" drop column "language";`);
  }
}
