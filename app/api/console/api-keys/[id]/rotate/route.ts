import { rotateApiKey } from '@/lib/api-keys/rotate-api-key';
import { apiKeyIdParamsSchema, rotateApiKeyBodySchema } from '@/lib/contracts/api-keys';
import { created } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const POST = withConsoleRoute(
  { role: 'owner', params: apiKeyIdParamsSchema, body: rotateApiKeyBodySchema },
  async ({ params, body, actor, db }) => created(await rotateApiKey(db, { id: params.id, graceDays: body.graceDays, actor, now: new Date() })),
);
