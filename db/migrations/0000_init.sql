CREATE TYPE "public"."app_field_type" AS ENUM('text', 'list');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."option_origin" AS ENUM('owner', 'idp');--> statement-breakpoint
CREATE TYPE "public"."audit_actor_type" AS ENUM('token', 'console', 'system', 'anonymous');--> statement-breakpoint
CREATE TYPE "public"."audit_outcome" AS ENUM('success', 'failure');--> statement-breakpoint
CREATE TYPE "public"."step_state" AS ENUM('open', 'in_progress', 'done', 'blocked');--> statement-breakpoint
CREATE TYPE "public"."console_role" AS ENUM('owner', 'success_manager');--> statement-breakpoint
CREATE TABLE "scim_users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_name" text NOT NULL,
	"external_id" text,
	"active" boolean DEFAULT true NOT NULL,
	"primary_email" text,
	"display_name" text,
	"document" jsonb NOT NULL,
	"app_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deprovisioned_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_members_group_id_user_id_pk" PRIMARY KEY("group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "scim_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"external_id" text,
	"document" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_role_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"role_id" uuid NOT NULL,
	"group_id" uuid,
	"group_display_name" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_field_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"field_id" uuid NOT NULL,
	"value" text NOT NULL,
	"origin" "option_origin" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_fields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"machine_name" text NOT NULL,
	"label" text NOT NULL,
	"type" "app_field_type" NOT NULL,
	"scim_path" text NOT NULL,
	"saml_claim" text,
	"is_builtin" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_rederive_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"field_id" uuid NOT NULL,
	"status" "job_status" DEFAULT 'queued' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "auth_throttle" (
	"client_address" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"failure_count" integer NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "scim_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"last_used_from" text,
	"rotated_from_id" uuid
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"operation" text NOT NULL,
	"outcome" "audit_outcome" NOT NULL,
	"actor_type" "audit_actor_type" NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"token_id" uuid,
	"client_address" text,
	"method" text,
	"path" text,
	"status" integer,
	"duration_ms" integer,
	"resource_type" text,
	"resource_id" text,
	"resource_name" text,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "onboarding_steps" (
	"key" text PRIMARY KEY NOT NULL,
	"state" "step_state" DEFAULT 'open' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"blocked_reason" text,
	"changed_by" text,
	"changed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "console_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"role" "console_role" NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "setup_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_scim_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."scim_groups"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_user_id_scim_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."scim_users"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "group_role_mappings" ADD CONSTRAINT "group_role_mappings_role_id_app_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."app_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_role_mappings" ADD CONSTRAINT "group_role_mappings_group_id_scim_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."scim_groups"("id") ON DELETE set null ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "app_field_options" ADD CONSTRAINT "app_field_options_field_id_app_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."app_fields"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_rederive_jobs" ADD CONSTRAINT "field_rederive_jobs_field_id_app_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."app_fields"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "scim_users_account_id_key" ON "scim_users" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scim_users_user_name_live_key" ON "scim_users" USING btree (lower("user_name")) WHERE "scim_users"."deprovisioned_at" is null;--> statement-breakpoint
CREATE INDEX "scim_users_user_name_lower_idx" ON "scim_users" USING btree (lower("user_name"));--> statement-breakpoint
CREATE INDEX "scim_users_external_id_idx" ON "scim_users" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "scim_users_primary_email_lower_idx" ON "scim_users" USING btree (lower("primary_email"));--> statement-breakpoint
CREATE INDEX "scim_users_display_name_lower_idx" ON "scim_users" USING btree (lower("display_name"));--> statement-breakpoint
CREATE INDEX "scim_users_created_at_id_idx" ON "scim_users" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "group_members_user_id_idx" ON "group_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "scim_groups_display_name_lower_idx" ON "scim_groups" USING btree (lower("display_name"));--> statement-breakpoint
CREATE INDEX "scim_groups_external_id_idx" ON "scim_groups" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "scim_groups_created_at_id_idx" ON "scim_groups" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "app_roles_name_lower_key" ON "app_roles" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "group_role_mappings_role_group_key" ON "group_role_mappings" USING btree ("role_id","group_id") WHERE "group_role_mappings"."group_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "group_role_mappings_role_pending_name_key" ON "group_role_mappings" USING btree ("role_id",lower("group_display_name")) WHERE "group_role_mappings"."group_id" is null;--> statement-breakpoint
CREATE INDEX "group_role_mappings_group_id_idx" ON "group_role_mappings" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "group_role_mappings_display_name_lower_idx" ON "group_role_mappings" USING btree (lower("group_display_name"));--> statement-breakpoint
CREATE UNIQUE INDEX "app_field_options_field_value_lower_key" ON "app_field_options" USING btree ("field_id",lower("value"));--> statement-breakpoint
CREATE UNIQUE INDEX "app_fields_machine_name_key" ON "app_fields" USING btree ("machine_name");--> statement-breakpoint
CREATE INDEX "field_rederive_jobs_field_id_idx" ON "field_rederive_jobs" USING btree ("field_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scim_tokens_secret_hash_key" ON "scim_tokens" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "scim_tokens_expires_at_idx" ON "scim_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "audit_events_occurred_at_id_idx" ON "audit_events" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE INDEX "audit_events_operation_idx" ON "audit_events" USING btree ("operation","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_outcome_idx" ON "audit_events" USING btree ("outcome","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_resource_idx" ON "audit_events" USING btree ("resource_type","resource_id");--> statement-breakpoint
CREATE INDEX "audit_events_token_id_idx" ON "audit_events" USING btree ("token_id");--> statement-breakpoint
CREATE UNIQUE INDEX "console_users_email_lower_key" ON "console_users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "setup_tokens_code_hash_key" ON "setup_tokens" USING btree ("code_hash");