import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { groupMembers, scimGroups, scimUsers } from '@/db/schema';
import type { UserDetailDto } from '@/lib/contracts/directory';
import { listUserRoles } from '@/lib/group-mappings/list-user-roles';
import { DomainError } from '@/lib/errors/domain-error';
import { createUserRegistry, presentResource } from '@/lib/scim';
import { directoryUserColumns, toDirectoryUser } from './directory-user';

// Presenting needs only the core schema's id and the resource type, not the registered fields.
const registry = createUserRegistry([]);

/**
 * One user as the console shows it: the columns, application fields, roles with the group that gave each,
 * group memberships, and the SCIM resource as GET /Users/{id} returns it. Deprovisioned accounts are still
 * found, so their audit history stays reachable.
 */
export async function getUser(db: Database, input: { id: string; scimBaseUrl: string }): Promise<UserDetailDto> {
  const [row] = await db
    .select({
      ...directoryUserColumns,
      createdAt: scimUsers.createdAt,
      version: scimUsers.version,
    })
    .from(scimUsers)
    .where(eq(scimUsers.id, input.id));
  if (!row) throw new DomainError('not_found', 'No user has this id. It may have been deleted by the identity provider.');

  const [groups, roles] = await Promise.all([
    db
      .select({ id: scimGroups.id, displayName: scimGroups.displayName })
      .from(groupMembers)
      .innerJoin(scimGroups, eq(scimGroups.id, groupMembers.groupId))
      .where(eq(groupMembers.userId, row.id))
      .orderBy(asc(sql`lower(${scimGroups.displayName})`), asc(scimGroups.id)),
    listUserRoles(db, [row.id]),
  ]);

  const groupReferences = groups.map((group) => ({ value: group.id, display: group.displayName, type: 'direct' }));
  const document = groups.length > 0 ? { ...row.document, groups: groupReferences } : row.document;
  return {
    user: {
      ...toDirectoryUser(row, roles.get(row.id) ?? []),
      created: new Date(row.createdAt).toISOString(),
      version: row.version,
    },
    groups,
    scimDocument: presentResource({
      registry,
      baseUrl: input.scimBaseUrl,
      id: row.id,
      document,
      version: row.version,
      created: row.createdAt,
      lastModified: row.updatedAt,
    }),
  };
}
