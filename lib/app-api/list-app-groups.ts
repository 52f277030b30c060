import { z } from 'zod';
import type { Database } from '@/db/database';
import type { PageQuery } from '@/lib/contracts/app-api';
import { listGroupsWithRoles } from '@/lib/group-mappings/list-groups-with-roles';
import { decodeKeysetCursor } from './keyset-cursor';

/** The key listGroupsWithRoles pages by: lower-cased display name, then id. */
const groupCursorKey = z.tuple([z.string(), z.uuid()]);

/** Groups with the roles each gives, as the console's role mapping reads them, keyset-paged by name. */
export async function listAppGroups(db: Database, query: PageQuery) {
  // The console's listing restarts on a cursor it cannot read; an application is told instead.
  if (query.cursor !== undefined) decodeKeysetCursor(query.cursor, groupCursorKey);
  const page = await listGroupsWithRoles(db, { limit: query.limit, cursor: query.cursor });
  return {
    data: page.groups.map((group) => ({
      id: group.id,
      displayName: group.displayName,
      memberCount: group.memberCount,
      roles: group.roles.map((role) => ({ id: role.roleId, name: role.roleName })),
    })),
    nextCursor: page.nextCursor,
  };
}
