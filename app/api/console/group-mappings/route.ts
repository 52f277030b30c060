import { createMappingBodySchema, listMappingsQuerySchema } from '@/lib/contracts/group-mappings';
import { listGroupMappings } from '@/lib/group-mappings/list-group-mappings';
import { mapGroupToRole } from '@/lib/group-mappings/map-group-to-role';
import { created, json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const GET = withConsoleRoute({ role: 'owner', query: listMappingsQuerySchema }, async ({ query, db }) =>
  json({ mappings: await listGroupMappings(db, query) }),
);

export const POST = withConsoleRoute({ role: 'owner', body: createMappingBodySchema }, async ({ body, actor, db }) =>
  created({ mapping: await mapGroupToRole(db, body, actor) }),
);
