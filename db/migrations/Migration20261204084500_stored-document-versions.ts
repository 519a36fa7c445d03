import { Migration } from '@mikro-orm/migrations';

export class Migration20261204084500_stored_document_versions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "stored_document" add column "version" int not null default 1, add column "supersedes" uuid null;`);
    this.addSql(`alter table "stored_document" add constraint "stored_document_supersedes_unique" unique ("supersedes");`);
    // No foreign key: issued documents are never deleted (a trigger refuses it), so the link cannot dangle.
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "stored_document" drop constraint "stored_document_supersedes_unique";`);
    this.addSql(`alter table "stored_document" drop column "version", drop column "supersedes";`);
  }
}
