import { Migration } from '@mikro-orm/migrations';

export class Migration20261203084135_payroll_runs extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "payroll_exception" ("id" uuid not null, "run_id" uuid not null, "round" int not null, "worker_id" uuid not null, "worker_code" varchar(12) not null, "kind" varchar(30) not null, "exception_key" varchar(200) not null, "message" varchar(500) not null, "created_at" timestamptz not null, constraint "payroll_exception_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payroll_exception_run_id_index" on "payroll_exception" ("run_id");`);
    this.addSql(`create index "payroll_exception_worker_id_index" on "payroll_exception" ("worker_id");`);
    this.addSql(
      `alter table "payroll_exception" add constraint "payroll_exception_run_id_round_exception_key_unique" unique ("run_id", "round", "exception_key");`,
    );

    this.addSql(
      `create table "payroll_run" ("id" uuid not null, "period" varchar(7) not null, "status" varchar(20) not null, "started_by" varchar(100) not null, "started_at" timestamptz not null, "progress_done" int not null default 0, "progress_total" int not null default 0, "totals" jsonb null, "totals_by_employer" jsonb null, "change" jsonb null, "round" int not null default 1, "rejections" jsonb not null, "approved_by" varchar(100) null, "approved_at" timestamptz null, "payment_date" date null, "finalised_at" timestamptz null, "updated_at" timestamptz not null, constraint "payroll_run_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "payroll_run" add constraint "payroll_run_period_unique" unique ("period");`);

    this.addSql(
      `create table "payslip" ("id" uuid not null, "business_key" varchar(200) not null, "number" varchar(20) not null, "document_id" uuid null, "document_sha256" varchar(64) null, "language" varchar(2) not null, "payment_date" date not null, "issued_at" timestamptz not null, "run_id" uuid not null, "period" varchar(7) not null, "worker_id" uuid not null, "contract_id" uuid not null, "worker_code" varchar(12) not null, "kind" varchar(16) not null, "corrects_payslip_id" uuid null, "regularises_period" varchar(7) null, "sequence" int not null, "worker_category" varchar(12) not null, "joint_committee" varchar(10) not null, "job_title" varchar(120) not null, "weekly_hours" numeric(5,2) not null, "full_time_weekly_hours" numeric(5,2) not null, "hourly_wage_cents" int not null, "minutes_by_kind" jsonb not null, "days_worked" int not null, "minutes_by_employer" jsonb not null, "gross_cents" int not null, "personal_contribution_cents" int not null, "social_work_bonus_cents" int not null, "withholding_tax_cents" int not null, "special_contribution_cents" int not null, "net_cents" int not null, "employer_contributions_cents" int not null, "structural_reduction_cents" int not null, "employer_cost_cents" int not null, "totals" jsonb not null, "lines" jsonb not null, "provisional" boolean not null, "provisional_parameters" jsonb not null, "tax_situation_cipher" text not null, "tax_situation_recorded" boolean not null, "payment_method" varchar(10) not null, "iban_cipher" text null, "iban_last4" varchar(4) null, "timesheet_ids" jsonb not null, "created_at" timestamptz not null, constraint "payslip_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "payslip" add constraint "payslip_business_key_unique" unique ("business_key");`);
    this.addSql(`alter table "payslip" add constraint "payslip_number_unique" unique ("number");`);
    this.addSql(`create index "payslip_run_id_index" on "payslip" ("run_id");`);
    this.addSql(`create index "payslip_worker_id_index" on "payslip" ("worker_id");`);
    this.addSql(`create index "payslip_contract_id_index" on "payslip" ("contract_id");`);

    this.addSql(
      `create table "payslip_draft" ("id" uuid not null, "draft_key" varchar(200) not null, "run_id" uuid not null, "period" varchar(7) not null, "worker_id" uuid not null, "contract_id" uuid not null, "worker_code" varchar(12) not null, "kind" varchar(16) not null, "corrects_payslip_id" uuid null, "regularises_period" varchar(7) null, "sequence" int not null, "worker_category" varchar(12) not null, "joint_committee" varchar(10) not null, "job_title" varchar(120) not null, "weekly_hours" numeric(5,2) not null, "full_time_weekly_hours" numeric(5,2) not null, "hourly_wage_cents" int not null, "minutes_by_kind" jsonb not null, "days_worked" int not null, "minutes_by_employer" jsonb not null, "gross_cents" int not null, "personal_contribution_cents" int not null, "social_work_bonus_cents" int not null, "withholding_tax_cents" int not null, "special_contribution_cents" int not null, "net_cents" int not null, "employer_contributions_cents" int not null, "structural_reduction_cents" int not null, "employer_cost_cents" int not null, "totals" jsonb not null, "lines" jsonb not null, "provisional" boolean not null, "provisional_parameters" jsonb not null, "tax_situation_cipher" text not null, "tax_situation_recorded" boolean not null, "payment_method" varchar(10) not null, "iban_cipher" text null, "iban_last4" varchar(4) null, "timesheet_ids" jsonb not null, "created_at" timestamptz not null, constraint "payslip_draft_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "payslip_draft" add constraint "payslip_draft_draft_key_unique" unique ("draft_key");`);
    this.addSql(`create index "payslip_draft_run_id_index" on "payslip_draft" ("run_id");`);
    this.addSql(`create index "payslip_draft_worker_id_index" on "payslip_draft" ("worker_id");`);
    this.addSql(`create index "payslip_draft_contract_id_index" on "payslip_draft" ("contract_id");`);

    this.addSql(
      `create table "timesheet_payment" ("timesheet_id" uuid not null, "period" varchar(7) not null, "payslip_id" uuid not null, "created_at" timestamptz not null, constraint "timesheet_payment_pkey" primary key ("timesheet_id", "period"));`,
    );
    this.addSql(`create index "timesheet_payment_payslip_id_index" on "timesheet_payment" ("payslip_id");`);

    this.addSql(
      `create table "worker_tax_situation" ("id" uuid not null, "worker_id" uuid not null, "effective_from" date not null, "situation_cipher" text not null, "status" varchar(24) not null, "recorded_by" varchar(100) not null, "recorded_by_role" varchar(10) not null, "recorded_at" timestamptz not null, "confirmed_by" varchar(100) null, "confirmed_at" timestamptz null, "idempotency_key" varchar(200) null, constraint "worker_tax_situation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "worker_tax_situation_worker_id_index" on "worker_tax_situation" ("worker_id");`);
    this.addSql(`alter table "worker_tax_situation" add constraint "worker_tax_situation_idempotency_key_unique" unique ("idempotency_key");`);
    // An issued payslip is never edited nor deleted: a correction is a regularisation payslip.
    this.addSql(
      `create function payslip_is_immutable() returns trigger language plpgsql as $$ begin raise exception 'an issued payslip is immutable'; end; $$;`,
    );
    this.addSql(`create trigger payslip_immutable before update or delete on "payslip" for each row execute function payslip_is_immutable();`);
    // A declared tax situation is history: only its confirmation may be added, once.
    this.addSql(`create function worker_tax_situation_is_history() returns trigger language plpgsql as $$ begin
      if tg_op = 'DELETE' then raise exception 'a tax situation is history and is never deleted'; end if;
      if old.confirmed_at is null and new.confirmed_at is not null and new.status = 'confirmed'
        and (new.worker_id, new.effective_from, new.situation_cipher, new.recorded_by, new.recorded_at) is not distinct from (old.worker_id, old.effective_from, old.situation_cipher, old.recorded_by, old.recorded_at)
      then return new; end if;
      raise exception 'a tax situation is history: record a new one';
    end; $$;`);
    this.addSql(
      `create trigger worker_tax_situation_history before update or delete on "worker_tax_situation" for each row execute function worker_tax_situation_is_history();`,
    );
    this.addSql(
      `create function timesheet_payment_is_insert_only() returns trigger language plpgsql as $$ begin raise exception 'a timesheet payment is history'; end; $$;`,
    );
    this.addSql(
      `create trigger timesheet_payment_insert_only before update or delete on "timesheet_payment" for each row execute function timesheet_payment_is_insert_only();`,
    );
    this.addSql(`create index "payslip_period_index" on "payslip" ("period");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists payslip_immutable on "payslip";`);
    this.addSql(`drop function if exists payslip_is_immutable();`);
    this.addSql(`drop trigger if exists worker_tax_situation_history on "worker_tax_situation";`);
    this.addSql(`drop function if exists worker_tax_situation_is_history();`);
    this.addSql(`drop trigger if exists timesheet_payment_insert_only on "timesheet_payment";`);
    this.addSql(`drop function if exists timesheet_payment_is_insert_only();`);
    this.addSql(`drop table if exists "payroll_exception" cascade;`);

    this.addSql(`drop table if exists "payroll_run" cascade;`);

    this.addSql(`drop table if exists "payslip" cascade;`);

    this.addSql(`drop table if exists "payslip_draft" cascade;`);

    this.addSql(`drop table if exists "timesheet_payment" cascade;`);

    this.addSql(`drop table if exists "worker_tax_situation" cascade;`);
  }
}
