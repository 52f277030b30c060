import { getDb } from '@/db/client';
import type { Database } from '@/db/database';
import { hasRole, type ConsoleActor } from '@/lib/auth/console-roles';
import { CONSOLE_ROLE_LABELS, type ConsoleRole } from '@/lib/contracts/auth';
import { getConsoleSession } from '@/lib/auth/session';
import { ApiError } from './api-error';
import { errorResponse } from './error-response';
import { assertSameOrigin } from './same-origin';
import { parseRouteInput, type InputSchemas, type RouteContext, type RouteInput } from './parse-route-input';

export type ConsoleRouteOptions = InputSchemas & { role: ConsoleRole | readonly ConsoleRole[] };

export type ConsoleRouteHandler<S extends InputSchemas> = (
  input: RouteInput<S> & { actor: ConsoleActor; db: Database; request: Request },
) => Promise<Response>;

export type ConsoleRoute = ((request: Request, context: RouteContext) => Promise<Response>) & {
  readonly [CONSOLE_ROUTE]: true;
};

/** Marks handlers built here, so a test can prove every console route export went through the wrapper. */
export const CONSOLE_ROUTE = Symbol.for('roster.consoleRoute');

export function isConsoleRoute(value: unknown): value is ConsoleRoute {
  return typeof value === 'function' && (value as Partial<ConsoleRoute>)[CONSOLE_ROUTE] === true;
}

function roleRefusal(role: ConsoleRouteOptions['role']): ApiError {
  const roles = (typeof role === 'string' ? [role] : role).map((name) => CONSOLE_ROLE_LABELS[name]);
  return new ApiError('forbidden', `This needs the ${roles.join(' or ')} role, which your account does not have.`);
}

/**
 * The one way into the console API: refuses cross-site mutations (403), checks the session (401) and role (403)
 * on the server, validates params, query and body with the given zod schemas (400 naming the field), and answers
 * every error as JSON.
 */
export function withConsoleRoute<S extends ConsoleRouteOptions>(options: S, handler: ConsoleRouteHandler<S>): ConsoleRoute {
  const route = async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(request);
      const actor = await getConsoleSession();
      if (!actor) throw new ApiError('unauthorized', 'Sign in to the console first: this API needs a console session.');
      if (!hasRole(actor, options.role)) throw roleRefusal(options.role);

      const input = await parseRouteInput(request, context, options);
      return await handler({ ...input, actor, db: await getDb(), request });
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(route, { [CONSOLE_ROUTE]: true as const });
}
