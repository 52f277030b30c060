import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { isUuid } from '@/lib/provisioning/user-store';

/** A role a user has, with the group that gives it; a role given by two groups appears once per group. */
export type UserRole = { roleId: string; roleName: string; groupId: string; groupDisplayName: string };

type Row = UserRole & { userId: string };

/**
 * Each user's roles: the union of the roles mapped to the groups it belongs to (the `user_effective_roles` view), in one query for
 * a whole page of users. Every requested id is in the result, with an empty list when the user has no role.
 */
export async function listUserRoles(db: Database, userIds: string[]): Promise<Map<string, UserRole[]>> {
  const ids = [...new Set(userIds.filter(isUuid).map((id) => id.toLowerCase()))];
  const roles = new Map<string, UserRole[]>(userIds.map((id) => [id, []]));
  if (ids.length === 0) return roles;

  const rows = await queryRows<Row>(
    db,
    sql`select user_id::text as "userId", role_id::text as "roleId", role_name as "roleName",
        group_id::text as "groupId", group_display_name as "groupDisplayName"
      from user_effective_roles
      where user_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))
      order by lower(role_name), lower(group_display_name), group_id`,
  );
  const byLowerId = new Map(userIds.map((id) => [id.toLowerCase(), id]));
  for (const { userId, ...role } of rows) roles.get(byLowerId.get(userId) ?? userId)?.push(role);
  return roles;
}
