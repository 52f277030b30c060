import postgres, { type Sql, type TransactionSql } from 'postgres';

type AnySql = Sql | TransactionSql;
type Scoped = (sql: TransactionSql) => unknown;

/** Replaces the callback (always the last argument of begin/savepoint) with one that receives a wrapped handle. */
function wrapCallback(args: unknown[]): unknown[] {
  const callback = args.at(-1) as Scoped;
  return [...args.slice(0, -1), (sql: TransactionSql) => callback(withPreparedStatements(sql))];
}

/**
 * drizzle runs every query through postgres-js `unsafe(text, params, { prepare: false })`. Unprepared, a query
 * with parameters costs two round trips (Parse/Describe to learn the parameter types, then Bind/Execute) and a
 * fresh parse and plan in PostgreSQL every time. Prepared, postgres-js keeps one named statement per query text
 * and connection, and a repeated query is a single Bind/Execute round trip (docs/PERFORMANCE.md). Query texts
 * are bounded (values are always parameters), and connections are recycled by postgres-js' max_lifetime.
 * Transactions and savepoints hand their callbacks a new handle, which is wrapped the same way.
 */
function withPreparedStatements<T extends AnySql>(sql: T): T {
  return new Proxy(sql, {
    get(target, property, receiver) {
      switch (property) {
        case 'unsafe':
          return (text: string, parameters?: unknown[], options?: object) =>
            (target.unsafe as (...args: unknown[]) => unknown)(text, parameters, { ...options, prepare: true });
        case 'begin':
        case 'savepoint':
          return (...args: unknown[]) => (Reflect.get(target, property, receiver) as (...a: unknown[]) => unknown)(...wrapCallback(args));
        default:
          return Reflect.get(target, property, receiver);
      }
    },
  });
}

/** A postgres-js client for drizzle with prepared statements: the server's and the PostgreSQL tests' query path. */
export function createPreparedClient(url: string, options: { max: number; connection?: Record<string, string> }): { client: Sql; sql: Sql } {
  const client = postgres(url, { max: options.max, onnotice: () => {}, connection: options.connection });
  return { client, sql: withPreparedStatements(client) };
}
