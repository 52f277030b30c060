import { setGroupRolesBodySchema } from '@/lib/contracts/group-mappings';
import { setGroupRoles } from '@/lib/group-mappings/set-group-roles';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

/** Saves the whole set of roles a group gives: one request, one transaction, one audit entry. */
export const PUT = withConsoleRoute({ role: 'owner', body: setGroupRolesBodySchema }, async ({ body, actor, db }) =>
  json(await setGroupRoles(db, body, actor)),
);
