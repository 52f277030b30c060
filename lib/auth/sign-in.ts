import type { Database } from '@/db/database';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { LoginBody } from '@/lib/contracts/auth';
import type { ConsoleActor } from './console-roles';
import { countLoginFailure, loginBlockedFor, loginThrottleKeys } from './login-throttle';
import { verifyCredentials } from './verify-credentials';

export type SignInAttempt = { credentials: LoginBody; clientAddress: string; now: Date };

/**
 * Checks a console sign-in: refused without hashing while the address or the account is blocked; otherwise the
 * password is verified, a failure counts against both, and every verified attempt is audited as `console.login`
 * with the email, the address and the outcome (never the password).
 */
export async function signIn(db: Database, attempt: SignInAttempt): Promise<ConsoleActor | null> {
  const email = attempt.credentials.email.trim().toLowerCase();
  const keys = loginThrottleKeys(email, attempt.clientAddress);
  if ((await loginBlockedFor(db, keys, attempt.now)) > 0) return null;

  const actor = await verifyCredentials(db, attempt.credentials, attempt.now);
  const block = actor ? undefined : await countLoginFailure(db, keys, attempt.now);
  await recordAuditEvent(db, {
    operation: 'console.login',
    outcome: actor ? 'success' : 'failure',
    actor: actor ? { type: 'console', id: actor.id, name: actor.email } : { type: 'anonymous' },
    clientAddress: attempt.clientAddress,
    resourceType: 'console_user',
    resourceId: actor?.id,
    resourceName: email,
    error: actor ? undefined : block?.isNewBlock ? 'Wrong email or password; sign-in is now blocked for 15 minutes.' : 'Wrong email or password.',
    occurredAt: attempt.now,
  });
  return actor;
}
