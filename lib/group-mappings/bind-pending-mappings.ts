import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';

/**
 * Called by the SCIM group store when a group is created or renamed: mappings waiting for this display name
 * (compared without regard to case) bind to the group, and mappings already bound to it keep its new name, so
 * that they can wait for it again if the group is ever deleted. A pre-mapping whose role the group already has
 * is dropped instead of bound: it would duplicate the existing mapping. One statement.
 */
export async function bindPendingMappings(db: Database, group: { id: string; displayName: string }): Promise<void> {
  await queryRows(
    db,
    sql`with duplicates as (
        delete from group_role_mappings p
        where p.group_id is null and lower(p.group_display_name) = lower(${group.displayName})
          and exists (select 1 from group_role_mappings b where b.group_id = ${group.id}::uuid and b.role_id = p.role_id)
        returning p.id
      )
      update group_role_mappings set group_id = ${group.id}::uuid, group_display_name = ${group.displayName}
      where ((group_id is null and lower(group_display_name) = lower(${group.displayName}))
          or (group_id = ${group.id}::uuid and group_display_name <> ${group.displayName}))
        and id not in (select id from duplicates)`,
  );
}
