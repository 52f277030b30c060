import { fieldIdParamsSchema, updateFieldBodySchema } from '@/lib/contracts/fields';
import { json, noContent } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { deleteField } from '@/lib/fields/delete-field';
import { updateField } from '@/lib/fields/update-field';

export const PATCH = withConsoleRoute(
  { role: 'owner', params: fieldIdParamsSchema, body: updateFieldBodySchema },
  async ({ params, body, actor, db }) => json(await updateField(db, params.id, body, actor)),
);

export const DELETE = withConsoleRoute({ role: 'owner', params: fieldIdParamsSchema }, async ({ params, actor, db }) => {
  await deleteField(db, params.id, actor);
  return noContent();
});
