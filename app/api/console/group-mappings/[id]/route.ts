import { mappingIdParamsSchema } from '@/lib/contracts/group-mappings';
import { unmapGroup } from '@/lib/group-mappings/unmap-group';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const DELETE = withConsoleRoute({ role: 'owner', params: mappingIdParamsSchema }, async ({ params, actor, db }) =>
  json({ mapping: await unmapGroup(db, params.id, actor) }),
);
