import type { Database } from '@/db/database';
import { toAuditActor, type AuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { assertAllowedExpiry } from './allowed-expiry';
import { insertToken } from './insert-token';
import { normalizeTokenName } from './token-name';
import { summarizeToken, type TokenSummary } from './token-status';

export type CreateTokenInput = {
  name: string;
  expiresAt: Date;
  /** Shown in the token list: the console user's email, or the CLI. */
  createdBy: string;
  /** Recorded in the audit log; a console user named by `createdBy` when absent. */
  actor?: ConsoleActor | AuditActor;
  now?: Date;
};

/**
 * Creates a token and returns its secret, the only time it exists outside the caller; audited as token.create. The expiry
 * must lie within the configured maximum, whoever calls.
 */
export async function createToken(db: Database, input: CreateTokenInput): Promise<{ token: TokenSummary; secret: string }> {
  const now = input.now ?? new Date();
  const name = normalizeTokenName(input.name);
  await assertAllowedExpiry(db, input.expiresAt, now);
  const actor = input.actor ? toAuditActor(input.actor) : { type: 'console' as const, name: input.createdBy };

  return db.transaction(async (tx) => {
    const { row, secret } = await insertToken(tx, { name, expiresAt: input.expiresAt, createdBy: input.createdBy, createdAt: now });
    await recordAuditEvent(tx, {
      operation: 'token.create',
      outcome: 'success',
      actor,
      resourceType: 'token',
      resourceId: row.id,
      resourceName: row.name,
      changes: diffFields(null, { name: row.name, prefix: row.prefix, expiresAt: row.expiresAt.toISOString() }),
      occurredAt: now,
    });
    return { token: summarizeToken(row, now), secret };
  });
}
