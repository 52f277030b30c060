import { desc } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimTokens } from '@/db/schema';
import { summarizeToken, type TokenSummary } from './token-status';

/** Every token, newest first, with its status at `now` and when and from where it was last used. */
export async function listTokens(db: Database, now: Date): Promise<TokenSummary[]> {
  const rows = await db.select().from(scimTokens).orderBy(desc(scimTokens.createdAt), desc(scimTokens.id));
  return rows.map((row) => summarizeToken(row, now));
}
