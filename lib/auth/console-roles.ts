import { z } from 'zod';
import { consoleRoleSchema, type ConsoleRole } from '@/lib/contracts/auth';

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
