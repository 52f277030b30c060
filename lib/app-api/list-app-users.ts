import { and, gt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/database';
import { scimUsers } from '@/db/schema';
import type { AppUser, ListUsersQuery } from '@/lib/contracts/app-api';
import { isUuid } from '@/lib/provisioning/user-store';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor';
import { loadAppUsers } from './load-app-users';

const cursorKey = z.tuple([z.uuid()]);

/** The email field or the primary email, case-insensitively (both indexed). */
export function emailIs(email: string): SQL {
  const lowered = email.toLowerCase();
  return sql`(lower(${scimUsers.primaryEmail}) = ${lowered} or ${scimUsers.appEmail} = ${lowered})`;
}

/** Holds the role, by name (case-insensitive) or id, through any group: read from the one definition of roles. */
function hasRole(role: string): SQL {
  const byId = isUuid(role) ? sql` or er.role_id = ${role.toLowerCase()}::uuid` : sql``;
  return sql`exists (select 1 from user_effective_roles er
    where er.user_id = ${scimUsers.id} and (lower(er.role_name) = ${role.toLowerCase()}${byId}))`;
}

/** A page of users for GET /api/v1/users, keyset-paged by Roster id. */
export async function listAppUsers(db: Database, query: ListUsersQuery): Promise<{ data: AppUser[]; nextCursor: string | null }> {
  const conditions: SQL[] = [];
  if (query.cursor !== undefined) conditions.push(gt(scimUsers.accountId, decodeKeysetCursor(query.cursor, cursorKey)[0]));
  if (query.email !== undefined) conditions.push(emailIs(query.email));
  if (query.role !== undefined) conditions.push(hasRole(query.role));
  if (query.active === true) conditions.push(sql`${scimUsers.active} and ${scimUsers.deprovisionedAt} is null`);
  if (query.active === false) conditions.push(sql`(not ${scimUsers.active} or ${scimUsers.deprovisionedAt} is not null)`);
  if (query.updated_after !== undefined) conditions.push(sql`${scimUsers.updatedAt} > ${query.updated_after.toISOString()}::timestamptz`);

  const users = await loadAppUsers(db, and(...conditions), query.limit + 1);
  const data = users.slice(0, query.limit);
  return { data, nextCursor: users.length > query.limit ? encodeKeysetCursor([data[data.length - 1].id]) : null };
}
