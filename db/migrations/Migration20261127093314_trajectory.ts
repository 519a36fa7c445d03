import { Migration } from '@mikro-orm/migrations';

export class Migration20261127093314_trajectory extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "cohort" ("id" uuid not null, "name" varchar(120) not null, "start_date" date not null, "milestone_plan" jsonb not null, "created_at" timestamptz not null, constraint "cohort_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "cohort" add constraint "cohort_name_unique" unique ("name");`);

    this.addSql(
      `create table "application" ("id" uuid not null, "cohort_id" uuid not null, "display_name" varchar(120) not null, "language" varchar(2) not null, "project_idea" varchar(2000) not null, "motivation" varchar(2000) not null, "scores" jsonb not null, "total_score" int not null, "decision" varchar(12) not null, "decision_reason" varchar(500) null, "decided_at" timestamptz null, "decided_by" varchar(100) null, "created_at" timestamptz not null, constraint "application_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "application_cohort_id_index" on "application" ("cohort_id");`);

    this.addSql(
      `create table "group_session" ("id" uuid not null, "cohort_id" uuid not null, "phase" varchar(30) not null, "title" varchar(160) not null, "module" varchar(120) null, "held_on" date not null, "duration_minutes" smallint not null, "created_at" timestamptz not null, constraint "group_session_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "group_session" add constraint "group_session_cohort_id_phase_title_held_on_unique" unique ("cohort_id", "phase", "title", "held_on");`,
    );

    this.addSql(
      `create table "participant" ("id" uuid not null, "cohort_id" uuid not null, "application_id" uuid not null, "display_name" varchar(120) not null, "language" varchar(2) not null, "coach_id" uuid not null, "status" varchar(30) not null, "selected_on" date not null, "intake_due" date not null, "consent_testimony" boolean not null default false, "consent_photos" boolean not null default false, "consent_recorded_at" timestamptz null, "outcome" varchar(30) null, "exit_reason" varchar(300) null, "left_on" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "participant_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "participant_cohort_id_index" on "participant" ("cohort_id");`);
    this.addSql(`alter table "participant" add constraint "participant_application_id_unique" unique ("application_id");`);
    this.addSql(`create index "participant_coach_id_index" on "participant" ("coach_id");`);

    this.addSql(
      `create table "trajectory_event" ("id" uuid not null, "participant_id" uuid not null, "kind" varchar(20) not null, "on_date" date not null, "reason" varchar(30) null, "note_cipher" text null, "idempotency_key" varchar(200) not null, "recorded_at" timestamptz not null, constraint "trajectory_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "trajectory_event_participant_id_index" on "trajectory_event" ("participant_id");`);
    this.addSql(`alter table "trajectory_event" add constraint "trajectory_event_idempotency_key_unique" unique ("idempotency_key");`);

    this.addSql(
      `create table "testimony" ("id" uuid not null, "participant_id" uuid not null, "text" varchar(2000) not null, "language" varchar(2) not null, "recorded_on" date not null, constraint "testimony_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "testimony_participant_id_index" on "testimony" ("participant_id");`);

    this.addSql(
      `create table "milestone" ("id" uuid not null, "participant_id" uuid not null, "code" varchar(60) not null, "title" varchar(120) not null, "due_date" date not null, "original_due_date" date not null, "requires_obstacles" boolean not null default false, "status" varchar(12) not null, "completed_on" date null, "evidence_cipher" text null, "completed_by" varchar(100) null, constraint "milestone_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "milestone" add constraint "milestone_participant_id_code_unique" unique ("participant_id", "code");`);

    this.addSql(
      `create table "life_domain_score" ("id" uuid not null, "participant_id" uuid not null, "kind" varchar(10) not null, "quarter" smallint not null, "domain" varchar(20) not null, "score" smallint not null, "note_cipher" text null, "recorded_on" date not null, "recorded_by" varchar(100) not null, constraint "life_domain_score_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "life_domain_score" add constraint "life_domain_score_participant_id_quarter_domain_unique" unique ("participant_id", "quarter", "domain");`,
    );

    this.addSql(
      `create table "coach_reminder" ("id" uuid not null, "participant_id" uuid not null, "coach_id" varchar(100) not null, "kind" varchar(40) not null, "message" varchar(500) not null, "due_date" date not null, "raised_at" timestamptz not null, "idempotency_key" varchar(200) not null, constraint "coach_reminder_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "coach_reminder_participant_id_index" on "coach_reminder" ("participant_id");`);
    this.addSql(`create index "coach_reminder_coach_id_index" on "coach_reminder" ("coach_id");`);
    this.addSql(`alter table "coach_reminder" add constraint "coach_reminder_idempotency_key_unique" unique ("idempotency_key");`);

    this.addSql(
      `create table "coaching_session" ("id" uuid not null, "participant_id" uuid not null, "coach_id" varchar(100) not null, "held_on" date not null, "duration_minutes" smallint not null, "topics" jsonb not null, "next_steps_cipher" text not null, "created_at" timestamptz not null, constraint "coaching_session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "coaching_session_participant_id_index" on "coaching_session" ("participant_id");`);

    this.addSql(
      `create table "attendance" ("id" uuid not null, "session_id" uuid not null, "participant_id" uuid not null, "status" varchar(10) not null, "recorded_by" varchar(100) not null, constraint "attendance_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "attendance_participant_id_index" on "attendance" ("participant_id");`);
    this.addSql(`alter table "attendance" add constraint "attendance_session_id_participant_id_unique" unique ("session_id", "participant_id");`);

    this.addSql(
      `create table "cohort_coach" ("id" uuid not null, "cohort_id" uuid not null, "coach_id" uuid not null, constraint "cohort_coach_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "cohort_coach" add constraint "cohort_coach_cohort_id_coach_id_unique" unique ("cohort_id", "coach_id");`);

    this.addSql(
      `alter table "application" add constraint "application_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "group_session" add constraint "group_session_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "participant" add constraint "participant_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "participant" add constraint "participant_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "participant" add constraint "participant_coach_id_foreign" foreign key ("coach_id") references "user_account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "trajectory_event" add constraint "trajectory_event_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "testimony" add constraint "testimony_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "milestone" add constraint "milestone_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "life_domain_score" add constraint "life_domain_score_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "coach_reminder" add constraint "coach_reminder_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "coaching_session" add constraint "coaching_session_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "attendance" add constraint "attendance_session_id_foreign" foreign key ("session_id") references "group_session" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "attendance" add constraint "attendance_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "cohort_coach" add constraint "cohort_coach_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "cohort_coach" add constraint "cohort_coach_coach_id_foreign" foreign key ("coach_id") references "user_account" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "application" drop constraint "application_cohort_id_foreign";`);

    this.addSql(`alter table "group_session" drop constraint "group_session_cohort_id_foreign";`);

    this.addSql(`alter table "participant" drop constraint "participant_cohort_id_foreign";`);

    this.addSql(`alter table "cohort_coach" drop constraint "cohort_coach_cohort_id_foreign";`);

    this.addSql(`alter table "participant" drop constraint "participant_application_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_session_id_foreign";`);

    this.addSql(`alter table "trajectory_event" drop constraint "trajectory_event_participant_id_foreign";`);

    this.addSql(`alter table "testimony" drop constraint "testimony_participant_id_foreign";`);

    this.addSql(`alter table "milestone" drop constraint "milestone_participant_id_foreign";`);

    this.addSql(`alter table "life_domain_score" drop constraint "life_domain_score_participant_id_foreign";`);

    this.addSql(`alter table "coach_reminder" drop constraint "coach_reminder_participant_id_foreign";`);

    this.addSql(`alter table "coaching_session" drop constraint "coaching_session_participant_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_participant_id_foreign";`);

    this.addSql(`drop table if exists "cohort" cascade;`);

    this.addSql(`drop table if exists "application" cascade;`);

    this.addSql(`drop table if exists "group_session" cascade;`);

    this.addSql(`drop table if exists "participant" cascade;`);

    this.addSql(`drop table if exists "trajectory_event" cascade;`);

    this.addSql(`drop table if exists "testimony" cascade;`);

    this.addSql(`drop table if exists "milestone" cascade;`);

    this.addSql(`drop table if exists "life_domain_score" cascade;`);

    this.addSql(`drop table if exists "coach_reminder" cascade;`);

    this.addSql(`drop table if exists "coaching_session" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);

    this.addSql(`drop table if exists "cohort_coach" cascade;`);
  }
}
