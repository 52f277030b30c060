import type { ConsoleActor } from '@/lib/auth/console-roles';

/** Who did something: an IdP through its token, a console user, Roster itself, or an unauthenticated caller. */
export type AuditActor = { type: 'token' | 'console' | 'system' | 'anonymous'; id?: string; name?: string };

/** Services take the signed-in console user or an explicit actor (CLIs, the scheduler); the audit log wants one shape. */
export function toAuditActor(actor: ConsoleActor | AuditActor): AuditActor {
  if ('email' in actor) return { type: 'console', id: actor.id, name: actor.email };
  return actor;
}
