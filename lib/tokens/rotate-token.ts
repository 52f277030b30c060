import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimTokens } from '@/db/schema';
import { toAuditActor, type AuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { DomainError } from '@/lib/errors/domain-error';
import { findTokenForUpdate } from './find-token-for-update';
import { insertToken } from './insert-token';
import { normalizeTokenName } from './token-name';
import { summarizeToken, tokenStatus, type TokenSummary } from './token-status';
import { forgetCachedTokens } from './token-cache';
import { DAY_MS } from '@/lib/time/durations';

export type RotateTokenInput = {
  id: string;
  /** How long the old token keeps working beside the new one: days from now, or an instant. One of the two. */
  graceDays?: number;
  graceUntil?: Date;
  /** The successor's name; the old token's name when absent. */
  name?: string;
  /** The successor's expiry; the old token's lifetime counted from now when absent. */
  expiresAt?: Date;
  actor: ConsoleActor | AuditActor;
  now: Date;
};

function graceEnd(input: RotateTokenInput): Date {
  if (input.graceUntil) return input.graceUntil;
  const days = input.graceDays;
  if (days === undefined || !Number.isFinite(days) || days < 0) {
    throw DomainError.about('graceDays', 'invalid_input', 'Choose how many days (0 or more) the old token keeps working.');
  }
  return new Date(input.now.getTime() + days * DAY_MS);
}

/**
 * Creates a successor beside a token so the IdP can switch without a gap, and ends the old token's life at
 * the grace period (never later than it already ended). Audited as token.rotate; returns the new secret once.
 */
export async function rotateToken(
  db: Database,
  input: RotateTokenInput,
): Promise<{ token: TokenSummary; secret: string; previous: TokenSummary }> {
  const graceUntil = graceEnd(input);
  if (Number.isNaN(graceUntil.getTime()) || graceUntil.getTime() < input.now.getTime()) {
    throw DomainError.about('graceUntil', 'invalid_input', 'The grace period must end now or later.');
  }
  const actor = toAuditActor(input.actor);

  const rotation = await db.transaction(async (tx) => {
    const old = await findTokenForUpdate(tx, input.id);
    const status = tokenStatus(old, input.now);
    if (status === 'revoked' || status === 'expired') {
      throw new DomainError('conflict', `Token "${old.name}" is ${status} and cannot be rotated; create a new token instead.`);
    }

    const expiresAt = input.expiresAt ?? new Date(input.now.getTime() + (old.expiresAt.getTime() - old.createdAt.getTime()));
    if (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= input.now.getTime()) {
      throw DomainError.about('expiresAt', 'invalid_input', 'The new token must expire in the future.');
    }
    const { row, secret } = await insertToken(tx, {
      name: input.name === undefined ? old.name : normalizeTokenName(input.name),
      expiresAt,
      createdBy: actor.name ?? actor.type,
      createdAt: input.now,
      rotatedFromId: old.id,
    });
    const [previous] = await tx
      .update(scimTokens)
      .set({ expiresAt: sql`least(${scimTokens.expiresAt}, ${graceUntil.toISOString()}::timestamptz)` })
      .where(eq(scimTokens.id, old.id))
      .returning();

    await recordAuditEvent(tx, {
      operation: 'token.rotate',
      outcome: 'success',
      actor,
      resourceType: 'token',
      resourceId: old.id,
      resourceName: old.name,
      changes: diffFields({ expiresAt: old.expiresAt.toISOString() }, { expiresAt: previous.expiresAt.toISOString() }),
      detail: { prefix: old.prefix, successor: { id: row.id, name: row.name, prefix: row.prefix, expiresAt: row.expiresAt.toISOString() } },
      occurredAt: input.now,
    });
    return { token: summarizeToken(row, input.now), secret, previous: summarizeToken(previous, input.now) };
  });
  forgetCachedTokens();
  return rotation;
}
