import { Migration } from '@mikro-orm/migrations';

export class Migration20261127093516_placements_and_timesheets extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "job_request" ("id" uuid not null, "employer_id" uuid not null, "occupation" varchar(120) not null, "sector" varchar(20) not null, "headcount" int not null, "hours_per_week" numeric(5,2) not null, "start_date" date not null, "end_date" date not null, "site_address" jsonb not null, "required_skills" jsonb not null, "required_languages" jsonb not null, "offered_hourly_wage_cents" int not null, "comparable_staff_hourly_wage_cents" int not null, "status" varchar(20) not null, "created_at" timestamptz not null, constraint "job_request_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "job_request_employer_id_index" on "job_request" ("employer_id");`);

    this.addSql(
      `create table "notification" ("id" uuid not null, "idempotency_key" varchar(200) not null, "recipient_email" varchar(254) not null, "recipient_user_id" uuid null, "kind" varchar(60) not null, "subject" varchar(200) not null, "body" text not null, "link" text null, "created_at" timestamptz not null, "sent_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "notification" add constraint "notification_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "notification_recipient_user_id_index" on "notification" ("recipient_user_id");`);

    this.addSql(
      `create table "placement" ("id" uuid not null, "job_request_id" uuid not null, "employer_id" uuid not null, "worker_id" uuid not null, "contract_id" uuid null, "start_date" date not null, "end_date" date not null, "pay_rate_cents" int not null, "billing_mode" varchar(12) not null, "billing_coefficient" numeric(6,4) null, "bill_rate_cents" int not null, "status" varchar(20) not null, "status_reason" varchar(500) null, "ended_on" date null, "end_reason" varchar(300) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "placement_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "placement_job_request_id_index" on "placement" ("job_request_id");`);
    this.addSql(`create index "placement_employer_id_index" on "placement" ("employer_id");`);
    this.addSql(`create index "placement_worker_id_index" on "placement" ("worker_id");`);

    this.addSql(
      `create table "timesheet" ("id" uuid not null, "placement_id" uuid not null, "iso_week" varchar(8) not null, "version" int not null, "status" varchar(20) not null, "entries" jsonb not null, "totals_by_kind" jsonb not null, "total_minutes" int not null, "submitted_at" timestamptz null, "submitted_by" varchar(100) null, "decided_at" timestamptz null, "decided_by" varchar(120) null, "decision_via" varchar(12) null, "dispute_reason" varchar(500) null, "approval_evidence" jsonb null, "worker_confirmed_at" timestamptz null, "supersedes" uuid null, "correction_reason" varchar(300) null, "invoice_id" uuid null, "payslip_id" uuid null, "created_at" timestamptz not null, constraint "timesheet_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "timesheet_placement_id_index" on "timesheet" ("placement_id");`);
    this.addSql(`alter table "timesheet" add constraint "timesheet_placement_id_iso_week_version_unique" unique ("placement_id", "iso_week", "version");`);

    this.addSql(
      `create table "approval_link" ("jti" varchar(64) not null, "timesheet_id" uuid not null, "recipient_email" varchar(254) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "approval_link_pkey" primary key ("jti"));`,
    );
    this.addSql(`create index "approval_link_timesheet_id_index" on "approval_link" ("timesheet_id");`);

    this.addSql(
      `alter table "job_request" add constraint "job_request_employer_id_foreign" foreign key ("employer_id") references "employer" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "placement" add constraint "placement_job_request_id_foreign" foreign key ("job_request_id") references "job_request" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "placement" add constraint "placement_employer_id_foreign" foreign key ("employer_id") references "employer" ("id") on update cascade;`,
    );
    this.addSql(`alter table "placement" add constraint "placement_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade;`);
    this.addSql(
      `alter table "placement" add constraint "placement_contract_id_foreign" foreign key ("contract_id") references "employment_contract" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "timesheet" add constraint "timesheet_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "approval_link" add constraint "approval_link_timesheet_id_foreign" foreign key ("timesheet_id") references "timesheet" ("id") on update cascade;`,
    );
    // Approved weeks are immutable: only the move to superseded, the worker's confirmation and a
    // first link to an invoice or payslip may touch them. A correction is a new version.
    this.addSql(`create function timesheet_approved_is_immutable() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.status in ('approved', 'deemed-approved', 'superseded') then raise exception 'an approved timesheet cannot be deleted'; end if;
          return old;
        end if;
        if old.status in ('approved', 'deemed-approved', 'superseded') and (
             new.entries is distinct from old.entries or new.totals_by_kind is distinct from old.totals_by_kind
          or new.total_minutes <> old.total_minutes or new.version <> old.version or new.iso_week <> old.iso_week
          or new.placement_id <> old.placement_id or new.decided_at is distinct from old.decided_at
          or new.decided_by is distinct from old.decided_by or new.approval_evidence is distinct from old.approval_evidence
          or (old.status = 'superseded' and new.status <> 'superseded')
          or (old.status <> 'superseded' and new.status not in (old.status, 'superseded'))
          or (old.invoice_id is not null and new.invoice_id is distinct from old.invoice_id)
          or (old.payslip_id is not null and new.payslip_id is distinct from old.payslip_id)) then
          raise exception 'an approved timesheet is immutable: correct it with a new version';
        end if;
        return new;
      end; $$;`);
    this.addSql(
      `create trigger timesheet_approved_immutable before update or delete on "timesheet" for each row execute function timesheet_approved_is_immutable();`,
    );
    // Issued documents (contracts, payslips, invoices) are never changed nor removed.
    this.addSql(
      `create function stored_document_is_immutable() returns trigger language plpgsql as $$ begin raise exception 'an issued document is immutable'; end; $$;`,
    );
    this.addSql(
      `create trigger stored_document_immutable before update or delete on "stored_document" for each row execute function stored_document_is_immutable();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists stored_document_immutable on "stored_document";`);
    this.addSql(`drop function if exists stored_document_is_immutable();`);
    this.addSql(`drop trigger if exists timesheet_approved_immutable on "timesheet";`);
    this.addSql(`drop function if exists timesheet_approved_is_immutable();`);
    this.addSql(`alter table "placement" drop constraint "placement_job_request_id_foreign";`);

    this.addSql(`alter table "timesheet" drop constraint "timesheet_placement_id_foreign";`);

    this.addSql(`alter table "approval_link" drop constraint "approval_link_timesheet_id_foreign";`);

    this.addSql(`drop table if exists "job_request" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "placement" cascade;`);

    this.addSql(`drop table if exists "timesheet" cascade;`);

    this.addSql(`drop table if exists "approval_link" cascade;`);
  }
}
