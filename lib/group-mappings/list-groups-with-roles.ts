import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Database } from '@/db/database';
import { containsPattern } from '@/lib/scim';

export type GroupWithRoles = {
  id: string;
  displayName: string;
  memberCount: number;
  roles: { mappingId: string; roleId: string; roleName: string }[];
};

export type GroupsWithRolesPage = { groups: GroupWithRoles[]; nextCursor: string | null };

const listGroupsInputSchema = z.object({
  search: z.string().trim().max(256).optional(),
  /** Only the groups that give no role: the ones still to map. */
  unmappedOnly: z.boolean().optional(),
  limit: z.int().min(1).max(200).optional().default(50),
  cursor: z.string().max(600).optional(),
});

export type ListGroupsInput = z.input<typeof listGroupsInputSchema>;

const cursorSchema = z.tuple([z.string(), z.uuid()]);

function decodeCursor(cursor: string): [string, string] | undefined {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const encodeCursor = (row: Row) => Buffer.from(JSON.stringify([row.sortKey, row.id])).toString('base64url');

type Row = GroupWithRoles & { sortKey: string };

/** Groups received from the IdP with member counts and the roles mapped to them, by name, keyset-paged. */
export async function listGroupsWithRoles(db: Database, input: ListGroupsInput = {}): Promise<GroupsWithRolesPage> {
  const { search, unmappedOnly, limit, cursor } = listGroupsInputSchema.parse(input);
  const conditions: SQL[] = [sql`true`];
  if (search) conditions.push(sql`lower(g.display_name) like ${containsPattern(search.toLowerCase())}`);
  if (unmappedOnly) conditions.push(sql`not exists (select 1 from group_role_mappings m where m.group_id = g.id)`);
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  if (after) conditions.push(sql`(lower(g.display_name), g.id) > (${after[0]}, ${after[1]}::uuid)`);

  const rows = await queryRows<Row>(
    db,
    sql`select g.id::text as id, g.display_name as "displayName", lower(g.display_name) as "sortKey",
        (select count(*)::int from group_members gm where gm.group_id = g.id) as "memberCount",
        coalesce((
          select jsonb_agg(jsonb_build_object('mappingId', m.id, 'roleId', m.role_id, 'roleName', r.name) order by lower(r.name))
          from group_role_mappings m join app_roles r on r.id = m.role_id where m.group_id = g.id
        ), '[]'::jsonb) as roles
      from scim_groups g
      where ${sql.join(conditions, sql` and `)}
      order by lower(g.display_name), g.id
      limit ${limit + 1}`,
  );
  const page = rows.slice(0, limit);
  return {
    groups: page.map(({ sortKey: _sortKey, ...group }) => group),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
  };
}
