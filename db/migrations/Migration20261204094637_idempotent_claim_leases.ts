import { Migration } from '@mikro-orm/migrations';

export class Migration20261204094637_idempotent_claim_leases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "idempotent_request" add column "claim_token" varchar(36) null, add column "lease_until" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "idempotent_request" drop column "claim_token", drop column "lease_until";`);
  }
}
