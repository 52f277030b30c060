import { createOwner, SetupRefused } from '@/lib/auth/create-owner';
import { hasOwner } from '@/lib/auth/has-owner';
import { setupOwnerBodySchema } from '@/lib/contracts/auth';
import { created } from '@/lib/http/respond';
import { withPublicRoute } from '@/lib/http/with-public-route';

/**
 * Consumes the one-time setup code and creates the first owner (anonymous by nature: nobody can sign in yet).
 * Once an owner exists the route is gone: 404 before the body is read.
 */
export const POST = withPublicRoute(
  { body: setupOwnerBodySchema, closedBecause: async (db) => ((await hasOwner(db)) ? new SetupRefused('owner_exists') : null) },
  async ({ body, db }) => created({ owner: await createOwner(db, body, new Date()) }),
);
