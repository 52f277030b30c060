import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database } from './database';
import { createPreparedClient } from './prepared-statements';
import { routeStatementsTo } from './run-statement';
import * as schema from './schema';

/** How the statement connections show in pg_stat_activity (a DATABASE_URL that names its own application_name wins). */
export const STATEMENT_CONNECTIONS_NAME = 'roster-statements';

/**
 * Session settings of every connection (a setting in DATABASE_URL's query wins). JIT off: Roster's statements are
 * lookups by key that run in a millisecond, but a generic plan's estimate can pass `jit_above_cost` (a list page at
 * 100,000 users was estimated at 42 million), and PostgreSQL then compiled the plan at every execution: 215 ms of JIT
 * for a 1 ms statement (docs/PERFORMANCE.md).
 */
const SESSION_SETTINGS = { jit: 'off' };

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
