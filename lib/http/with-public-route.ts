import { getDb } from '@/db/client';
import type { Database } from '@/db/database';
import type { DomainError } from '@/lib/errors/domain-error';
import { errorResponse } from './error-response';
import { assertSameOrigin } from './same-origin';
import { parseRouteInput, type InputSchemas, type RouteContext, type RouteInput } from './parse-route-input';

export type PublicRouteHandler<S extends InputSchemas> = (
  input: RouteInput<S> & { db: Database; request: Request },
) => Promise<Response>;

/**
 * For the few JSON routes that serve people who are not signed in yet (owner setup): the same input parsing
 * and error answers as console routes, without a session. `closedBecause` may close the route (its error is answered
 * before the body is read).
 */
export function withPublicRoute<S extends InputSchemas>(
  schemas: S & { closedBecause?: (db: Database) => Promise<DomainError | null> },
  handler: PublicRouteHandler<S>,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(request);
      const db = await getDb();
      // A closed route refuses before the body is read.
      const closed = await schemas.closedBecause?.(db);
      if (closed) throw closed;
      const input = await parseRouteInput(request, context, schemas);
      return await handler({ ...input, db, request });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
