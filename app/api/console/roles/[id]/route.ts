import { roleIdParamsSchema, updateRoleBodySchema } from '@/lib/contracts/roles';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { deleteRole } from '@/lib/roles/delete-role';
import { updateRole } from '@/lib/roles/update-role';

export const PATCH = withConsoleRoute(
  { role: 'owner', params: roleIdParamsSchema, body: updateRoleBodySchema },
  async ({ params, body, actor, db }) => json({ role: await updateRole(db, params.id, body, actor) }),
);

export const DELETE = withConsoleRoute({ role: 'owner', params: roleIdParamsSchema }, async ({ params, actor, db }) =>
  json(await deleteRole(db, params.id, actor)),
);
