import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { insertUser } from '@/e2e/fixtures/test-directory';
import { analyzeStaleTables } from './analyze-stale-tables';
import { queryRows, type OpenDatabase } from './database';
import { createTestDatabase } from './test-database';

let database: OpenDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const counts = async () =>
  (await queryRows<{ live: number; changed: number }>(
    database.db,
    sql`select n_live_tup::int as live, n_mod_since_analyze::int as changed from pg_stat_user_tables where relname = 'scim_users'`,
  ))[0];

/**
 * Waits until PostgreSQL has published every insert and delete made so far, which it does a moment after each
 * transaction ends: a count published after an ANALYZE would be added to the rows that ANALYZE already counted.
 */
const allChangesPublished = () =>
  vi.waitFor(
    async () => {
      const [row] = await queryRows<{ inserted: number; deleted: number; rows: number }>(
        database.db,
        sql`select n_tup_ins::int as inserted, n_tup_del::int as deleted, (select count(*)::int from scim_users) as rows
            from pg_stat_user_tables where relname = 'scim_users'`,
      );
      expect(row.inserted - row.deleted).toBe(row.rows);
    },
    { timeout: 20_000, interval: 200 },
  );

const hasStatistics = async () =>
  (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from pg_stats where tablename = 'scim_users' and attname = 'external_id'`))[0].n > 0;

describe('analyzeStaleTables', () => {
  it('analyzes the users table once many users arrived since its last ANALYZE, and not again without new changes', async () => {
    for (let index = 0; index < 300; index += 1) await insertUser(database.db, { userName: `stats${index}@contoso.example`, externalId: `ext-${index}` });
    expect(await hasStatistics()).toBe(false);

    // PostgreSQL publishes a backend's change counts a moment after its transactions end.
    await vi.waitFor(async () => expect(await analyzeStaleTables(database.db)).toContain('scim_users'), { timeout: 20_000, interval: 500 });
    expect(await hasStatistics()).toBe(true);
    expect(await analyzeStaleTables(database.db)).not.toContain('scim_users');
  });

  it('analyzes a table of 10,000 rows or more at most once a minute', async () => {
    await allChangesPublished();
    await queryRows(database.db, sql`analyze scim_users`);
    const { live } = await counts();
    await queryRows(
      database.db,
      sql`insert into scim_users (id, user_name, external_id, active, document, app_fields, version, created_at, updated_at)
        select gen_random_uuid(), 'many-' || i || '@contoso.example', null, true, '{}'::jsonb, '{}'::jsonb, 1, now(), now()
        from generate_series(1, 11000) i`,
    );
    // Stale by the rule (11,000 changes on at least 11,000 rows), but analyzed a moment ago.
    await allChangesPublished();
    expect(await counts()).toEqual({ live: live + 11_000, changed: 11_000 });
    expect(await analyzeStaleTables(database.db)).not.toContain('scim_users');
  });

  it('leaves an emptied table its statistics, so plans do not take it for empty while it fills again', async () => {
    const before = (await counts()).live;
    await queryRows(database.db, sql`delete from scim_users`);
    await allChangesPublished();
    expect((await counts()).live).toBe(0);
    expect((await counts()).changed).toBeGreaterThanOrEqual(before);

    expect(await analyzeStaleTables(database.db)).not.toContain('scim_users');
    expect(await hasStatistics()).toBe(true);
  });
});
