import { asc, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimGroups } from '@/db/schema';

/**
 * The group a mapping by display name binds to: names compare without regard to case, and since SCIM does not
 * make displayName unique, the oldest group with the name wins.
 */
export async function findGroupByDisplayName(db: Database, displayName: string): Promise<{ id: string; displayName: string } | undefined> {
  const [group] = await db
    .select({ id: scimGroups.id, displayName: scimGroups.displayName })
    .from(scimGroups)
    .where(sql`lower(${scimGroups.displayName}) = lower(${displayName})`)
    .orderBy(asc(scimGroups.createdAt), asc(scimGroups.id))
    .limit(1);
  return group;
}
