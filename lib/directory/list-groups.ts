import { and, asc, count, not, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimGroups } from '@/db/schema';
import type { GroupListDto, ListGroupsQuery } from '@/lib/contracts/directory';
import { directoryGroupColumns, isMapped, toDirectoryGroup } from './directory-group';
import { containsPattern } from '@/lib/scim';

const MAPPING_CONDITION = { all: undefined, mapped: isMapped, unmapped: not(isMapped) } as const;

/**
 * One page of the groups the IdP sent, by display name, each with its member count and mapped roles, plus
 * how many groups in the whole directory give no role (the roles page shows that number prominently).
 */
export async function listGroups(db: Database, query: ListGroupsQuery): Promise<GroupListDto> {
  const where = and(
    MAPPING_CONDITION[query.mapping],
    query.q ? sql`(${scimGroups.displayName} ilike ${containsPattern(query.q)} or ${scimGroups.externalId} = ${query.q})` : undefined,
  );

  const [rows, [{ total }], [{ unmappedCount }]] = await Promise.all([
    db
      .select(directoryGroupColumns)
      .from(scimGroups)
      .where(where)
      .orderBy(asc(sql`lower(${scimGroups.displayName})`), asc(scimGroups.id))
      .limit(query.count)
      .offset(query.startIndex - 1),
    db.select({ total: count() }).from(scimGroups).where(where),
    db.select({ unmappedCount: count() }).from(scimGroups).where(not(isMapped)),
  ]);

  return {
    groups: rows.map(toDirectoryGroup),
    total,
    startIndex: query.startIndex,
    count: query.count,
    unmappedCount,
  };
}
