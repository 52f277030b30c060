import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimTokens } from '@/db/schema';
import { toAuditActor, type AuditActor } from '@/lib/audit/audit-actor';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { findTokenForUpdate } from './find-token-for-update';
import { forgetCachedTokens } from './token-cache';
import { summarizeToken, type TokenSummary } from './token-status';

/**
 * Revokes a token now, audited as token.expire. Idempotent: an already revoked token is returned as it is,
 * with no second event.
 */
export async function expireToken(
  db: Database,
  input: { id: string; actor: ConsoleActor | AuditActor; now: Date },
): Promise<TokenSummary> {
  const summary = await db.transaction(async (tx) => {
    const current = await findTokenForUpdate(tx, input.id);
    if (current.revokedAt) return summarizeToken(current, input.now);

    const [revoked] = await tx.update(scimTokens).set({ revokedAt: input.now }).where(eq(scimTokens.id, current.id)).returning();
    await recordAuditEvent(tx, {
      operation: 'token.expire',
      outcome: 'success',
      actor: toAuditActor(input.actor),
      resourceType: 'token',
      resourceId: revoked.id,
      resourceName: revoked.name,
      changes: [{ field: 'revokedAt', old: null, new: input.now.toISOString() }],
      detail: { prefix: revoked.prefix },
      occurredAt: input.now,
    });
    return summarizeToken(revoked, input.now);
  });
  forgetCachedTokens();
  return summary;
}
