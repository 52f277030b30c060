import { PgDialect } from 'drizzle-orm/pg-core';
import { AUDIT_INSERT_FROM_PARAMETER } from '@/lib/audit/audit-row-json';
import { groupMembersJson } from './column-map';
import { liveUserSql } from './live-user';

const membersOfGroup = new PgDialect().sqlToQuery(groupMembersJson).sql;
const GROUP_COLUMNS = `"scim_groups"."id"::text as id, document, version, created_at as "createdAt", updated_at as "updatedAt"`;

/** $1 id → the group without its members (a GET with excludedAttributes=members, and the reads before a change). */
export const SELECT_GROUP = `select ${GROUP_COLUMNS} from scim_groups where "scim_groups"."id" = $1::text::uuid`;

/** $1 id → the group with its members as the representation lists them. */
export const SELECT_GROUP_WITH_MEMBERS = `select ${GROUP_COLUMNS}, ${membersOfGroup} as members from scim_groups where "scim_groups"."id" = $1::text::uuid`;

/** The group lookups Entra and Okta send before a POST: $1 value, $2 count → the groups in list order (lib/provisioning/list-by-key.ts). */
function selectGroupsBy(columns: string): Record<'displayname' | 'externalid', string> {
  const inListOrder = `order by created_at, "scim_groups"."id" limit $2::text::int`;
  return {
    displayname: `select ${columns} from scim_groups where lower(display_name) = lower($1::text) ${inListOrder}`,
    externalid: `select ${columns} from scim_groups where external_id = $1::text ${inListOrder}`,
  };
}

/** With `excludedAttributes=members`, as Entra asks. */
export const SELECT_GROUPS_BY = selectGroupsBy(GROUP_COLUMNS);
export const SELECT_GROUPS_WITH_MEMBERS_BY = selectGroupsBy(`${GROUP_COLUMNS}, ${membersOfGroup} as members`);

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

const idsOf = (parameter: string) => `(select distinct value::uuid as id from jsonb_array_elements_text(${parameter}::text::jsonb))`;

/*
 * Every user and membership below is looked up by key, one id at a time (scalar subqueries, a LATERAL join, `= any`):
 * as joins, a generic plan made while the tables were small hashes the whole users table or a big group's member
 * list for every PATCH (statement-plans.test.ts).
 */

/**
 * $1 group id, $2 ids to add (JSON), $3 ids to remove (JSON) → one row: the group (null columns when there is none),
 * `unknown` the ids to add that are not live users, `toAdd` the live users not yet members, `toRemove` the members
 * among the ids to remove. The read of a membership PATCH in autocommit; CHANGE_MEMBERS then writes exactly these.
 */
export const PLAN_MEMBER_CHANGE = `with adding as ${idsOf('$2')}, removing as ${idsOf('$3')},
  found as (select a.id,
      (select u.deprovisioned_at is null from scim_users u where u.id = a.id) as live,
      (select true from group_members m where m.group_id = $1::text::uuid and m.user_id = a.id) as member
    from adding a)
  select g.id::text as id, g.document, g.version, g.created_at as "createdAt", g.updated_at as "updatedAt",
    (select coalesce(jsonb_agg(f.id::text), '[]'::jsonb) from found f where f.live is not true) as unknown,
    (select coalesce(jsonb_agg(f.id::text), '[]'::jsonb) from found f where f.live and f.member is null) as "toAdd",
    (select coalesce(jsonb_agg(r.id::text), '[]'::jsonb) from removing r
      where (select true from group_members m where m.group_id = $1::text::uuid and m.user_id = r.id)) as "toRemove"
  from (select 1) one left join scim_groups g on g.id = $1::text::uuid`;

/**
 * $1 group id, $2 users to add (JSON), $3 members to remove (JSON), $4 now, $5 the audit row → written 1. One
 * autocommit statement: the group and the users added are locked against deletion (FOR KEY SHARE, as the foreign keys
 * would), the memberships written, the group's version raised and the audit event inserted. Unless exactly the rows
 * PLAN_MEMBER_CHANGE predicted changed (a concurrent request added or removed one of them, or deleted the group or a
 * user), roster_require_rows undoes the whole statement with a serialization failure and the request runs again.
 */
export const CHANGE_MEMBERS = `with adding as ${idsOf('$2')}, removing as ${idsOf('$3')},
  target as (select id from scim_groups where id = $1::text::uuid for key share),
  users as (select u.id from adding a
    cross join lateral (select u.id from scim_users u where u.id = a.id and ${liveUserSql('u')} for key share) u),
  added as (
    insert into group_members (group_id, user_id, added_at)
    select t.id, u.id, $4::text::timestamptz from target t, users u
    on conflict do nothing returning user_id),
  removed as (
    delete from group_members where group_id = (select id from target) and user_id = any(array(select id from removing))
    returning user_id),
  counted as (select roster_require_rows(
    (select count(*) from target) = 1
    and (select count(*) from added) = (select count(*) from adding)
    and (select count(*) from removed) = (select count(*) from removing)) as ok),
  bumped as (
    update scim_groups set version = version + 1, updated_at = $4::text::timestamptz
    where id = (select id from target) and (select ok from counted) returning id),
  audited as (${AUDIT_INSERT_FROM_PARAMETER('$5')} where exists (select 1 from bumped))
  select count(*)::int as written from bumped`;
