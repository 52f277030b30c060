import { stringify } from 'csv-stringify/sync';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { listGroupMappings } from '@/lib/group-mappings/list-group-mappings';

const HEADER = ['group', 'role', 'status'];

/**
 * The current mapping table as the customer's IT team checks it against the groups they created: every
 * mapping (received, or waiting for a group of that name) and every received group that has no role yet.
 */
export async function exportGroupListCsv(db: Database): Promise<string> {
  const [mappings, unmapped] = await Promise.all([
    listGroupMappings(db),
    queryRows<{ display_name: string }>(
      db,
      sql`select g.display_name from scim_groups g
          where not exists (select 1 from group_role_mappings m where m.group_id = g.id)`,
    ),
  ]);
  const rows = [
    ...mappings.map((mapping) => [
      mapping.groupDisplayName,
      mapping.roleName,
      mapping.isPending ? 'waiting for the identity provider to send this group' : 'received',
    ]),
    ...unmapped.map((group) => [group.display_name, '', 'received, no role yet']),
  ].sort((a, b) => a[0].localeCompare(b[0], 'en', { sensitivity: 'base' }) || a[1].localeCompare(b[1]));

  // Group names come from the IdP: a name starting with = or + must not run as a spreadsheet formula.
  return stringify([HEADER, ...rows], { record_delimiter: 'windows', escape_formulas: true });
}
