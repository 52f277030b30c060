import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database } from './database';
import { createPreparedClient } from './prepared-statements';
import { routeStatementsTo } from './run-statement';
import * as schema from './schema';

/** How the statement connections show in pg_stat_activity (a DATABASE_URL that names its own application_name wins). */
export const STATEMENT_CONNECTIONS_NAME = 'roster-statements';

/**
 * Session settings of every connection (a setting in DATABASE_URL's query wins).
 * - JIT off: Roster's statements are lookups by key that run in a millisecond, but a generic plan's estimate can pass
 *   `jit_above_cost` (a list page at 100,000 users was estimated at 42 million), and PostgreSQL then compiled the plan
 *   at every execution: 215 ms of JIT for a 1 ms statement (docs/PERFORMANCE.md).
 * - Random page reads priced as on SSD or in cache (1.1, PostgreSQL's own advice for those, instead of 4): priced
 *   as on a spinning disk, a lookup by key in a table of a few pages looked dearer than reading it all, so every user
 *   read scanned the whole groups table once per group the user is in, up to about 150 groups (a list page of 100
 *   users in 101 groups: 1,200 of its 2,386 buffer reads; docs/PERFORMANCE.md).
 */
const SESSION_SETTINGS = { jit: 'off', random_page_cost: '1.1' };

export type PostgresHandleOptions = {
  /** Connections for drizzle: transactions, the console, the rarer statements. */
  poolSize: number;
  /** Connections for runStatement's fixed texts, the SCIM hot path, several statements in flight on each. */
  pipelineSize: number;
};

/**
 * The server's PostgreSQL handle: drizzle over a pool of prepared-statement connections, and the hot path's single
 * autocommit statements over a few connections of their own. postgres-js sends a statement on a busy connection
 * without waiting (pipelining) and writes what a turn of the event loop queued in one write, so concurrent requests
 * share writes and each backend wakes once for several statements: measured, half the PostgreSQL CPU per request
 * of ten connections with one statement each (docs/PERFORMANCE.md). Transactions never use these connections, so a
 * long one cannot hold the hot path up.
 */
export function createPostgresHandle(url: string, options: PostgresHandleOptions): { db: Database; close: () => Promise<void> } {
  const { client, sql } = createPreparedClient(url, { max: options.poolSize, connection: SESSION_SETTINGS });
  const statements = postgres(url, {
    max: options.pipelineSize,
    onnotice: () => {},
    connection: { ...SESSION_SETTINGS, application_name: STATEMENT_CONNECTIONS_NAME },
  });
  const db = drizzlePostgres(sql, { schema }) as unknown as Database;
  routeStatementsTo(db, statements);
  return { db, close: async () => void (await Promise.all([client.end(), statements.end()])) };
}
