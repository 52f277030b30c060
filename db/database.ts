import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** The drizzle handle every store and service takes: the database itself or a transaction in it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open database and how to close it. */
export type OpenDatabase = { db: Database; driver: 'postgres' | 'pglite' | 'pglite-socket'; close: () => Promise<void> };

/**
 * Runs raw SQL and returns its rows whichever driver is underneath (postgres-js answers an array,
 * PGlite an object with `rows`). Every raw query in Roster goes through this.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
