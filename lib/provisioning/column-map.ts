import { sql, type SQL } from 'drizzle-orm';
import { scimGroups, scimUsers } from '@/db/schema';
import type { ColumnResolver, ResolvedPath } from '@/lib/scim';

type Resolved = ReturnType<ColumnResolver['column']>;

/**
 * `members` of a group as it would sit in the document, built from the membership table: members are users (RFC 7643
 * §4.2 `type`), `display` their current displayName, else their userName. Each member's name is a lookup by key, not
 * a join, for the reason given at `userGroupsJson`: a join's generic plan hashed the whole users table per group read.
 */
export const groupMembersJson: SQL = sql`(select coalesce(jsonb_agg(jsonb_build_object('value', gm.user_id::text, 'display', gm.display, 'type', 'User') order by gm.added_at, gm.user_id), '[]'::jsonb) from (select m.user_id, m.added_at, (select coalesce(mu.display_name, mu.user_name) from scim_users mu where mu.id = m.user_id) as display from group_members m where m.group_id = ${scimGroups.id}) gm)`;

/**
 * `groups` of a user (RFC 7643 §4.1.2, read-only), built from the membership table. Each group's name is a lookup by
 * its key rather than a join: on a directory growing faster than its statistics, a join's generic plan hashes the
 * whole groups table for every user read. The fence (`offset 0`) keeps the subquery whole, so each name is looked up
 * once; pulled up, the lookup ran twice, for the value and for the order (42 → 32 buffers per user in two groups).
 */
export const userGroupsJson: SQL = sql`(select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('value', ug.id::text, 'display', ug.display_name, 'type', 'direct')) order by ug.display_name, ug.id), '[]'::jsonb) from (select gu.group_id as id, (select g.display_name from scim_groups g where g.id = gu.group_id) as display_name from group_members gu where gu.user_id = ${scimUsers.id} offset 0) ug)`;

function key(path: ResolvedPath): string {
  if (path.isExtension) return '';
  return [path.attribute.name, path.subAttribute?.name].filter(Boolean).join('.').toLowerCase();
}

const scalar = (expression: SQL): Resolved => ({ kind: 'scalar', sql: expression });

const userColumns: Record<string, Resolved> = {
  id: scalar(sql`${scimUsers.id}::text`),
  username: scalar(sql`${scimUsers.userName}`),
  externalid: scalar(sql`${scimUsers.externalId}`),
  active: scalar(sql`${scimUsers.active}`),
  displayname: scalar(sql`${scimUsers.displayName}`),
  'meta.created': scalar(sql`${scimUsers.createdAt}`),
  'meta.lastmodified': scalar(sql`${scimUsers.updatedAt}`),
};

const groupColumns: Record<string, Resolved> = {
  id: scalar(sql`${scimGroups.id}::text`),
  displayname: scalar(sql`${scimGroups.displayName}`),
  externalid: scalar(sql`${scimGroups.externalId}`),
  'meta.created': scalar(sql`${scimGroups.createdAt}`),
  'meta.lastmodified': scalar(sql`${scimGroups.updatedAt}`),
};

/**
 * Which User attributes are indexed columns of `scim_users` (filters on them use the indexes) and which are
 * read from the jsonb document; `groups` comes from the membership table.
 */
export const userColumnResolver: ColumnResolver = {
  document: sql`${scimUsers.document}`,
  column(path) {
    if (!path.isExtension && path.attribute.name.toLowerCase() === 'groups') return { kind: 'json', sql: userGroupsJson };
    return userColumns[key(path)];
  },
};

/** The same for Group: `members` live in `group_members`, never in the document. */
export const groupColumnResolver: ColumnResolver = {
  document: sql`${scimGroups.document}`,
  column(path) {
    if (!path.isExtension && path.attribute.name.toLowerCase() === 'members') return { kind: 'json', sql: groupMembersJson };
    return groupColumns[key(path)];
  },
};

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The primary email, else the work email, else the first one: what `primary_email` indexes. */
function primaryEmail(emails: unknown): string | null {
  if (!Array.isArray(emails)) return null;
  const entries = emails.filter((entry): entry is Record<string, unknown> => !!entry && typeof entry === 'object');
  const chosen =
    entries.find((entry) => entry.primary === true) ??
    entries.find((entry) => typeof entry.type === 'string' && entry.type.toLowerCase() === 'work') ??
    entries[0];
  return text(chosen?.value);
}

/** The indexed columns of a user row, taken from its canonical document. */
export function userRowColumns(document: Record<string, unknown>) {
  return {
    userName: String(document.userName),
    externalId: text(document.externalId),
    active: document.active !== false,
    displayName: text(document.displayName),
    primaryEmail: primaryEmail(document.emails),
  };
}

/** The indexed columns of a group row, taken from its canonical document. */
export function groupRowColumns(document: Record<string, unknown>) {
  return { displayName: String(document.displayName), externalId: text(document.externalId) };
}
