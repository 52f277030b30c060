import { listUsersQuerySchema } from '@/lib/contracts/directory';
import { listUsers } from '@/lib/directory/list-users';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const GET = withConsoleRoute({ role: 'owner', query: listUsersQuerySchema }, async ({ query, db }) =>
  json(await listUsers(db, query)),
);
