import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { canRunStatement, runStatement } from '@/db/run-statement';
import { scimGroups } from '@/db/schema';
import { bindPendingMappings } from '@/lib/group-mappings/bind-pending-mappings';
import { releaseGroupMappings } from '@/lib/group-mappings/release-group-mappings';
import type { GroupStore, ResourceReference, StoredGroup } from '@/lib/scim';
import { groupColumnResolver, groupMembersJson, groupRowColumns } from './column-map';
import { changeGroupMembers } from './change-group-members';
import { SELECT_GROUP, SELECT_GROUP_WITH_MEMBERS, SELECT_GROUPS_BY, SELECT_GROUPS_WITH_MEMBERS_BY } from './group-statements';
import { listByKey } from './list-by-key';
import { runListQuery } from './list-query';
import { isUuid } from './user-store';

const baseSelection = {
  id: scimGroups.id,
  document: scimGroups.document,
  version: scimGroups.version,
  createdAt: scimGroups.createdAt,
  updatedAt: scimGroups.updatedAt,
};
const withMembers = { ...baseSelection, members: sql<ResourceReference[]>`${groupMembersJson}` };

function toStoredGroup(row: Record<string, unknown>): StoredGroup {
  return {
    id: row.id as string,
    document: row.document as Record<string, unknown>,
    version: row.version as number,
    created: new Date(row.createdAt as Date),
    lastModified: new Date(row.updatedAt as Date),
    members: row.members === undefined ? undefined : ((row.members as ResourceReference[] | null) ?? []),
  };
}

const everyGroup = sql`true`;

/** GroupStore over drizzle; membership is a set in `group_members`, changed by set-based SQL (STYLE §6.6). */
export function createGroupStore(db: Database): GroupStore {
  const get = async (id: string, options: { members: boolean; lock?: boolean }) => {
    if (!isUuid(id)) return undefined;
    if (!options.lock && canRunStatement(db)) {
      const [row] = await runStatement<Record<string, unknown>>(db, options.members ? SELECT_GROUP_WITH_MEMBERS : SELECT_GROUP, [id]);
      return row ? toStoredGroup(row) : undefined;
    }
    const query = db
      .select(options.members ? withMembers : baseSelection)
      .from(scimGroups)
      .where(eq(scimGroups.id, id));
    const [row] = options.lock ? await query.for('update', { of: scimGroups }) : await query;
    return row ? toStoredGroup(row) : undefined;
  };

  return {
    get,

    async list(query, registry, options) {
      const byKey = await listByKey(db, query, options.members ? SELECT_GROUPS_WITH_MEMBERS_BY : SELECT_GROUPS_BY, toStoredGroup);
      const selection = options.members ? withMembers : baseSelection;
      return byKey ?? runListQuery(db, { table: scimGroups, selection, scope: everyGroup, resolver: groupColumnResolver, registry, query, toResource: toStoredGroup });
    },

    async create({ id, document, memberIds, now }) {
      await db.insert(scimGroups).values({ id, ...groupRowColumns(document), document, version: 1, createdAt: now, updatedAt: now });
      await bindPendingMappings(db, { id, displayName: String(document.displayName) });
      if (memberIds.length > 0) await changeGroupMembers(db, id, { add: memberIds, remove: [] }, now);
      return (await get(id, { members: true }))!;
    },

    async update({ id, document, now }) {
      if (!isUuid(id)) return undefined;
      const [row] = await db
        .update(scimGroups)
        .set({ ...(document ? { ...groupRowColumns(document), document } : {}), version: sql`${scimGroups.version} + 1`, updatedAt: now })
        .where(eq(scimGroups.id, id))
        .returning(baseSelection);
      if (!row) return undefined;
      // A rename may be the name a role mapping waits for (mappings made before the group arrived).
      if (document) await bindPendingMappings(db, { id, displayName: String(document.displayName) });
      return toStoredGroup(row);
    },

    changeMembers(groupId, change, now) {
      return changeGroupMembers(db, groupId, change, now);
    },

    async delete(id) {
      if (!isUuid(id)) return false;
      await releaseGroupMappings(db, id);
      const deleted = await db.delete(scimGroups).where(eq(scimGroups.id, id)).returning({ id: scimGroups.id });
      return deleted.length > 0;
    },
  };
}
