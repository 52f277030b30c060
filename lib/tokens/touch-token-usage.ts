import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimTokens } from '@/db/schema';

/** Last-used is a hint for the console, not a log: one write a minute per token is plenty. */
export const TOUCH_INTERVAL_MS = 60_000;

/**
 * Records when and from where a token was last used, with one conditional UPDATE that writes only when the
 * stored time is older than a minute (so concurrent requests race harmlessly). True when it wrote.
 */
export async function touchTokenUsage(
  db: Database,
  input: { tokenId: string; clientAddress: string; now: Date },
): Promise<boolean> {
  const staleBefore = new Date(input.now.getTime() - TOUCH_INTERVAL_MS);
  const written = await db
    .update(scimTokens)
    .set({ lastUsedAt: input.now, lastUsedFrom: input.clientAddress })
    .where(and(eq(scimTokens.id, input.tokenId), or(isNull(scimTokens.lastUsedAt), lt(scimTokens.lastUsedAt, staleBefore))))
    .returning({ id: scimTokens.id });
  return written.length > 0;
}
