import { and, desc, eq, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { groupMembers, scimGroups, scimUsers } from '@/db/schema';
import type { ResourceReference, SchemaRegistry, StoredUser, UserStore } from '@/lib/scim';
import { applyUserMapping } from './apply-user-mapping';
import { userColumnResolver, userGroupsJson, userRowColumns } from './column-map';
import { listByKey } from './list-by-key';
import { liveUser } from './live-user';
import { runListQuery } from './list-query';
import { SELECT_LIVE_USERS_BY } from './user-statements';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

const selection = {
  id: scimUsers.id,
  document: scimUsers.document,
  version: scimUsers.version,
  createdAt: scimUsers.createdAt,
  updatedAt: scimUsers.updatedAt,
  appFields: scimUsers.appFields,
  groups: sql<ResourceReference[]>`${userGroupsJson}`,
};

type Row = { [K in keyof typeof selection]: unknown };

function toStoredUser(row: Record<string, unknown>): StoredUser {
  const r = row as Row;
  return {
    id: r.id as string,
    document: r.document as Record<string, unknown>,
    version: r.version as number,
    created: new Date(r.createdAt as Date),
    lastModified: new Date(r.updatedAt as Date),
    groups: (r.groups as ResourceReference[] | null) ?? [],
    appFields: (r.appFields as Record<string, string | null>) ?? {},
  };
}

/** The live user of this id, found by primary key. */
export const liveUserWithId = (id: string) => and(eq(scimUsers.id, id), liveUser)!;

/** The live users, kept by triggers on scim_users (migration 0001_live_user_count): no list page counts them. */
async function countLiveUsers(db: Database): Promise<number> {
  const [row] = await queryRows<{ total: number }>(db, sql`select coalesce(sum(live), 0)::int as total from scim_user_counts`);
  return row.total;
}

/** A SCIM list of users: live users only, filters through the column map. */
export const userListSpec = { table: scimUsers, selection, scope: liveUser, resolver: userColumnResolver, toResource: toStoredUser, scopeTotal: countLiveUsers };

/** Drops a user's memberships and bumps the version of each group it left, so group ETags change too. */
async function leaveGroups(db: Database, userId: string, now: Date): Promise<void> {
  await db.execute(sql`with removed as (delete from ${groupMembers} where ${groupMembers.userId} = ${userId} returning ${groupMembers.groupId})
    update ${scimGroups} set version = ${scimGroups.version} + 1, updated_at = ${now.toISOString()}::timestamptz where ${scimGroups.id} in (select group_id from removed)`);
}

/** Writes a user's document, columns and derived application fields; every write derives them (issue 4). */
async function writeUser(
  db: Database,
  input: { matchId: string; condition: SQL; document: Record<string, unknown>; registry: SchemaRegistry; now: Date; isRestore: boolean },
): Promise<StoredUser | undefined> {
  const [previous] = await db
    .select({ userName: scimUsers.userName, appFields: scimUsers.appFields })
    .from(scimUsers)
    .where(and(eq(scimUsers.id, input.matchId), input.condition))
    .for('update');
  if (!previous) return undefined;

  const appFields = await applyUserMapping(db, { document: input.document, previous, registry: input.registry });
  const [row] = await db
    .update(scimUsers)
    .set({
      ...userRowColumns(input.document),
      document: input.document,
      appFields,
      version: sql`${scimUsers.version} + 1`,
      updatedAt: input.now,
      ...(input.isRestore ? { deprovisionedAt: null } : {}),
    })
    .where(eq(scimUsers.id, input.matchId))
    .returning(selection);
  return row ? toStoredUser(row) : undefined;
}

/** UserStore over drizzle: the document in jsonb plus indexed columns (STYLE §5.2). */
export function createUserStore(db: Database): UserStore {
  return {
    async get(id, options) {
      if (!isUuid(id)) return undefined;
      const query = db.select(selection).from(scimUsers).where(liveUserWithId(id));
      const [row] = options?.lock ? await query.for('update', { of: scimUsers }) : await query;
      return row ? toStoredUser(row) : undefined;
    },

    async list(query, registry) {
      return (await listByKey(db, query, SELECT_LIVE_USERS_BY, toStoredUser)) ?? runListQuery(db, { ...userListSpec, registry, query });
    },

    async findReprovisionable(document) {
      const userName = typeof document.userName === 'string' ? document.userName : '';
      const externalId = typeof document.externalId === 'string' ? document.externalId : undefined;
      const [row] = await db
        .select({ id: scimUsers.id, deprovisionedAt: scimUsers.deprovisionedAt })
        .from(scimUsers)
        .where(
          and(
            or(sql`lower(${scimUsers.userName}) = lower(${userName})`, externalId ? eq(scimUsers.externalId, externalId) : undefined),
            or(isNotNull(scimUsers.deprovisionedAt), eq(scimUsers.active, false)),
          ),
        )
        // A live inactive user holds the userName in the unique index, so it comes first; then the latest leaver.
        .orderBy(sql`${scimUsers.deprovisionedAt} is not null`, desc(scimUsers.deprovisionedAt))
        .limit(1);
      return row ? { id: row.id, deprovisioned: row.deprovisionedAt !== null } : undefined;
    },

    async create({ id, document, registry, now }) {
      const appFields = await applyUserMapping(db, { document, previous: null, registry });
      const [row] = await db
        .insert(scimUsers)
        .values({ id, ...userRowColumns(document), document, appFields, version: 1, createdAt: now, updatedAt: now })
        .returning(selection);
      return toStoredUser(row);
    },

    restore({ candidate, document, registry, now }) {
      const condition = candidate.deprovisioned ? isNotNull(scimUsers.deprovisionedAt) : and(liveUser, eq(scimUsers.active, false))!;
      return writeUser(db, {
        matchId: candidate.id,
        condition,
        document,
        registry,
        now,
        isRestore: true,
      });
    },

    async replace({ existing, document, registry, now }) {
      const written = await writeUser(db, { matchId: existing.id, condition: liveUser, document, registry, now, isRestore: false });
      if (!written) throw new Error(`user ${existing.id} vanished inside its own transaction`);
      return written;
    },

    async delete(id, now) {
      if (!isUuid(id)) return false;
      await leaveGroups(db, id, now);
      const deleted = await db.delete(scimUsers).where(liveUserWithId(id)).returning({ id: scimUsers.id });
      return deleted.length > 0;
    },

    async deprovision(id, now) {
      if (!isUuid(id)) return false;
      await leaveGroups(db, id, now);
      const updated = await db
        .update(scimUsers)
        .set({
          deprovisionedAt: now,
          active: false,
          // The stored document tells the truth: the console and the application read it (issue 13).
          document: sql`jsonb_set(${scimUsers.document}, '{active}', 'false'::jsonb)`,
          updatedAt: now,
          version: sql`${scimUsers.version} + 1`,
        })
        .where(liveUserWithId(id))
        .returning({ id: scimUsers.id });
      return updated.length > 0;
    },
  };
}
