import { PgDialect } from 'drizzle-orm/pg-core';
import { AUDIT_INSERT_FROM_PARAMETER } from '@/lib/audit/audit-row-json';
import { groupMembersJson } from './column-map';

const membersOfGroup = new PgDialect().sqlToQuery(groupMembersJson).sql;
const GROUP_COLUMNS = `"scim_groups"."id"::text as id, document, version, created_at as "createdAt", updated_at as "updatedAt"`;

/** $1 id → the group without its members (a GET with excludedAttributes=members, and the reads before a change). */
export const SELECT_GROUP = `select ${GROUP_COLUMNS} from scim_groups where "scim_groups"."id" = $1::text::uuid`;

/** $1 id → the group with its members as the representation lists them. */
export const SELECT_GROUP_WITH_MEMBERS = `select ${GROUP_COLUMNS}, ${membersOfGroup} as members from scim_groups where "scim_groups"."id" = $1::text::uuid`;

/**
 * $1 the new group (JSON), $2 the audit row → written 1. One statement: the group, the role mappings that waited for
 * its display name (pre-mapped, compared without regard to case; a new group has no mapping to duplicate yet, see
 * lib/group-mappings/bind-pending-mappings.ts) and its audit event.
 */
export const INSERT_GROUP = `with new_group as (select * from jsonb_populate_record(null::scim_groups, $1::text::jsonb)),
  inserted as (
    insert into scim_groups (id, display_name, external_id, document, version, created_at, updated_at)
    select id, display_name, external_id, document, 1, created_at, updated_at from new_group
    returning id, display_name),
  bound as (
    update group_role_mappings m set group_id = g.id, group_display_name = g.display_name from inserted g
    where m.group_id is null and lower(m.group_display_name) = lower(g.display_name)),
  audited as (${AUDIT_INSERT_FROM_PARAMETER('$2')} where exists (select 1 from inserted))
  select count(*)::int as written from inserted`;
