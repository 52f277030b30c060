-- A PATCH that changes only a user's document and application fields can be a heap-only (HOT) update, which writes
-- no index entry, when no index reads those columns and the row's page has room for its new version
-- (docs/PERFORMANCE.md, "HOT updates of users"). The application email's index therefore reads a generated column of
-- its own, and new pages are filled to 80 %: a user's row is about 1.3 kB, so a fifth of a page holds its next version.
-- Adding a stored column rewrites the table once.
DROP INDEX "scim_users_app_email_lower_idx";--> statement-breakpoint
ALTER TABLE "scim_users" ADD COLUMN "app_email" text GENERATED ALWAYS AS (lower(app_fields ->> 'email')) STORED;--> statement-breakpoint
CREATE INDEX "scim_users_app_email_idx" ON "scim_users" USING btree ("app_email");--> statement-breakpoint
ALTER TABLE "scim_users" SET (fillfactor = 80);
