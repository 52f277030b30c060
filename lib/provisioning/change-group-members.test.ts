import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database, type OpenDatabase } from '@/db/database';
import * as schema from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { ScimError } from '@/lib/scim';
import { changeGroupMembers } from './change-group-members';

let database: OpenDatabase;
let counted: Database;
const statements: string[] = [];
const now = new Date('2030-01-01T00:00:00Z');

/** The same connection, through a drizzle instance whose logger records every statement sent. */
function countingDatabase(open: OpenDatabase): Database {
  const client = (open.db as unknown as { $client: never }).$client;
  const logger = { logQuery: (query: string) => void statements.push(query) };
  const db = open.driver === 'pglite' ? drizzlePglite(client, { schema, logger }) : drizzlePostgres(client, { schema, logger });
  return db as unknown as Database;
}

async function seedUsers(count: number, prefix: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    database.db,
    sql`insert into scim_users (id, user_name, document) select gen_random_uuid(), ${prefix} || n, '{}'::jsonb from generate_series(1, ${count}) n returning id::text`,
  );
  return rows.map((row) => row.id);
}

async function memberCount(groupId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from group_members where group_id = ${groupId}::uuid`);
  return row.n;
}

beforeAll(async () => {
  database = await createTestDatabase();
  counted = countingDatabase(database);
});
afterAll(() => database.close());

async function newGroup(): Promise<string> {
  const [row] = await queryRows<{ id: string }>(database.db, sql`insert into scim_groups (id, display_name, document) values (gen_random_uuid(), 'g', '{}') returning id::text`);
  return row.id;
}

describe('changeGroupMembers', () => {
  it('adds 1,000 members in one statement', async () => {
    const ids = await seedUsers(1000, 'bulk');
    const groupId = await newGroup();
    statements.length = 0;
    const result = await changeGroupMembers(counted, groupId, { add: ids, remove: [] }, now);
    expect(statements).toHaveLength(1);
    expect(result.added).toHaveLength(1000);
    expect(await memberCount(groupId)).toBe(1000);
  });

  it('is idempotent: adding existing members and removing non-members change nothing and succeed', async () => {
    const ids = await seedUsers(3, 'idem');
    const groupId = await newGroup();
    await changeGroupMembers(database.db, groupId, { add: ids.slice(0, 2), remove: [] }, now);
    const again = await changeGroupMembers(database.db, groupId, { add: ids.slice(0, 2), remove: [ids[2], 'not-a-uuid'] }, now);
    expect(again).toEqual({ added: [], removed: [] });
    expect(await memberCount(groupId)).toBe(2);
  });

  it('replaces the member set, also with an empty list', async () => {
    const ids = await seedUsers(4, 'swap');
    const groupId = await newGroup();
    await changeGroupMembers(database.db, groupId, { add: ids.slice(0, 3), remove: [] }, now);
    const swapped = await changeGroupMembers(database.db, groupId, { add: [], remove: [], replaceAll: [ids[2], ids[3]] }, now);
    expect(swapped.added).toEqual([ids[3]]);
    expect(swapped.removed.sort()).toEqual([ids[0], ids[1]].sort());
    await changeGroupMembers(database.db, groupId, { add: [], remove: [], replaceAll: [] }, now);
    expect(await memberCount(groupId)).toBe(0);
  });

  it('refuses ids that are not provisioned users with 400 invalidValue, naming them', async () => {
    const [known] = await seedUsers(1, 'known');
    const groupId = await newGroup();
    const unknown = '0191d4a0-0000-7000-8000-000000000000';
    const error = await changeGroupMembers(database.db, groupId, { add: [known, unknown], remove: [] }, now).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ScimError);
    expect(error).toMatchObject({ status: 400, scimType: 'invalidValue' });
    expect((error as ScimError).detail).toContain(unknown);
  });
});
