import type { Database, OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import { DAY_MS } from '@/lib/time/durations';
import { createToken } from '@/lib/tokens/create-token';
import { createRouteClient, type ScimClient } from './route-client';

/**
 * A fresh test database wired to the SCIM routes (the test file mocks `@/db/client` to hand out `state.db`),
 * with a bearer token created the way the CLI and the console create them.
 */
export async function openScimTest(state: { db?: Database }): Promise<{ database: OpenDatabase; scim: ScimClient; secret: string }> {
  const database = await createTestDatabase();
  state.db = database.db;
  const { secret } = await createToken(database.db, { name: 'vitest', expiresAt: new Date(Date.now() + DAY_MS), createdBy: 'test' });
  return { database, scim: createRouteClient(secret), secret };
}
