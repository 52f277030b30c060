import type { Database } from './database';

/** A statement's parameters: text or null, cast in the statement itself (`$1::text::jsonb`), so both drivers send the same thing. */
export type StatementParameter = string | null;

type PostgresClient = { unsafe(text: string, parameters: StatementParameter[], options: { prepare: boolean }): Promise<unknown[]> };
type PgliteClient = { query(text: string, parameters: StatementParameter[]): Promise<{ rows: unknown[] }> };

/** Whether `db` is a database handle itself (a transaction's handle is not: its statements go through drizzle). */
export function canRunStatement(db: Database): boolean {
  return (db as unknown as { $client?: unknown }).$client !== undefined;
}

const statementClients = new WeakMap<Database, PostgresClient>();

/** Sends runStatement's statements on `db` through `client` (db/postgres-handle.ts: connections of their own). */
export function routeStatementsTo(db: Database, client: PostgresClient): void {
  statementClients.set(db, client);
}

function clientOf(db: Database): PostgresClient | PgliteClient {
  const client = statementClients.get(db) ?? (db as unknown as { $client?: PostgresClient | PgliteClient }).$client;
  if (!client) throw new Error('runStatement needs the database handle itself, not a transaction');
  return client;
}

/**
 * Runs a fixed-text statement in autocommit, straight on the driver: no SQL is built per call, and on PostgreSQL
 * postgres-js prepares the text once per connection, so a repeated statement is one Bind/Execute round trip.
 * The hot SCIM paths use it for their one read and their one write (docs/PERFORMANCE.md).
 */
export async function runStatement<T>(db: Database, text: string, parameters: StatementParameter[]): Promise<T[]> {
  const client = clientOf(db);
  if ('unsafe' in client) return (await client.unsafe(text, parameters, { prepare: true })) as T[];
  return (await client.query(text, parameters)).rows as T[];
}
