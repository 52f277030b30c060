import { listAppUsers } from '@/lib/app-api/list-app-users';
import { listUsersQuerySchema } from '@/lib/contracts/app-api';
import { json } from '@/lib/http/respond';
import { withApiKeyRoute } from '@/lib/http/with-api-key-route';

export const GET = withApiKeyRoute({ query: listUsersQuerySchema }, async ({ query, db }) => json(await listAppUsers(db, query)));
