import { fieldIdParamsSchema } from '@/lib/contracts/fields';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { listFieldOptions } from '@/lib/fields/list-field-options';

export const GET = withConsoleRoute({ role: 'owner', params: fieldIdParamsSchema }, async ({ params, db }) =>
  json({ options: await listFieldOptions(db, params.id) }),
);
