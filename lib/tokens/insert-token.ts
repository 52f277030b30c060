import type { Database } from '@/db/database';
import { scimTokens } from '@/db/schema';
import { displayPrefix, generateTokenSecret, hashTokenSecret } from './token-secret';

type TokenRow = typeof scimTokens.$inferSelect;

/** Stores a new token (its hash and display prefix only) and hands back the row and the secret, once. */
export async function insertToken(
  db: Database,
  values: { name: string; expiresAt: Date; createdBy: string; createdAt: Date; rotatedFromId?: string },
): Promise<{ row: TokenRow; secret: string }> {
  const secret = generateTokenSecret();
  const [row] = await db
    .insert(scimTokens)
    .values({ ...values, prefix: displayPrefix(secret), secretHash: hashTokenSecret(secret) })
    .returning();
  return { row, secret };
}
