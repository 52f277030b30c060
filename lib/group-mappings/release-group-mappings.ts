import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';

/**
 * To be called by the SCIM group store just before it deletes a group. The foreign key turns the group's mappings
 * back into pending ones (waiting for its name, so a re-created group binds again); this first drops those whose
 * role already waits for that name, which would otherwise collide with the pending mapping and fail the delete.
 */
export async function releaseGroupMappings(db: Database, groupId: string): Promise<void> {
  await queryRows(
    db,
    sql`delete from group_role_mappings m
      where m.group_id = ${groupId}::uuid
        and exists (
          select 1 from group_role_mappings p
          where p.group_id is null and p.role_id = m.role_id and lower(p.group_display_name) = lower(m.group_display_name)
        )`,
  );
}
