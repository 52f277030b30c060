import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { apiKeys } from '@/db/schema';
import { toAuditActor, type AuditActor } from '@/lib/audit/audit-actor';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { summarizeApiKey, type ApiKeySummary } from './api-key-summary';
import { findApiKeyForUpdate } from './find-api-key-for-update';

/**
 * Revokes a key now, audited as apikey.revoke. Idempotent: an already revoked key is returned as it is, with no
 * second event. Verification reads the row on every request, so the next call with the key is refused.
 */
export async function revokeApiKey(db: Database, input: { id: string; actor: ConsoleActor | AuditActor; now: Date }): Promise<ApiKeySummary> {
  return db.transaction(async (tx) => {
    const current = await findApiKeyForUpdate(tx, input.id);
    if (current.revokedAt) return summarizeApiKey(current, input.now);

    const [revoked] = await tx.update(apiKeys).set({ revokedAt: input.now }).where(eq(apiKeys.id, current.id)).returning();
    await recordAuditEvent(tx, {
      operation: 'apikey.revoke',
      outcome: 'success',
      actor: toAuditActor(input.actor),
      resourceType: 'apikey',
      resourceId: revoked.id,
      resourceName: revoked.name,
      changes: [{ field: 'revokedAt', old: null, new: input.now.toISOString() }],
      detail: { prefix: revoked.prefix },
      occurredAt: input.now,
    });
    return summarizeApiKey(revoked, input.now);
  });
}
