import { sql } from 'drizzle-orm';
import { scimGroups } from '@/db/schema';
import type { DirectoryGroupDto, MappedRoleDto } from '@/lib/contracts/directory';

// Written with explicit aliases: drizzle leaves columns unqualified in a single-table select, which a subquery would capture.
const GROUP_ID = sql.raw('"scim_groups"."id"');

const memberCount = sql<number>`(select count(*)::int from group_members gm where gm.group_id = ${GROUP_ID})`;

const mappedRoles = sql<MappedRoleDto[]>`(select coalesce(jsonb_agg(jsonb_build_object('roleId', r.id, 'roleName', r.name, 'mappingId', m.id) order by lower(r.name), r.id), '[]'::jsonb)
  from group_role_mappings m join app_roles r on r.id = m.role_id where m.group_id = ${GROUP_ID})`;

/** True for a group that at least one role mapping is bound to. */
export const isMapped = sql`exists (select 1 from group_role_mappings m where m.group_id = ${GROUP_ID})`;

/** A group as the console lists it: member count and mapped roles computed in the same query. */
export const directoryGroupColumns = {
  id: scimGroups.id,
  displayName: scimGroups.displayName,
  externalId: scimGroups.externalId,
  updatedAt: scimGroups.updatedAt,
  memberCount,
  roles: mappedRoles,
};

type DirectoryGroupRow = {
  id: string;
  displayName: string;
  externalId: string | null;
  updatedAt: Date;
  memberCount: number;
  roles: MappedRoleDto[] | null;
};

export function toDirectoryGroup(row: DirectoryGroupRow): DirectoryGroupDto {
  return {
    id: row.id,
    displayName: row.displayName,
    externalId: row.externalId,
    memberCount: Number(row.memberCount),
    roles: row.roles ?? [],
    lastChange: new Date(row.updatedAt).toISOString(),
  };
}
