import type { Database } from '@/db/database';
import { listRoles } from '@/lib/roles/list-roles';

/** Every role by name, with how many users have it. */
export async function listAppRoles(db: Database) {
  const roles = await listRoles(db);
  return {
    data: roles.map(({ id, name, description, userCount, createdAt, updatedAt }) => ({ id, name, description, userCount, createdAt, updatedAt })),
  };
}
