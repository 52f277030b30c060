CREATE TABLE "change_events" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "change_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_role_sets" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"role_ids" text NOT NULL,
	"roles" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "change_events_xid_seq_idx" ON "change_events" USING btree ("xid","seq");--> statement-breakpoint
CREATE INDEX "change_events_occurred_at_idx" ON "change_events" USING btree ("occurred_at");--> statement-breakpoint
-- A user's effective roles, in one place: one row per (user, role, group that gives it).
CREATE VIEW "user_effective_roles" AS
  SELECT u.id AS user_id, u.account_id, r.id AS role_id, r.name AS role_name, g.id AS group_id, g.display_name AS group_display_name
  FROM group_members gm
  JOIN scim_users u ON u.id = gm.user_id
  JOIN group_role_mappings m ON m.group_id = gm.group_id
  JOIN app_roles r ON r.id = m.role_id
  JOIN scim_groups g ON g.id = gm.group_id;
