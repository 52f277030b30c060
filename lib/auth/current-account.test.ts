import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { consoleUsers } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { ACCOUNT_RECHECK_MS, currentAccount } from './current-account';
import { insertConsoleUser } from './insert-console-user';
import { isWithinSessionLifetime } from './options';

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const at = (ms: number) => new Date(Date.UTC(2030, 0, 1) + ms);

describe('a session re-checks its account on use', () => {
  it('sees a changed role and a removed user within a minute', async () => {
    const user = await insertConsoleUser(database.db, { email: 'sam@example.com', name: 'Sam', role: 'owner', passwordHash: 'x', createdAt: at(0) });
    expect(await currentAccount(database.db, user.id, at(0))).toMatchObject({ role: 'owner' });

    await database.db.update(consoleUsers).set({ role: 'success_manager' }).where(eq(consoleUsers.id, user.id));
    expect(await currentAccount(database.db, user.id, at(ACCOUNT_RECHECK_MS))).toMatchObject({ role: 'success_manager' });

    await database.db.delete(consoleUsers).where(eq(consoleUsers.id, user.id));
    expect(await currentAccount(database.db, user.id, at(2 * ACCOUNT_RECHECK_MS))).toBeNull();
    expect(2 * ACCOUNT_RECHECK_MS).toBeLessThanOrEqual(60_000);
  });

  it('ends a session 12 hours after sign-in however active it was, and one without a sign-in time at once', () => {
    const signedInAt = at(0).getTime();
    expect(isWithinSessionLifetime(signedInAt, at(12 * 3600_000 - 1))).toBe(true);
    expect(isWithinSessionLifetime(signedInAt, at(12 * 3600_000))).toBe(false);
    expect(isWithinSessionLifetime(undefined, at(0))).toBe(false);
  });
});
