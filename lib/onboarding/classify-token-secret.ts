import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimTokens } from '@/db/schema';
import { hashTokenSecret, isWellFormedTokenSecret } from '@/lib/tokens/token-secret';
import { tokenStatus } from '@/lib/tokens/token-status';

export type SecretStanding = 'usable' | 'expired' | 'revoked' | 'unknown';

/**
 * What a pasted secret is, by the same hash lookup and status rule the bearer check uses, and no more: no
 * name, no dates. Reads only, so it adds nothing to the refusal throttle that the SCIM request already counted.
 */
export async function classifyTokenSecret(db: Database, secret: string, now: Date): Promise<SecretStanding> {
  if (!isWellFormedTokenSecret(secret)) return 'unknown';
  const [token] = await db
    .select({ expiresAt: scimTokens.expiresAt, revokedAt: scimTokens.revokedAt })
    .from(scimTokens)
    .where(eq(scimTokens.secretHash, hashTokenSecret(secret)))
    .limit(1);
  if (!token) return 'unknown';
  const status = tokenStatus(token, now);
  return status === 'expired' || status === 'revoked' ? status : 'usable';
}
