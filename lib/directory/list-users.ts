import { and, asc, count, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimUsers } from '@/db/schema';
import type { ListUsersQuery, UserListDto, UserStatus } from '@/lib/contracts/directory';
import { listUserRoles } from '@/lib/group-mappings/list-user-roles';
import { directoryUserColumns, toDirectoryUser } from './directory-user';
import { containsPattern } from '@/lib/scim';

/** userName, display name, email (column and mapped field) and the person's name, case-insensitively. */
function searchCondition(term: string): SQL {
  const pattern = containsPattern(term);
  const name = sql`${scimUsers.document} -> 'name'`;
  return or(
    sql`${scimUsers.userName} ilike ${pattern}`,
    sql`${scimUsers.displayName} ilike ${pattern}`,
    sql`${scimUsers.primaryEmail} ilike ${pattern}`,
    sql`${scimUsers.appEmail} ilike ${pattern}`,
    sql`${name} ->> 'formatted' ilike ${pattern}`,
    sql`concat_ws(' ', ${name} ->> 'givenName', ${name} ->> 'familyName') ilike ${pattern}`,
  )!;
}

/** Active and inactive are provisioned users; a deprovisioned account is neither, whatever its active column says. */
function statusCondition(status: UserStatus): SQL | undefined {
  switch (status) {
    case 'all':
      return undefined;
    case 'deprovisioned':
      return isNotNull(scimUsers.deprovisionedAt);
    default:
      return and(isNull(scimUsers.deprovisionedAt), eq(scimUsers.active, status === 'active'));
  }
}

/**
 * One page of users, deprovisioned accounts included unless the status filter leaves them out, in
 * userName order, with their application fields and the roles their groups give them.
 */
export async function listUsers(db: Database, query: ListUsersQuery): Promise<UserListDto> {
  const where = and(statusCondition(query.status), query.q ? searchCondition(query.q) : undefined);

  const [rows, [{ total }]] = await Promise.all([
    db
      .select(directoryUserColumns)
      .from(scimUsers)
      .where(where)
      .orderBy(asc(sql`lower(${scimUsers.userName})`), asc(scimUsers.id))
      .limit(query.count)
      .offset(query.startIndex - 1),
    db.select({ total: count() }).from(scimUsers).where(where),
  ]);

  const roles = await listUserRoles(db, rows.map((row) => row.id));
  return {
    users: rows.map((row) => toDirectoryUser(row, roles.get(row.id) ?? [])),
    total,
    startIndex: query.startIndex,
    count: query.count,
  };
}
