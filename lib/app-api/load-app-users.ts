import { asc, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimUsers } from '@/db/schema';
import type { AppUser } from '@/lib/contracts/app-api';
import { listFields } from '@/lib/fields/list-fields';
import { listUserRoles } from '@/lib/group-mappings/list-user-roles';
import { presentAppUser } from './present-app-user';

/**
 * Users matching `where`, by Roster id (the account id never changes, so the order is stable), presented with
 * their fields and roles: three queries whatever the page size.
 */
export async function loadAppUsers(db: Database, where: SQL | undefined, limit: number): Promise<AppUser[]> {
  const [rows, fields] = await Promise.all([
    db.select().from(scimUsers).where(where).orderBy(asc(scimUsers.accountId)).limit(limit),
    listFields(db),
  ]);
  const roles = await listUserRoles(db, rows.map((row) => row.id));
  const fieldNames = fields.map((field) => field.machineName);
  return rows.map((row) => presentAppUser(row, fieldNames, roles.get(row.id) ?? []));
}
