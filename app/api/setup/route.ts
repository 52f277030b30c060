import { createOwner } from '@/lib/auth/create-owner';
import { setupOwnerBodySchema } from '@/lib/contracts/auth';
import { withPublicRoute } from '@/lib/http/with-public-route';
import { created } from '@/lib/http/respond';

/** Consumes the one-time setup code and creates the first owner (anonymous by nature: nobody can sign in yet). */
export const POST = withPublicRoute({ body: setupOwnerBodySchema }, async ({ body, db }) =>
  created({ owner: await createOwner(db, body, new Date()) }),
);
