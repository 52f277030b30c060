import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type OpenDatabase } from './database';
import { createTestDatabase } from './test-database';

let database: OpenDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('PostgreSQL connections (db/prepared-statements.ts)', () => {
  it.skipIf(!process.env.TEST_DATABASE_URL)('plan every prepared statement with its values, never with a generic plan', async () => {
    const planFor = async () => {
      const [row] = await queryRows<{ plan: string }>(
        database.db,
        sql`select current_setting('plan_cache_mode') as plan from generate_series(1, 1000) limit ${10}`,
      );
      return row.plan;
    };
    // Past the five runs after which PostgreSQL would otherwise consider a generic plan.
    for (let run = 0; run < 7; run += 1) expect(await planFor()).toBe('force_custom_plan');
    await database.db.transaction(async (tx) => {
      const [row] = await queryRows<{ plan: string }>(tx, sql`select current_setting('plan_cache_mode') as plan`);
      expect(row.plan).toBe('force_custom_plan');
    });
  });
});
