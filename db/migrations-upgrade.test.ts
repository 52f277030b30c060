import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { emailIs } from '@/lib/app-api/list-app-users';
import { scimUsers } from './schema';
import { MIGRATIONS_FOLDER } from './migrate';
import { queryRows, type Database } from './database';
import { createThrowawayDatabase } from './throwaway-database';

/** A copy of the migrations folder that ends before the migration tagged `before`. */
function migrationsBefore(before: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-migrations-'));
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const end = journal.entries.findIndex((entry) => entry.tag === before);
  expect(end).toBeGreaterThan(0);
  fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, end) }));
  return folder;
}

/** An empty database of the kind the suite runs on, and how to migrate it from a given folder. */
async function emptyDatabase(): Promise<{ db: Database; migrateFrom: (folder: string) => Promise<void>; close: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const client = await PGlite.create();
    const db = drizzlePglite(client);
    return { db: db as unknown as Database, migrateFrom: (folder) => migratePglite(db, { migrationsFolder: folder }), close: () => client.close() };
  }
  const empty = await createThrowawayDatabase(serverUrl, 'roster_test');
  const client = postgres(empty.url, { max: 1, onnotice: () => {} });
  const db = drizzlePostgres(client);
  return {
    db: db as unknown as Database,
    migrateFrom: (folder) => migratePostgres(db, { migrationsFolder: folder }),
    close: async () => {
      await client.end();
      await empty.drop();
    },
  };
}

describe('upgrading a database that holds users', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

  it('0006 moves the application email into its own column: every user keeps it, and the lookup by email finds them', async () => {
    const database = await emptyDatabase();
    try {
      const earlier = migrationsBefore('0006_hot_user_updates');
      folders.push(earlier);
      await database.migrateFrom(earlier);
      await queryRows(
        database.db,
        sql.raw(`insert into scim_users (id, user_name, document, app_fields)
          values ('00000000-0000-4000-8000-000000000001', 'ada@example.test', '{}', '{"email": "Ada.Lovelace@Example.test"}'),
                 ('00000000-0000-4000-8000-000000000002', 'grace@example.test', '{}', '{}')`),
      );

      await database.migrateFrom(MIGRATIONS_FOLDER);

      const users = await queryRows<{ user_name: string; app_email: string | null }>(
        database.db,
        sql.raw('select user_name, app_email from scim_users order by user_name'),
      );
      expect(users).toEqual([
        { user_name: 'ada@example.test', app_email: 'ada.lovelace@example.test' },
        { user_name: 'grace@example.test', app_email: null },
      ]);
      const found = await database.db.select({ userName: scimUsers.userName }).from(scimUsers).where(emailIs('ADA.lovelace@example.TEST'));
      expect(found).toEqual([{ userName: 'ada@example.test' }]);
    } finally {
      await database.close();
    }
  });
});
