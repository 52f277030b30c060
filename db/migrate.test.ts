import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from './database';
import { migratePgliteDatabase, migratePostgresDatabase } from './migrate';
import { createTestDatabase } from './test-database';

describe('migrations', () => {
  it('apply cleanly to an empty database and again without error', async () => {
    const open = await createTestDatabase();
    try {
      const tables = await queryRows<{ table_name: string }>(
        open.db,
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      );
      const names = tables.map((row) => row.table_name);
      expect(names).toEqual(expect.arrayContaining(['scim_users', 'scim_groups', 'group_members', 'audit_events', 'console_users']));
      if (open.driver === 'pglite') {
        await migratePgliteDatabase(open.db as never);
      } else {
        const url = new URL(process.env.TEST_DATABASE_URL!);
        const [current] = await queryRows<{ name: string }>(open.db, sql`select current_database() as name`);
        url.pathname = `/${current.name}`;
        await migratePostgresDatabase({ url: url.toString() });
      }
      const [again] = await queryRows(open.db, sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`);
      expect(again).toEqual({ n: names.length });
    } finally {
      await open.close();
    }
  });
});
