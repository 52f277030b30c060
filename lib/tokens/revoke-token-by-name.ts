import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimTokens } from '@/db/schema';
import type { AuditActor } from '@/lib/audit/audit-actor';
import { DomainError } from '@/lib/errors/domain-error';
import { expireToken } from './expire-token';
import type { TokenSummary } from './token-status';
import { forgetCachedTokens } from './token-cache';

/**
 * Revokes every token with exactly this name (a rotation can leave two), each audited as token.expire.
 * Returns the tokens it revoked now (empty when all were already revoked); 404 when no token has the name.
 */
export async function revokeTokenByName(
  db: Database,
  input: { name: string; actor: AuditActor; now: Date },
): Promise<TokenSummary[]> {
  const revokedTokens = await db.transaction(async (tx) => {
    const named = await tx.select({ id: scimTokens.id, revokedAt: scimTokens.revokedAt }).from(scimTokens).where(eq(scimTokens.name, input.name.trim()));
    if (named.length === 0) throw new DomainError('not_found', `There is no token named "${input.name.trim()}".`);

    const revoked: TokenSummary[] = [];
    for (const token of named.filter((candidate) => !candidate.revokedAt)) {
      revoked.push(await expireToken(tx, { id: token.id, actor: input.actor, now: input.now }));
    }
    return revoked;
  });
  forgetCachedTokens();
  return revokedTokens;
}
