import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import postgres from 'postgres';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/** Arbitrary constant shared by every Roster instance so that only one migrates at a time. */
const MIGRATION_LOCK_ID = 72_0417_0001;

/** Applies drizzle-kit's migrations to embedded PGlite (one process owns the folder, so no lock is needed). */
export async function migratePgliteDatabase(db: PgliteDatabase<Record<string, unknown>>): Promise<void> {
  await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** Applies drizzle-kit's migrations to PostgreSQL under an advisory lock, so instances starting together take turns. */
export async function migratePostgresDatabase(connection: postgres.Options<Record<string, never>> & { url?: string }): Promise<void> {
  const { url, ...options } = connection;
  const client = url ? postgres(url, { ...options, max: 1, onnotice: () => {} }) : postgres({ ...options, max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder: MIGRATIONS_FOLDER });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
  } finally {
    await client.end();
  }
}
