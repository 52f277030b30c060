import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import type { RoleDto } from '@/lib/contracts/roles';

export type RoleSummary = RoleDto & {
  /** Mappings to received groups and pre-mappings by name together. */
  mappingCount: number;
  pendingMappingCount: number;
  /** Users who have the role through at least one group. */
  userCount: number;
};

type Row = Omit<RoleSummary, 'createdAt' | 'updatedAt'> & { createdAt: Date | string; updatedAt: Date | string };

/** Every role by name, with its mapping counts and how many users have it. */
export async function listRoles(db: Database): Promise<RoleSummary[]> {
  const rows = await queryRows<Row>(
    db,
    sql`select r.id::text as id, r.name, r.description, r.created_at as "createdAt", r.updated_at as "updatedAt",
        (select count(*)::int from group_role_mappings m where m.role_id = r.id) as "mappingCount",
        (select count(*)::int from group_role_mappings m where m.role_id = r.id and m.group_id is null) as "pendingMappingCount",
        (select count(distinct er.user_id)::int from user_effective_roles er where er.role_id = r.id) as "userCount"
      from app_roles r
      order by lower(r.name), r.id`,
  );
  return rows.map((row) => ({
    ...row,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  }));
}
