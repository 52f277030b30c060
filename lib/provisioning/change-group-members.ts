import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { scimErrors, type MembershipChange, type MembershipResult } from '@/lib/scim';
import { isUuid } from './user-store';

/** Ids travel as one JSON parameter, the same on postgres-js and PGlite, however many there are. */
const idSet = (ids: string[]) => sql`(select distinct value::uuid as id from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;

/** 400 invalidValue naming the ids that are not live users: the whole membership change is refused. */
export function refuseUnknown(unknown: string[]): never {
  const shown = unknown.slice(0, 10).join(', ');
  throw scimErrors.invalidValue(
    `members: ${unknown.length} value(s) are not ids of provisioned users (${shown}${unknown.length > 10 ? ', …' : ''}); nothing was changed.`,
  );
}

/**
 * The ids that are live users become members; the answer names the ids that are not, and the users added. Each id is
 * looked up by key (a join's generic plan walked every live user's index entry; statement-plans.test.ts).
 */
export const addMembersStatement = (groupId: string, ids: string[], now: Date) =>
  sql`with wanted as ${idSet(ids)},
      known as (select wanted.id from wanted where (select u.deprovisioned_at is null from scim_users u where u.id = wanted.id)),
      inserted as (
        insert into group_members (group_id, user_id, added_at)
        select ${groupId}::uuid, known.id, ${now.toISOString()}::timestamptz from known where exists (select 1 from scim_groups where id = ${groupId}::uuid)
        on conflict do nothing returning user_id)
      select
        (select coalesce(jsonb_agg(id::text), '[]'::jsonb) from wanted where id not in (select id from known)) as unknown,
        (select coalesce(jsonb_agg(user_id::text), '[]'::jsonb) from inserted) as added`;

/**
 * Adds members in one statement: ids that are not live users are reported (the whole request then fails,
 * RFC 7644 §3.5.2 all-or-nothing), existing memberships are left as they are (`on conflict do nothing`).
 */
async function addMembers(db: Database, groupId: string, ids: string[], now: Date): Promise<string[]> {
  const malformed = ids.filter((id) => !isUuid(id));
  if (malformed.length > 0) refuseUnknown(malformed);
  const [row] = await queryRows<{ unknown: string[]; added: string[] }>(db, addMembersStatement(groupId, ids, now));
  if (row.unknown.length > 0) refuseUnknown(row.unknown);
  return row.added;
}

async function removeMembers(db: Database, groupId: string, ids: string[]): Promise<string[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await queryRows<{ user_id: string }>(
    db,
    sql`delete from group_members where group_id = ${groupId}::uuid and user_id in ${idSet(valid)} returning user_id::text`,
  );
  return rows.map((row) => row.user_id);
}

async function removeAllExcept(db: Database, groupId: string, keep: string[]): Promise<string[]> {
  const rows = await queryRows<{ user_id: string }>(
    db,
    sql`delete from group_members where group_id = ${groupId}::uuid and user_id not in ${idSet(keep.filter(isUuid))} returning user_id::text`,
  );
  return rows.map((row) => row.user_id);
}

/**
 * Applies a membership change as set operations in SQL (never a read-modify-write of a member list), so
 * concurrent PATCHes of one group all land and 1,000 members are one statement. Removing a non-member
 * succeeds (RFC 7644 §3.5.2.2 idempotence; JumpCloud and Okta repeat operations).
 */
export async function changeGroupMembers(db: Database, groupId: string, change: MembershipChange, now: Date): Promise<MembershipResult> {
  const removed: string[] = [];
  const added: string[] = [];
  if (change.replaceAll) {
    added.push(...(change.replaceAll.length > 0 ? await addMembers(db, groupId, change.replaceAll, now) : []));
    removed.push(...(await removeAllExcept(db, groupId, change.replaceAll)));
  }
  if (change.remove.length > 0) removed.push(...(await removeMembers(db, groupId, change.remove)));
  if (change.add.length > 0) added.push(...(await addMembers(db, groupId, change.add, now)));
  return { added, removed };
}
