import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { REQUEST_PATH_HEADER } from '@/lib/http/request-path';
import { loginPath } from './callback-url';
import { hasRole, type ConsoleActor } from './console-roles';
import { type ConsoleRole } from '@/lib/contracts/auth';
import { getConsoleSession } from './session';

export type { ConsoleActor } from './console-roles';
export type { ConsoleRole } from '@/lib/contracts/auth';

/** For server components and layouts: the signed-in user, or a redirect to the login page that comes back here. */
export async function requireSession(): Promise<ConsoleActor> {
  const actor = await getConsoleSession();
  if (!actor) redirect(loginPath((await headers()).get(REQUEST_PATH_HEADER)));
  return actor;
}

/** Like requireSession, and renders the 403 page when the user's role is not among those allowed. */
export async function requireRole(role: ConsoleRole | readonly ConsoleRole[]): Promise<ConsoleActor> {
  const actor = await requireSession();
  if (!hasRole(actor, role)) forbidden();
  return actor;
}
