import { z } from 'zod';

/** owner: everything; success_manager: the onboarding checklist and reading the audit log. */
export const CONSOLE_ROLES = ['owner', 'success_manager'] as const;

export const consoleRoleSchema = z.enum(CONSOLE_ROLES, { error: 'must be "owner" or "success_manager"' });

export type ConsoleRole = z.infer<typeof consoleRoleSchema>;

export const CONSOLE_ROLE_LABELS: Record<ConsoleRole, string> = {
  owner: 'Application Owner',
  success_manager: 'Success manager',
};

/** The signed-in console user, as carried in the session and passed to services as the acting user. */
export const consoleActorSchema = z.object({
  id: z.string().min(1),
  email: z.string().min(1),
  name: z.string(),
  role: consoleRoleSchema,
});

export type ConsoleActor = z.infer<typeof consoleActorSchema>;

export function hasRole(actor: Pick<ConsoleActor, 'role'>, allowed: ConsoleRole | readonly ConsoleRole[]): boolean {
  return typeof allowed === 'string' ? actor.role === allowed : allowed.includes(actor.role);
}
