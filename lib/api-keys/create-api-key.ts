import type { Database } from '@/db/database';
import { toAuditActor, type AuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { assertAllowedExpiry } from '@/lib/tokens/allowed-expiry';
import { normalizeTokenName } from '@/lib/tokens/token-name';
import { API_KEY_NAMING } from './api-key-secret';
import { summarizeApiKey, type ApiKeySummary } from './api-key-summary';
import { insertApiKey } from './insert-api-key';

export type CreateApiKeyInput = {
  name: string;
  expiresAt: Date;
  /** Shown in the list: the console user's email, or the CLI. */
  createdBy: string;
  actor: ConsoleActor | AuditActor;
  now: Date;
};

/**
 * Creates a key and returns its secret, the only time it exists outside the caller; audited as apikey.create. The
 * expiry must lie within the configured maximum, whoever calls.
 */
export async function createApiKey(db: Database, input: CreateApiKeyInput): Promise<{ apiKey: ApiKeySummary; secret: string }> {
  const name = normalizeTokenName(input.name, API_KEY_NAMING);
  await assertAllowedExpiry(db, input.expiresAt, input.now);

  return db.transaction(async (tx) => {
    const { row, secret } = await insertApiKey(tx, { name, expiresAt: input.expiresAt, createdBy: input.createdBy, createdAt: input.now });
    await recordAuditEvent(tx, {
      operation: 'apikey.create',
      outcome: 'success',
      actor: toAuditActor(input.actor),
      resourceType: 'apikey',
      resourceId: row.id,
      resourceName: row.name,
      changes: diffFields(null, { name: row.name, prefix: row.prefix, expiresAt: row.expiresAt.toISOString() }),
      occurredAt: input.now,
    });
    return { apiKey: summarizeApiKey(row, input.now), secret };
  });
}
