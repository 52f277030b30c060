import { userIdParamsSchema } from '@/lib/contracts/directory';
import { getUser } from '@/lib/directory/get-user';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const GET = withConsoleRoute({ role: 'owner', params: userIdParamsSchema }, async ({ params, db, request }) =>
  json(await getUser(db, { id: params.id, scimBaseUrl: new URL('/scim/v2', request.url).toString() })),
);
