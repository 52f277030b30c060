import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { apiKeys } from '@/db/schema';
import { toAuditActor, type AuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { DomainError } from '@/lib/errors/domain-error';
import { tokenStatus } from '@/lib/tokens/token-status';
import { summarizeApiKey, type ApiKeySummary } from './api-key-summary';
import { findApiKeyForUpdate } from './find-api-key-for-update';
import { insertApiKey } from './insert-api-key';
import { DAY_MS } from '@/lib/time/durations';

/**
 * Creates a successor beside a key, with the old key's lifetime counted from now, so the application can deploy
 * the new secret without a gap; the old key stops working after `graceDays` (never later than it already would).
 * Audited as apikey.rotate; returns the new secret once.
 */
export async function rotateApiKey(
  db: Database,
  input: { id: string; graceDays: number; actor: ConsoleActor | AuditActor; now: Date },
): Promise<{ apiKey: ApiKeySummary; secret: string; previous: ApiKeySummary }> {
  if (!Number.isInteger(input.graceDays) || input.graceDays < 0) {
    throw DomainError.about('graceDays', 'invalid_input', 'Choose how many days (0 or more) the old key keeps working.');
  }
  const graceUntil = new Date(input.now.getTime() + input.graceDays * DAY_MS);
  const actor = toAuditActor(input.actor);

  return db.transaction(async (tx) => {
    const old = await findApiKeyForUpdate(tx, input.id);
    const status = tokenStatus(old, input.now);
    if (status === 'revoked' || status === 'expired') {
      throw new DomainError('conflict', `API key "${old.name}" is ${status} and cannot be rotated; create a new key instead.`);
    }

    const { row, secret } = await insertApiKey(tx, {
      name: old.name,
      expiresAt: new Date(input.now.getTime() + (old.expiresAt.getTime() - old.createdAt.getTime())),
      createdBy: actor.name ?? actor.type,
      createdAt: input.now,
      rotatedFromId: old.id,
    });
    const [previous] = await tx
      .update(apiKeys)
      .set({ expiresAt: sql`least(${apiKeys.expiresAt}, ${graceUntil.toISOString()}::timestamptz)` })
      .where(eq(apiKeys.id, old.id))
      .returning();

    await recordAuditEvent(tx, {
      operation: 'apikey.rotate',
      outcome: 'success',
      actor,
      resourceType: 'apikey',
      resourceId: old.id,
      resourceName: old.name,
      changes: diffFields({ expiresAt: old.expiresAt.toISOString() }, { expiresAt: previous.expiresAt.toISOString() }),
      detail: { prefix: old.prefix, successor: { id: row.id, prefix: row.prefix, expiresAt: row.expiresAt.toISOString() } },
      occurredAt: input.now,
    });
    return { apiKey: summarizeApiKey(row, input.now), secret, previous: summarizeApiKey(previous, input.now) };
  });
}
