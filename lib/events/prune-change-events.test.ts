import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { appRoles } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { listEvents } from './list-events';
import { pruneChangeEvents } from './prune-change-events';
import { settleFeed } from './settle-feed';

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('pruneChangeEvents', () => {
  it('deletes the events older than the retention and keeps the feed readable from an old cursor', async () => {
    await database.db.insert(appRoles).values([{ name: 'old-1' }, { name: 'old-2' }]);
    await settleFeed(database.db);
    const { nextCursor: oldCursor } = await listEvents(database.db, { limit: 1 });
    await queryRows(database.db, sql`update change_events set occurred_at = now() - interval '91 days'`);
    await database.db.insert(appRoles).values({ name: 'recent' });

    expect(await pruneChangeEvents(database.db, new Date(), 90)).toBe(2);
    await settleFeed(database.db);
    const page = await listEvents(database.db, { after: oldCursor, limit: 10 });
    expect(page.data.map((event) => (event.data as { role: { name: string } }).role.name)).toEqual(['recent']);
  });

  it('refuses a retention under one day', async () => {
    await expect(pruneChangeEvents(database.db, new Date(), 0)).rejects.toThrow(/at least 1 day/);
  });
});
