import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { isUuid } from '@/lib/provisioning/user-store';

/** A role a user has, with the group that gives it; a role given by two groups appears once per group. */
export type UserRole = { roleId: string; roleName: string; groupId: string; groupDisplayName: string };

type Row = UserRole & { userId: string };

/**
 * Each user's roles: the union of the roles mapped to the groups it belongs to (DESIGN "Roles"), in one query for
 * a whole page of users. Every requested id is in the result, with an empty list when the user has no role.
 */
export async function listUserRoles(db: Database, userIds: string[]): Promise<Map<string, UserRole[]>> {
  const ids = [...new Set(userIds.filter(isUuid).map((id) => id.toLowerCase()))];
  const roles = new Map<string, UserRole[]>(userIds.map((id) => [id, []]));
  if (ids.length === 0) return roles;

  const rows = await queryRows<Row>(
    db,
    sql`select gm.user_id::text as "userId", r.id::text as "roleId", r.name as "roleName",
        g.id::text as "groupId", g.display_name as "groupDisplayName"
      from group_members gm
      join group_role_mappings m on m.group_id = gm.group_id
      join app_roles r on r.id = m.role_id
      join scim_groups g on g.id = gm.group_id
      where gm.user_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))
      order by lower(r.name), lower(g.display_name), g.id`,
  );
  const byLowerId = new Map(userIds.map((id) => [id.toLowerCase(), id]));
  for (const { userId, ...role } of rows) roles.get(byLowerId.get(userId) ?? userId)?.push(role);
  return roles;
}
