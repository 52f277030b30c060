import { getDb } from '@/db/client';
import type { Database } from '@/db/database';
import { errorResponse } from './error-response';
import { parseRouteInput, type InputSchemas, type RouteContext, type RouteInput } from './parse-route-input';

export type PublicRouteHandler<S extends InputSchemas> = (
  input: RouteInput<S> & { db: Database; request: Request },
) => Promise<Response>;

/**
 * For the few JSON routes that serve people who are not signed in yet (owner setup): the same input parsing
 * and error answers as console routes, without a session.
 */
export function withPublicRoute<S extends InputSchemas>(schemas: S, handler: PublicRouteHandler<S>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const input = await parseRouteInput(request, context, schemas);
      return await handler({ ...input, db: await getDb(), request });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
