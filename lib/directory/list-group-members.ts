import { asc, count, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { groupMembers, scimUsers } from '@/db/schema';
import type { GroupMemberListDto, ListGroupMembersQuery } from '@/lib/contracts/directory';
import { getGroup } from './get-group';

/** One page of a group's members by userName; paged in SQL, so a group of 50,000 costs one page. */
export async function listGroupMembers(db: Database, groupId: string, query: ListGroupMembersQuery): Promise<GroupMemberListDto> {
  const group = await getGroup(db, groupId);
  const inGroup = eq(groupMembers.groupId, groupId);

  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: scimUsers.id,
        userName: scimUsers.userName,
        displayName: scimUsers.displayName,
        email: scimUsers.primaryEmail,
        active: scimUsers.active,
      })
      .from(groupMembers)
      .innerJoin(scimUsers, eq(scimUsers.id, groupMembers.userId))
      .where(inGroup)
      .orderBy(asc(sql`lower(${scimUsers.userName})`), asc(scimUsers.id))
      .limit(query.count)
      .offset(query.startIndex - 1),
    db.select({ total: count() }).from(groupMembers).where(inGroup),
  ]);

  return { group, members: rows, total, startIndex: query.startIndex, count: query.count };
}
