import { groupIdParamsSchema, listGroupMembersQuerySchema } from '@/lib/contracts/directory';
import { listGroupMembers } from '@/lib/directory/list-group-members';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const GET = withConsoleRoute(
  { role: 'owner', params: groupIdParamsSchema, query: listGroupMembersQuerySchema },
  async ({ params, query, db }) => json(await listGroupMembers(db, params.id, query)),
);
