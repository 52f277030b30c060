import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { inject } from 'vitest';
import type { OpenDatabase, Database } from './database';
import { DEFAULT_PIPELINE_SIZE, DEFAULT_POOL_SIZE } from '@/lib/env';
import { migratePgliteDatabase, migratePostgresDatabase } from './migrate';
import { createPostgresHandle } from './postgres-handle';
import * as schema from './schema';
import { createThrowawayDatabase } from './throwaway-database';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a throwaway database
 * on the PostgreSQL server named by `TEST_DATABASE_URL` (dropped on close).
 */
export async function createTestDatabase(): Promise<OpenDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const template = inject('pgliteTemplate');
    const client = template ? await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(template)]) }) : await PGlite.create();
    const db = drizzlePglite(client, { schema });
    if (!template) await migratePgliteDatabase(db);
    return { db: db as unknown as Database, driver: 'pglite', close: () => client.close() };
  }
  const empty = await createThrowawayDatabase(serverUrl, 'roster_test');
  await migratePostgresDatabase({ url: empty.url });
  // The server's handle (db/client.ts), so the tests on PostgreSQL run its query path.
  const { db, close } = createPostgresHandle(empty.url, { poolSize: DEFAULT_POOL_SIZE, pipelineSize: DEFAULT_PIPELINE_SIZE });
  return {
    db,
    driver: 'postgres',
    close: async () => {
      await close();
      await empty.drop();
    },
  };
}
