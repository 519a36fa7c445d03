import { Migration } from '@mikro-orm/migrations';

export class Migration20261203082611_invoicing extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "bank_statement" ("id" uuid not null, "reference" varchar(200) not null, "format" varchar(20) not null, "account_iban" varchar(34) null, "statement_date" date not null, "credit_count" int not null, "sha256" varchar(64) not null, "imported_by" varchar(120) not null, "imported_at" timestamptz not null, constraint "bank_statement_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "bank_statement" add constraint "bank_statement_reference_unique" unique ("reference");`);

    this.addSql(
      `create table "bank_payment" ("id" uuid not null, "statement_id" uuid not null, "entry_key" varchar(300) not null, "booking_date" date not null, "amount_cents" int not null, "structured_communication" varchar(12) null, "communication" varchar(500) null, "counterparty_name" varchar(140) null, "counterparty_iban_cipher" text null, "counterparty_iban_hash" varchar(64) null, "employer_id" uuid null, "status" varchar(12) not null, "matched_by" varchar(30) null, "unmatched_reason" varchar(200) null, "credit_cents" int not null, "line" int not null, "assigned_by" varchar(120) null, "assigned_at" timestamptz null, "created_at" timestamptz not null, constraint "bank_payment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "bank_payment_statement_id_index" on "bank_payment" ("statement_id");`);
    this.addSql(`alter table "bank_payment" add constraint "bank_payment_entry_key_unique" unique ("entry_key");`);
    this.addSql(`create index "bank_payment_counterparty_iban_hash_index" on "bank_payment" ("counterparty_iban_hash");`);
    this.addSql(`create index "bank_payment_employer_id_index" on "bank_payment" ("employer_id");`);

    this.addSql(
      `create table "employer_invoicing_terms" ("employer_id" uuid not null, "payment_terms_days" int not null, "language" varchar(2) not null, "channel" varchar(10) not null, "show_worker_names" boolean not null, "buyer_reference" varchar(60) null, "updated_at" timestamptz not null, constraint "employer_invoicing_terms_pkey" primary key ("employer_id"));`,
    );

    this.addSql(
      `create table "invoice" ("id" uuid not null, "employer_id" uuid not null, "period" varchar(7) not null, "kind" varchar(12) not null, "purpose" varchar(20) not null, "business_key" varchar(200) not null, "status" varchar(12) not null, "number" varchar(20) null, "sequence_year" int null, "sequence" int null, "issue_date" date null, "due_date" date null, "payment_terms_days" int not null, "language" varchar(2) not null, "structured_communication" varchar(12) null, "seller" jsonb null, "buyer" jsonb null, "lines" jsonb not null, "vat_breakdown" jsonb not null, "line_total_cents" int not null, "vat_cents" int not null, "total_cents" int not null, "corrects_invoice" uuid null, "reason" varchar(300) null, "pdf_document_id" uuid null, "ubl_document_id" uuid null, "issued_at" timestamptz null, "issued_by" varchar(120) null, "paid_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "invoice_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invoice_employer_id_index" on "invoice" ("employer_id");`);
    this.addSql(`alter table "invoice" add constraint "invoice_business_key_unique" unique ("business_key");`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(`alter table "invoice" add constraint "invoice_structured_communication_unique" unique ("structured_communication");`);
    this.addSql(`create index "invoice_corrects_invoice_index" on "invoice" ("corrects_invoice");`);

    this.addSql(
      `create table "invoice_delivery" ("id" uuid not null, "invoice" uuid not null, "channel" varchar(10) not null, "recipient" varchar(254) not null, "reference" varchar(120) null, "status" varchar(12) not null, "detail" varchar(500) null, "sent_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null, constraint "invoice_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invoice_delivery_invoice_index" on "invoice_delivery" ("invoice");`);
    this.addSql(`alter table "invoice_delivery" add constraint "invoice_delivery_invoice_channel_unique" unique ("invoice", "channel");`);

    this.addSql(
      `create table "invoice_reminder" ("id" uuid not null, "invoice" uuid not null, "kind" varchar(30) not null, "sent_on" date not null, "open_cents" int not null, "interest_cents" int not null, "lump_sum_cents" int not null, "claim" jsonb null, "created_at" timestamptz not null, constraint "invoice_reminder_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invoice_reminder_invoice_index" on "invoice_reminder" ("invoice");`);
    this.addSql(`alter table "invoice_reminder" add constraint "invoice_reminder_invoice_kind_unique" unique ("invoice", "kind");`);

    this.addSql(
      `create table "invoice_sequence" ("series" varchar(20) not null, "year" int not null, "last_number" int not null, constraint "invoice_sequence_pkey" primary key ("series", "year"));`,
    );

    this.addSql(
      `create table "payment_allocation" ("id" uuid not null, "invoice" uuid not null, "payment" uuid null, "credit_note" uuid null, "amount_cents" int not null, "booking_date" date not null, "created_at" timestamptz not null, constraint "payment_allocation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payment_allocation_invoice_index" on "payment_allocation" ("invoice");`);
    this.addSql(`alter table "payment_allocation" add constraint "payment_allocation_payment_invoice_unique" unique ("payment", "invoice");`);
    this.addSql(`alter table "payment_allocation" add constraint "payment_allocation_credit_note_invoice_unique" unique ("credit_note", "invoice");`);

    this.addSql(
      `create table "peppol_sandbox_submission" ("reference" varchar(60) not null, "idempotency_key" varchar(120) not null, "receiver_endpoint" varchar(60) not null, "document_id" varchar(40) not null, "ubl_sha256" varchar(64) not null, "received_at" timestamptz not null, "answer_after" timestamptz not null, "outcome" varchar(12) not null, "reason" varchar(300) null, constraint "peppol_sandbox_submission_pkey" primary key ("reference"));`,
    );
    this.addSql(`alter table "peppol_sandbox_submission" add constraint "peppol_sandbox_submission_idempotency_key_unique" unique ("idempotency_key");`);

    this.addSql(
      `alter table "bank_payment" add constraint "bank_payment_statement_id_foreign" foreign key ("statement_id") references "bank_statement" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "employer_invoicing_terms" add constraint "employer_invoicing_terms_employer_id_foreign" foreign key ("employer_id") references "employer" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "invoice" add constraint "invoice_employer_id_foreign" foreign key ("employer_id") references "employer" ("id") on update cascade;`,
    );
    // Issued invoices and credit notes are immutable: only the settlement status may move on
    // (issued -> paid / credited, paid -> credited), and the rendered PDF and UBL be linked once.
    this.addSql(`create function invoice_issued_is_immutable() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.status <> 'draft' then raise exception 'an issued invoice cannot be deleted: credit it'; end if;
          return old;
        end if;
        if old.status <> 'draft' and (
             (to_jsonb(new) - array['status', 'paid_at', 'updated_at', 'pdf_document_id', 'ubl_document_id'])
               is distinct from (to_jsonb(old) - array['status', 'paid_at', 'updated_at', 'pdf_document_id', 'ubl_document_id'])
          or (old.pdf_document_id is not null and new.pdf_document_id is distinct from old.pdf_document_id)
          or (old.ubl_document_id is not null and new.ubl_document_id is distinct from old.ubl_document_id)
          or (new.status <> old.status and not ((old.status = 'issued' and new.status in ('paid', 'credited')) or (old.status = 'paid' and new.status = 'credited')))) then
          raise exception 'an issued invoice is immutable: correct it with a credit note or a supplementary invoice';
        end if;
        return new;
      end; $$;`);
    this.addSql(`create trigger invoice_issued_immutable before update or delete on "invoice" for each row execute function invoice_issued_is_immutable();`);
    // Settlements are history: an allocation is never changed nor removed.
    this.addSql(
      `create function payment_allocation_is_append_only() returns trigger language plpgsql as $$ begin raise exception 'a payment allocation is never changed'; end; $$;`,
    );
    this.addSql(
      `create trigger payment_allocation_append_only before update or delete on "payment_allocation" for each row execute function payment_allocation_is_append_only();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists payment_allocation_append_only on "payment_allocation";`);
    this.addSql(`drop function if exists payment_allocation_is_append_only();`);
    this.addSql(`drop trigger if exists invoice_issued_immutable on "invoice";`);
    this.addSql(`drop function if exists invoice_issued_is_immutable();`);
    this.addSql(`alter table "bank_payment" drop constraint "bank_payment_statement_id_foreign";`);

    this.addSql(`drop table if exists "bank_statement" cascade;`);

    this.addSql(`drop table if exists "bank_payment" cascade;`);

    this.addSql(`drop table if exists "employer_invoicing_terms" cascade;`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoice_delivery" cascade;`);

    this.addSql(`drop table if exists "invoice_reminder" cascade;`);

    this.addSql(`drop table if exists "invoice_sequence" cascade;`);

    this.addSql(`drop table if exists "payment_allocation" cascade;`);

    this.addSql(`drop table if exists "peppol_sandbox_submission" cascade;`);
  }
}
