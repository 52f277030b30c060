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
--> statement-breakpoint
-- The change feed's triggers. Every write to the directory, the roles and the fields, whoever makes it (SCIM, the
-- console, a CLI, a cascade), writes its events into change_events in the same statement, so an event exists
-- exactly when its change committed. Statement-level triggers with transition tables: a PATCH adding 1,000
-- members runs each trigger once, set-based.
CREATE FUNCTION roster_user_ref(account_id uuid, scim_id uuid, user_name text, external_id text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('id', account_id, 'scimId', scim_id, 'userName', user_name, 'externalId', external_id)
$$;
--> statement-breakpoint
-- What changed between two versions of a row, as {"name": {"old": …, "new": …}} over the given pairs; null when nothing did.
-- plpgsql rather than SQL: a SQL function with a FROM clause is planned again on every call, plpgsql keeps its plan.
CREATE FUNCTION roster_changes(pairs jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN (SELECT jsonb_object_agg(p.key, p.value ORDER BY p.key) FROM jsonb_each(pairs) p WHERE p.value -> 'old' IS DISTINCT FROM p.value -> 'new');
END
$$;
--> statement-breakpoint
-- Announces user.roles_changed for the given users whose effective roles (the view) differ from the set last
-- announced. The announced sets are locked first, in a fixed order, and the roles are read by a later statement, so
-- two transactions changing one user's groups at once announce one after the other, the second seeing the first.
CREATE FUNCTION roster_announce_roles(user_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(user_ids), 0) = 0 THEN RETURN; END IF;
  INSERT INTO user_role_sets (account_id, role_ids, roles)
    SELECT u.account_id, '', '[]'::jsonb FROM scim_users u WHERE u.id = ANY (user_ids) ORDER BY u.account_id
    ON CONFLICT (account_id) DO NOTHING;
  PERFORM 1 FROM user_role_sets s
    WHERE s.account_id IN (SELECT u.account_id FROM scim_users u WHERE u.id = ANY (user_ids))
    ORDER BY s.account_id FOR UPDATE;
  WITH now_held AS (
    SELECT u.account_id, u.id, u.user_name, u.external_id,
      coalesce((SELECT string_agg(DISTINCT e.role_id::text, ',' ORDER BY e.role_id::text) FROM user_effective_roles e WHERE e.user_id = u.id), '') AS role_ids,
      coalesce((SELECT jsonb_agg(jsonb_build_object('id', r.role_id, 'name', r.role_name) ORDER BY lower(r.role_name), r.role_id)
        FROM (SELECT DISTINCT e.role_id, e.role_name FROM user_effective_roles e WHERE e.user_id = u.id) r), '[]'::jsonb) AS roles
    FROM scim_users u WHERE u.id = ANY (user_ids)
  ), changed AS (
    SELECT h.*, s.roles AS old_roles FROM now_held h JOIN user_role_sets s ON s.account_id = h.account_id
    WHERE s.role_ids <> h.role_ids
  ), saved AS (
    UPDATE user_role_sets s SET role_ids = c.role_ids, roles = c.roles FROM changed c WHERE s.account_id = c.account_id
  )
  INSERT INTO change_events (type, data)
    SELECT 'user.roles_changed', jsonb_build_object('user', roster_user_ref(c.account_id, c.id, c.user_name, c.external_id),
      'oldRoles', c.old_roles, 'newRoles', c.roles)
    FROM changed c ORDER BY c.account_id;
END
$$;
--> statement-breakpoint
-- Users are written one row per statement (SCIM), so their triggers are row-level: plpgsql keeps the plans of
-- row triggers, while a statement trigger's queries over transition tables are planned again on every call.
CREATE FUNCTION roster_events_user_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_events (type, data)
    VALUES ('user.created', jsonb_build_object('user', roster_user_ref(NEW.account_id, NEW.id, NEW.user_name, NEW.external_id),
      'active', NEW.active, 'displayName', NEW.display_name, 'fields', NEW.app_fields));
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Re-provisioning gives the row a new SCIM id but keeps the account, so `user` names the new SCIM id.
CREATE FUNCTION roster_events_user_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ref jsonb := roster_user_ref(NEW.account_id, NEW.id, NEW.user_name, NEW.external_id);
  changes jsonb := '{}'::jsonb;
  status text := CASE
    WHEN OLD.deprovisioned_at IS NULL AND NEW.deprovisioned_at IS NOT NULL THEN 'user.deprovisioned'
    WHEN NEW.deprovisioned_at IS NULL AND NEW.active AND (OLD.deprovisioned_at IS NOT NULL OR NOT OLD.active) THEN 'user.reactivated'
    WHEN NEW.deprovisioned_at IS NULL AND NOT NEW.active AND OLD.active AND OLD.deprovisioned_at IS NULL THEN 'user.deactivated'
  END;
BEGIN
  IF OLD.app_fields IS DISTINCT FROM NEW.app_fields THEN
    SELECT coalesce(jsonb_object_agg(d.key, jsonb_build_object('old', d.old, 'new', d.new)), '{}'::jsonb) INTO changes
    FROM (SELECT coalesce(o.key, n.key) AS key, coalesce(o.value, 'null'::jsonb) AS old, coalesce(n.value, 'null'::jsonb) AS new
          FROM jsonb_each(OLD.app_fields) o FULL JOIN jsonb_each(NEW.app_fields) n ON n.key = o.key) d
    WHERE d.old IS DISTINCT FROM d.new;
  END IF;
  IF OLD.user_name IS DISTINCT FROM NEW.user_name THEN
    changes := changes || jsonb_build_object('userName', jsonb_build_object('old', OLD.user_name, 'new', NEW.user_name));
  END IF;
  IF OLD.external_id IS DISTINCT FROM NEW.external_id THEN
    changes := changes || jsonb_build_object('externalId', jsonb_build_object('old', OLD.external_id, 'new', NEW.external_id));
  END IF;
  IF OLD.display_name IS DISTINCT FROM NEW.display_name THEN
    changes := changes || jsonb_build_object('displayName', jsonb_build_object('old', OLD.display_name, 'new', NEW.display_name));
  END IF;
  IF changes <> '{}'::jsonb THEN
    INSERT INTO change_events (type, data) VALUES ('user.updated', jsonb_build_object('user', ref, 'changes', changes));
  END IF;
  IF status IS NOT NULL THEN
    INSERT INTO change_events (type, data) VALUES (status, jsonb_build_object('user', ref)
      || CASE WHEN status = 'user.reactivated' THEN jsonb_build_object('reprovisioned', OLD.deprovisioned_at IS NOT NULL) ELSE '{}'::jsonb END);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION roster_events_user_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_events (type, data)
    VALUES ('user.deleted', jsonb_build_object('user', roster_user_ref(OLD.account_id, OLD.id, OLD.user_name, OLD.external_id)));
  DELETE FROM user_role_sets WHERE account_id = OLD.account_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION roster_group_ref(id uuid, display_name text, external_id text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('id', id, 'displayName', display_name, 'externalId', external_id)
$$;
--> statement-breakpoint
CREATE FUNCTION roster_events_group_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_events (type, data)
      SELECT 'group.created', jsonb_build_object('group', roster_group_ref(n.id, n.display_name, n.external_id))
      FROM new_rows n ORDER BY n.created_at, n.id;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_events (type, data)
      SELECT 'group.updated', jsonb_build_object('group', roster_group_ref(n.id, n.display_name, n.external_id), 'changes', c.changes)
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (SELECT roster_changes(jsonb_build_object(
        'displayName', jsonb_build_object('old', o.display_name, 'new', n.display_name),
        'externalId', jsonb_build_object('old', o.external_id, 'new', n.external_id))) AS changes) c
      WHERE c.changes IS NOT NULL ORDER BY n.id;
  ELSE
    INSERT INTO change_events (type, data)
      SELECT 'group.deleted', jsonb_build_object('group', roster_group_ref(o.id, o.display_name, o.external_id))
      FROM old_rows o ORDER BY o.id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION roster_role_data(id uuid, name text, description text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('id', id, 'name', name, 'description', description)
$$;
--> statement-breakpoint
CREATE FUNCTION roster_events_role_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_events (type, data)
      SELECT 'role.created', jsonb_build_object('role', roster_role_data(n.id, n.name, n.description)) FROM new_rows n ORDER BY n.created_at, n.id;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_events (type, data)
      SELECT 'role.updated', jsonb_build_object('role', roster_role_data(n.id, n.name, n.description), 'changes', c.changes)
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (SELECT roster_changes(jsonb_build_object(
        'name', jsonb_build_object('old', o.name, 'new', n.name),
        'description', jsonb_build_object('old', o.description, 'new', n.description))) AS changes) c
      WHERE c.changes IS NOT NULL ORDER BY n.id;
  ELSE
    INSERT INTO change_events (type, data)
      SELECT 'role.deleted', jsonb_build_object('role', roster_role_data(o.id, o.name, o.description)) FROM old_rows o ORDER BY o.id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION roster_field_data(f jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('id', f -> 'id', 'machineName', f -> 'machine_name', 'label', f -> 'label', 'type', f -> 'type',
    'scimPath', f -> 'scim_path', 'samlClaim', f -> 'saml_claim')
$$;
--> statement-breakpoint
CREATE FUNCTION roster_events_field_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_events (type, data)
      SELECT 'field.created', jsonb_build_object('field', roster_field_data(to_jsonb(n))) FROM new_rows n ORDER BY n.position, n.id;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_events (type, data)
      SELECT 'field.updated', jsonb_build_object('field', roster_field_data(to_jsonb(n)), 'changes', c.changes)
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (SELECT roster_changes(
        (SELECT jsonb_object_agg(k.key, jsonb_build_object('old', roster_field_data(to_jsonb(o)) -> k.key, 'new', k.value))
         FROM jsonb_each(roster_field_data(to_jsonb(n))) k)) AS changes) c
      WHERE c.changes IS NOT NULL ORDER BY n.id;
  ELSE
    INSERT INTO change_events (type, data)
      SELECT 'field.deleted', jsonb_build_object('field', roster_field_data(to_jsonb(o))) FROM old_rows o ORDER BY o.id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Memberships only matter to roles when their group is mapped to a role (or was, for a removal).
CREATE FUNCTION roster_events_membership_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM roster_announce_roles(ARRAY(
      SELECT DISTINCT r.user_id FROM new_rows r WHERE EXISTS (SELECT 1 FROM group_role_mappings m WHERE m.group_id = r.group_id)));
  ELSE
    -- A deleted group's mappings may already be released by the time this runs (cascades fire in any order), so a
    -- user who holds announced roles is checked too.
    PERFORM roster_announce_roles(ARRAY(
      SELECT DISTINCT r.user_id FROM old_rows r
      WHERE EXISTS (SELECT 1 FROM group_role_mappings m WHERE m.group_id = r.group_id)
        OR EXISTS (SELECT 1 FROM scim_users u JOIN user_role_sets s ON s.account_id = u.account_id WHERE u.id = r.user_id AND s.role_ids <> '')));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION roster_events_mapping_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM roster_announce_roles(ARRAY(SELECT DISTINCT gm.user_id FROM group_members gm WHERE gm.group_id IN (SELECT group_id FROM new_rows)));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM roster_announce_roles(ARRAY(SELECT DISTINCT gm.user_id FROM group_members gm
      WHERE gm.group_id IN (SELECT group_id FROM new_rows UNION SELECT group_id FROM old_rows)));
  ELSE
    PERFORM roster_announce_roles(ARRAY(SELECT DISTINCT gm.user_id FROM group_members gm WHERE gm.group_id IN (SELECT group_id FROM old_rows)));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER roster_events_user_insert AFTER INSERT ON scim_users
  FOR EACH ROW EXECUTE FUNCTION roster_events_user_inserted();
--> statement-breakpoint
-- Updates that touch nothing the feed reports (a version bump, a document-only change) skip the function entirely.
CREATE TRIGGER roster_events_user_update AFTER UPDATE ON scim_users
  FOR EACH ROW WHEN (OLD.app_fields IS DISTINCT FROM NEW.app_fields OR OLD.user_name IS DISTINCT FROM NEW.user_name
    OR OLD.external_id IS DISTINCT FROM NEW.external_id OR OLD.display_name IS DISTINCT FROM NEW.display_name
    OR OLD.active IS DISTINCT FROM NEW.active OR OLD.deprovisioned_at IS DISTINCT FROM NEW.deprovisioned_at)
  EXECUTE FUNCTION roster_events_user_updated();
--> statement-breakpoint
CREATE TRIGGER roster_events_user_delete AFTER DELETE ON scim_users
  FOR EACH ROW EXECUTE FUNCTION roster_events_user_deleted();
--> statement-breakpoint
CREATE TRIGGER roster_events_group_insert AFTER INSERT ON scim_groups REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_group_written();
--> statement-breakpoint
CREATE TRIGGER roster_events_group_update AFTER UPDATE ON scim_groups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_group_written();
--> statement-breakpoint
CREATE TRIGGER roster_events_group_delete AFTER DELETE ON scim_groups REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_group_written();
--> statement-breakpoint
CREATE TRIGGER roster_events_role_insert AFTER INSERT ON app_roles REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_role_written();
--> statement-breakpoint
CREATE TRIGGER roster_events_role_update AFTER UPDATE ON app_roles REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_role_written();
--> statement-breakpoint
CREATE TRIGGER roster_events_role_delete AFTER DELETE ON app_roles REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_role_written();
--> statement-breakpoint
CREATE TRIGGER roster_events_field_insert AFTER INSERT ON app_fields REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_field_written();
--> statement-breakpoint
CREATE TRIGGER roster_events_field_update AFTER UPDATE ON app_fields REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_field_written();
--> statement-breakpoint
CREATE TRIGGER roster_events_field_delete AFTER DELETE ON app_fields REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_field_written();
--> statement-breakpoint
CREATE TRIGGER roster_events_membership_insert AFTER INSERT ON group_members REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_membership_changed();
--> statement-breakpoint
CREATE TRIGGER roster_events_membership_delete AFTER DELETE ON group_members REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_membership_changed();
--> statement-breakpoint
CREATE TRIGGER roster_events_mapping_insert AFTER INSERT ON group_role_mappings REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_mapping_changed();
--> statement-breakpoint
CREATE TRIGGER roster_events_mapping_update AFTER UPDATE ON group_role_mappings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_mapping_changed();
--> statement-breakpoint
CREATE TRIGGER roster_events_mapping_delete AFTER DELETE ON group_role_mappings REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION roster_events_mapping_changed();
