import { and, asc, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { groupRoleMappings } from '@/db/schema';

/**
 * The spelling a name was first pre-mapped with, when any role waits for a group of that name in any letter case.
 * A later pre-mapping in another case joins that entry and keeps its spelling (the IdP's match is case-insensitive).
 */
export async function findPendingSpelling(db: Database, name: string): Promise<string | undefined> {
  const [first] = await db
    .select({ name: groupRoleMappings.groupDisplayName })
    .from(groupRoleMappings)
    .where(and(isNull(groupRoleMappings.groupId), sql`lower(${groupRoleMappings.groupDisplayName}) = lower(${name})`))
    .orderBy(asc(groupRoleMappings.createdAt), asc(groupRoleMappings.id))
    .limit(1);
  return first?.name;
}
