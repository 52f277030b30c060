import { createRoleBodySchema } from '@/lib/contracts/roles';
import { created, json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { createRole } from '@/lib/roles/create-role';
import { listRoles } from '@/lib/roles/list-roles';

export const GET = withConsoleRoute({ role: 'owner' }, async ({ db }) => json({ roles: await listRoles(db) }));

export const POST = withConsoleRoute({ role: 'owner', body: createRoleBodySchema }, async ({ body, actor, db }) =>
  created({ role: await createRole(db, body, actor) }),
);
