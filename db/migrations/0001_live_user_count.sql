CREATE TABLE "scim_user_counts" (
	"slot" smallint PRIMARY KEY NOT NULL,
	"live" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "scim_user_counts" ("slot", "live") SELECT s, CASE WHEN s = 0 THEN (SELECT count(*) FROM "scim_users" WHERE "deprovisioned_at" IS NULL) ELSE 0 END FROM generate_series(0, 15) AS s;
--> statement-breakpoint
CREATE FUNCTION "scim_users_count_live"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Row triggers whose WHEN clause only lets through a user that starts or stops being live: a PATCH costs nothing.
  UPDATE scim_user_counts SET live = live + CASE WHEN TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.deprovisioned_at IS NOT NULL) THEN -1 ELSE 1 END
  WHERE slot = pg_backend_pid() % 16;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "scim_users_count_insert" AFTER INSERT ON "scim_users" FOR EACH ROW WHEN (NEW."deprovisioned_at" IS NULL) EXECUTE FUNCTION "scim_users_count_live"();
--> statement-breakpoint
CREATE TRIGGER "scim_users_count_update" AFTER UPDATE OF "deprovisioned_at" ON "scim_users" FOR EACH ROW WHEN ((OLD."deprovisioned_at" IS NULL) <> (NEW."deprovisioned_at" IS NULL)) EXECUTE FUNCTION "scim_users_count_live"();
--> statement-breakpoint
CREATE TRIGGER "scim_users_count_delete" AFTER DELETE ON "scim_users" FOR EACH ROW WHEN (OLD."deprovisioned_at" IS NULL) EXECUTE FUNCTION "scim_users_count_live"();
--> statement-breakpoint
CREATE FUNCTION "scim_users_count_reset"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE scim_user_counts SET live = 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "scim_users_count_truncate" AFTER TRUNCATE ON "scim_users" FOR EACH STATEMENT EXECUTE FUNCTION "scim_users_count_reset"();
