import type { Database } from '@/db/database';
import { apiKeys, type ApiKeyRow } from '@/db/schema';
import { hashSecret } from '@/lib/secrets/bearer-secret';
import { apiKeyDisplayPrefix, generateApiKeySecret } from './api-key-secret';

/** Stores a new key (its hash and display prefix only) and hands back the row and the secret, once. */
export async function insertApiKey(
  db: Database,
  values: { name: string; expiresAt: Date; createdBy: string; createdAt: Date; rotatedFromId?: string },
): Promise<{ row: ApiKeyRow; secret: string }> {
  const secret = generateApiKeySecret();
  const [row] = await db
    .insert(apiKeys)
    .values({ ...values, prefix: apiKeyDisplayPrefix(secret), secretHash: hashSecret(secret) })
    .returning();
  return { row, secret };
}
