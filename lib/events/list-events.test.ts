import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { appRoles } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { listEvents, MalformedCursorError } from './list-events';
import { settleFeed } from './settle-feed';

let database: OpenDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const addRole = (name = `role-${randomUUID()}`) => database.db.insert(appRoles).values({ name });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readToEnd(after: string): Promise<{ ids: string[]; cursor: string }> {
  await settleFeed(database.db);
  const ids: string[] = [];
  let cursor = after;
  for (;;) {
    const page = await listEvents(database.db, { after: cursor, limit: 7 });
    ids.push(...page.data.map((event) => event.id));
    cursor = page.nextCursor;
    if (page.data.length === 0) return { ids, cursor };
  }
}

describe('the change feed cursor', () => {
  it('pages through events in order, without repeating one, and hands back the same cursor when nothing is new', async () => {
    const start = (await readToEnd('')).cursor;
    for (let i = 0; i < 20; i += 1) await addRole(`page-${i}`);
    await settleFeed(database.db);
    const first = await listEvents(database.db, { after: start, limit: 15 });
    const second = await listEvents(database.db, { after: first.nextCursor, limit: 15 });
    const names = [...first.data, ...second.data].map((event) => (event.data as { role: { name: string } }).role.name);
    expect(names).toEqual(Array.from({ length: 20 }, (_, i) => `page-${i}`));
    const idle = await listEvents(database.db, { after: second.nextCursor, limit: 15 });
    expect(idle).toEqual({ data: [], nextCursor: second.nextCursor });
  });

  it('pages through the events of one transaction in one order (12 roles in one statement, pages of 5)', async () => {
    const start = (await readToEnd('')).cursor;
    const names = Array.from({ length: 12 }, (_, i) => `batch-${String(i).padStart(2, '0')}`);
    await database.db.insert(appRoles).values(names.map((name) => ({ name })));
    await settleFeed(database.db);
    const read: string[] = [];
    let cursor = start;
    for (let page = await listEvents(database.db, { after: cursor, limit: 5 }); page.data.length > 0; page = await listEvents(database.db, { after: cursor, limit: 5 })) {
      read.push(...page.data.map((event) => (event.data as { role: { name: string } }).role.name));
      cursor = page.nextCursor;
    }
    const whole = await listEvents(database.db, { after: start, limit: 100 });
    expect(read).toEqual(whole.data.map((event) => (event.data as { role: { name: string } }).role.name));
    expect([...read].sort()).toEqual(names);
  });

  it.each(['abc', '12', '1-', '-1', '1-2-3', '99999999999999999999999-1', '1-99999999999999999999', ' 1-2'])('refuses the malformed cursor %j', async (cursor) => {
    await expect(listEvents(database.db, { after: cursor, limit: 10 })).rejects.toBeInstanceOf(MalformedCursorError);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('the change feed under concurrent writers (PostgreSQL)', () => {
  it('does not hand out a later commit while an earlier transaction is still open (a sequence cursor would skip the earlier one)', async () => {
    const { cursor: start } = await readToEnd('');
    const [{ seq: startSeq }] = await queryRows<{ seq: string }>(database.db, sql`select coalesce(max(seq), 0)::text as seq from change_events`);
    let wrote!: () => void;
    let finish!: () => void;
    const written = new Promise<void>((resolve) => (wrote = resolve));
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const slow = database.db.transaction(async (tx) => {
      await tx.insert(appRoles).values({ name: 'slow-writer' });
      wrote();
      await finished;
    });
    await written;
    await addRole('fast-writer');

    // A plain sequence cursor would now serve fast-writer and move past slow-writer's lower number for good.
    const bySequence = await queryRows<{ name: string }>(
      database.db,
      sql`select data -> 'role' ->> 'name' as name from change_events where seq > ${startSeq}::bigint order by seq`,
    );
    expect(bySequence).toEqual([{ name: 'fast-writer' }]);
    const held = await listEvents(database.db, { after: start, limit: 10 });
    expect(held).toEqual({ data: [], nextCursor: start });

    finish();
    await slow;
    await settleFeed(database.db);
    const released = await listEvents(database.db, { after: held.nextCursor, limit: 10 });
    expect(released.data.map((event) => (event.data as { role: { name: string } }).role.name)).toEqual(['slow-writer', 'fast-writer']);
  });

  it('serves every event exactly once, in (transaction, sequence) order, to a reader polling while 6 writers commit out of order', async () => {
    const { cursor: start } = await readToEnd('');
    let writing = true;
    const writer = async (w: number) => {
      for (let i = 0; i < 25; i += 1) {
        await database.db.transaction(async (tx) => {
          await tx.insert(appRoles).values({ name: `w${w}-${i}-a` });
          await sleep(Math.random() * 8);
          await tx.insert(appRoles).values({ name: `w${w}-${i}-b` });
        });
      }
    };
    const seen: string[] = [];
    const reader = (async () => {
      let cursor = start;
      while (writing) {
        const page = await listEvents(database.db, { after: cursor, limit: 5 });
        seen.push(...page.data.map((event) => event.id));
        cursor = page.nextCursor;
        await sleep(1);
      }
      seen.push(...(await readToEnd(cursor)).ids);
    })();
    await Promise.all(Array.from({ length: 6 }, (_, w) => writer(w)));
    await settleFeed(database.db);
    writing = false;
    await reader;

    const all = await queryRows<{ id: string }>(
      database.db,
      sql`select id::text as id from change_events where (xid, seq) > (${start.split('-')[0]}::xid8, ${start.split('-')[1]}::bigint) order by xid, seq`,
    );
    expect(all).toHaveLength(300);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(all.map((row) => row.id));
  });
});
