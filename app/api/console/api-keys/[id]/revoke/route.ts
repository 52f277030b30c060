import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import { apiKeyIdParamsSchema } from '@/lib/contracts/api-keys';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const POST = withConsoleRoute({ role: 'owner', params: apiKeyIdParamsSchema }, async ({ params, actor, db }) =>
  json({ apiKey: await revokeApiKey(db, { id: params.id, actor, now: new Date() }) }),
);
