import { sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleUserSummary, SetupOwnerBody } from '@/lib/contracts/auth';
import { DomainError } from '@/lib/errors/domain-error';
import { hasOwner } from './has-owner';
import { insertConsoleUser } from './insert-console-user';
import { withHashSlot } from './hash-slots';
import { hashPassword } from './password';
import { checkSetupToken, consumeSetupToken, SETUP_REFUSALS, type SetupRefusal } from './setup-token';

/** Any constant shared by every instance: concurrent setups (even with different codes) take turns. */
const OWNER_SETUP_LOCK_ID = 72_0417_0002;

export class SetupRefused extends DomainError {
  constructor(readonly reason: SetupRefusal) {
    super(SETUP_REFUSALS[reason].kind, SETUP_REFUSALS[reason].message);
  }
}

/**
 * Creates the first owner from a one-time setup code. The owner check, the code's consumption, the insert and
 * the audit event share one transaction, so a code works once and never after an owner exists.
 */
export async function createOwner(db: Database, input: SetupOwnerBody, now: Date): Promise<ConsoleUserSummary> {
  try {
    // The code is checked before the password is hashed: a wrong or spent code costs one lookup, not a scrypt.
    const state = await checkSetupToken(db, input.code, now);
    if (state !== 'valid') throw new SetupRefused(state);
    const hashed = await withHashSlot(() => hashPassword(input.password));
    if (hashed.isBusy) throw new DomainError('busy', 'The server is busy; try again in a moment.', { retryAfterSeconds: 1 });
    const passwordHash = hashed.value;
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${OWNER_SETUP_LOCK_ID})`);
      if (await hasOwner(tx)) throw new SetupRefused('owner_exists');
      const state = await consumeSetupToken(tx, input.code, now);
      if (state !== 'valid') throw new SetupRefused(state);

      const owner = await insertConsoleUser(tx, {
        email: input.email,
        name: input.name,
        role: 'owner',
        passwordHash,
        createdAt: now,
      });
      await recordAuditEvent(tx, {
        operation: 'console.owner.setup',
        outcome: 'success',
        actor: { type: 'console', id: owner.id, name: owner.email },
        resourceType: 'console_user',
        resourceId: owner.id,
        resourceName: owner.email,
        occurredAt: now,
      });
      return owner;
    });
  } catch (error) {
    // Once an owner exists the endpoint is closed (404) and not worth an audit row per request.
    if (error instanceof SetupRefused && error.reason !== 'owner_exists') {
      await recordAuditEvent(db, {
        operation: 'console.owner.setup',
        outcome: 'failure',
        actor: { type: 'anonymous' },
        resourceType: 'console_user',
        resourceName: input.email,
        error: error.message,
        occurredAt: now,
      });
    }
    throw error;
  }
}
