import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './database';

/** The tables whose row counts grow with the directory, and whose plans go wrong without statistics. */
const TABLES = ['scim_users', 'scim_groups', 'group_members', 'app_field_options', 'audit_events'];

/**
 * ANALYZEs those tables whose rows changed by more than a tenth (plus 50) since their last ANALYZE — the rule
 * autovacuum applies, for servers where it is off or behind. Without statistics PostgreSQL guesses, and at
 * 20,000 users an externalId lookup read a whole index (10 ms instead of 0.1 ms; docs/PERFORMANCE.md).
 * A table with no live row keeps the statistics it has: after an ANALYZE that finds it empty, PostgreSQL plans for an
 * empty table however much it grows until the next one (a DELETE then walked a whole index per request).
 * A table of 10,000 rows or more is analyzed at most once a minute: ANALYZE reads a sample of 30,000 rows, 0.85 s of
 * PostgreSQL's time for 100,000 users. A smaller one, whose plans are the ones that go wrong as it grows, and whose
 * ANALYZE is cheap, at every check. Returns the tables it analyzed.
 */
export async function analyzeStaleTables(db: Database): Promise<string[]> {
  const stale = await queryRows<{ table: string }>(
    db,
    sql`select relname as "table" from pg_stat_user_tables
        where schemaname = current_schema() and relname in (${sql.join(TABLES.map((table) => sql`${table}`), sql`, `)})
          and n_live_tup > 0 and n_mod_since_analyze > 50 + 0.1 * n_live_tup
          and (n_live_tup < 10000 or coalesce(greatest(last_analyze, last_autoanalyze), '-infinity') < now() - interval '1 minute')
        order by relname`,
  );
  for (const { table } of stale) await db.execute(sql`analyze ${sql.identifier(table)}`);
  return stale.map((row) => row.table);
}
