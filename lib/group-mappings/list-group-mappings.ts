import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import type { GroupMappingDto } from '@/lib/contracts/group-mappings';

export type GroupMappingFilter = { roleId?: string; groupId?: string; ids?: string[] };

type Row = Omit<GroupMappingDto, 'createdAt'> & { createdAt: Date | string };

function conditions(filter: GroupMappingFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.roleId !== undefined) parts.push(sql`m.role_id = ${filter.roleId}::uuid`);
  if (filter.groupId !== undefined) parts.push(sql`m.group_id = ${filter.groupId}::uuid`);
  if (filter.ids !== undefined) {
    parts.push(sql`m.id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(filter.ids)}::jsonb))`);
  }
  return sql.join(parts, sql` and `);
}

/** Mappings with their role, the group's current name and member count, ordered by role then group name. Ids must be UUIDs. */
export async function listGroupMappings(db: Database, filter: GroupMappingFilter = {}): Promise<GroupMappingDto[]> {
  const rows = await queryRows<Row>(
    db,
    sql`select m.id::text as id, m.role_id::text as "roleId", r.name as "roleName", m.group_id::text as "groupId",
        coalesce(g.display_name, m.group_display_name) as "groupDisplayName",
        (select count(*)::int from group_members gm where gm.group_id = m.group_id) as "memberCount",
        m.group_id is null as "isPending", m.created_by as "createdBy", m.created_at as "createdAt"
      from group_role_mappings m
      join app_roles r on r.id = m.role_id
      left join scim_groups g on g.id = m.group_id
      where ${conditions(filter)}
      order by lower(r.name), lower(coalesce(g.display_name, m.group_display_name)), m.id`,
  );
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt).toISOString() }));
}
