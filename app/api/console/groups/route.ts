import { listGroupsQuerySchema } from '@/lib/contracts/directory';
import { listGroups } from '@/lib/directory/list-groups';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const GET = withConsoleRoute({ role: 'owner', query: listGroupsQuerySchema }, async ({ query, db }) =>
  json(await listGroups(db, query)),
);
