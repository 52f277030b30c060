import { PgDialect } from 'drizzle-orm/pg-core';
import { AUDIT_INSERT_FROM_PARAMETER } from '@/lib/audit/audit-row-json';
import { userGroupsJson } from './column-map';
import { liveUserSql } from './live-user';

/**
 * The fixed-text statements of a user write in autocommit (docs/PERFORMANCE.md "The data path"): each is prepared
 * once per connection and run with text parameters. The new row travels as one JSON parameter read by
 * `jsonb_populate_record`, the audit row as the last one; the audit row is inserted only when the change was.
 */

const groupsOfUser = new PgDialect().sqlToQuery(userGroupsJson).sql;

const USER_COLUMNS = `"scim_users"."id"::text as id, document, version, created_at as "createdAt", updated_at as "updatedAt",
    app_fields as "appFields", ${groupsOfUser} as groups`;
const SELECT_USERS = `select ${USER_COLUMNS} from scim_users`;

/** $1 id → the live user with its groups; its version is the one the write will expect. */
export const SELECT_LIVE_USER = `${SELECT_USERS} where "scim_users"."id" = $1::text::uuid and ${liveUserSql('scim_users')}`;

/**
 * The filters every IdP sends before a POST (`userName eq "…"`, `externalId eq "…"`): $1 value, $2 count → the live
 * users it matches in list order, by the same indexes and comparison (userName case-insensitive) as the filter compiler.
 */
export const SELECT_LIVE_USERS_BY: Record<'username' | 'externalid', string> = {
  username: `${SELECT_USERS} where lower(user_name) = lower($1::text) and deprovisioned_at is null order by created_at, "scim_users"."id" limit $2::text::int`,
  // The fence (offset 0) keeps `deprovisioned_at is null` out of the index choice: on tables the statistics have not
  // seen, a generic plan ANDed the externalId index with the whole live-userName index (every live user's entry).
  externalid: `select ${USER_COLUMNS} from (select * from scim_users where external_id = $1::text offset 0) scim_users
    where deprovisioned_at is null order by created_at, "scim_users"."id" limit $2::text::int`,
};

/**
 * $1 the new user (JSON), $2 the audit row → inserted 1, or 0 with the reason: a user to bring back (a deprovisioned
 * or inactive user with the same userName or externalId, which takes the transaction path) or a live duplicate (409).
 */
export const INSERT_USER = `with new_user as (select * from jsonb_populate_record(null::scim_users, $1::text::jsonb)),
  wanted as (select lower(user_name) as user_name, external_id from new_user),
  candidate as (
    (select u.id from scim_users u where lower(u.user_name) = (select user_name from wanted) and (u.deprovisioned_at is not null or u.active = false) limit 1)
    union all
    (select u.id from scim_users u where u.external_id = (select external_id from wanted) and (u.deprovisioned_at is not null or u.active = false) limit 1)
    limit 1),
  duplicate as (select 1 from scim_users u where lower(u.user_name) = (select user_name from wanted) and u.deprovisioned_at is null),
  inserted as (
    insert into scim_users (id, user_name, external_id, active, primary_email, display_name, document, app_fields, version, created_at, updated_at)
    select id, user_name, external_id, active, primary_email, display_name, document, app_fields, 1, created_at, updated_at from new_user
    where not exists (select 1 from candidate) and not exists (select 1 from duplicate)
    returning id),
  audited as (${AUDIT_INSERT_FROM_PARAMETER('$2')} where exists (select 1 from inserted))
  select (select count(*) from inserted)::int as written, exists (select 1 from candidate) as "toRestore", exists (select 1 from duplicate) as duplicate`;

/**
 * $1 the new row (JSON), $2 the version read, $3 the audit row → written 1, or 0 when the user changed or left meanwhile.
 * The row is found by `(select id from next)`, a key: joined to `next` instead, a plan made on a few users scanned.
 */
export const UPDATE_USER = `with next as (select * from jsonb_populate_record(null::scim_users, $1::text::jsonb)),
  updated as (
    update scim_users u set user_name = n.user_name, external_id = n.external_id, active = n.active, primary_email = n.primary_email,
      display_name = n.display_name, document = n.document, app_fields = n.app_fields, version = u.version + 1, updated_at = n.updated_at
    from next n where u.id = (select id from next) and u.version = $2::text::int and ${liveUserSql('u')}
    returning u.id),
  audited as (${AUDIT_INSERT_FROM_PARAMETER('$3')} where exists (select 1 from updated))
  select count(*)::int as written from updated`;

/** The user at the version read, locked; its memberships dropped and each group it left given a new version (group ETags change too). */
const LEAVE_GROUPS = `target as (select id from scim_users where id = $1::text::uuid and version = $2::text::int and ${liveUserSql('scim_users')} for update),
  left_groups as (delete from group_members where user_id = (select id from target) returning group_id),
  bumped as (update scim_groups set version = version + 1, updated_at = $3::text::timestamptz where id in (select group_id from left_groups))`;

/** $1 id, $2 version read, $3 now, $4 the audit row → written 1, or 0 when the user changed or left meanwhile. */
export const DELETE_USER = `with ${LEAVE_GROUPS},
  ended as (delete from scim_users where id = (select id from target) returning id),
  audited as (${AUDIT_INSERT_FROM_PARAMETER('$4')} where exists (select 1 from ended))
  select count(*)::int as written from ended`;

/** The same, keeping the account: the SCIM resource ends and its stored document says `active: false` (issue 13). */
export const DEPROVISION_USER = `with ${LEAVE_GROUPS},
  ended as (
    update scim_users set deprovisioned_at = $3::text::timestamptz, active = false, document = jsonb_set(document, '{active}', 'false'::jsonb),
      updated_at = $3::text::timestamptz, version = version + 1
    where id = (select id from target) returning id),
  audited as (${AUDIT_INSERT_FROM_PARAMETER('$4')} where exists (select 1 from ended))
  select count(*)::int as written from ended`;
