import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './database';
import { MIGRATIONS_FOLDER } from './migrate';

let newestShipped: number | undefined;

/** The `when` of the newest migration this build ships (drizzle-kit's journal), read once. */
function newestShippedMigration(): number {
  if (newestShipped !== undefined) return newestShipped;
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  newestShipped = Math.max(...journal.entries.map((entry) => entry.when));
  return newestShipped;
}

/** Whether the database has every migration of this build: drizzle records each applied one with its journal `when`. */
export async function migrationsApplied(db: Database): Promise<boolean> {
  const [row] = await queryRows<{ newest: string | number | null }>(db, sql`select max(created_at) as newest from drizzle.__drizzle_migrations`);
  return row?.newest !== null && row?.newest !== undefined && Number(row.newest) >= newestShippedMigration();
}
