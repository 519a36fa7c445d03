import { Migration } from '@mikro-orm/migrations';

export class Migration20261204065338_worker_alternative_payment extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "worker" add column "alternative_payment" varchar(30) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "worker" drop column "alternative_payment";`);
  }
}
