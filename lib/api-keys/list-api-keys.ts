import { desc } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { apiKeys } from '@/db/schema';
import { summarizeApiKey, type ApiKeySummary } from './api-key-summary';

/** Every key, newest first, with its status at `now` and when it was last used. */
export async function listApiKeys(db: Database, now: Date): Promise<ApiKeySummary[]> {
  const rows = await db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map((row) => summarizeApiKey(row, now));
}
