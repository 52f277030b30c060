import { createApiKey } from '@/lib/api-keys/create-api-key';
import { listApiKeys } from '@/lib/api-keys/list-api-keys';
import { createApiKeyBodySchema } from '@/lib/contracts/api-keys';
import { resolveTokenExpiry } from '@/lib/contracts/tokens';
import { created, json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const GET = withConsoleRoute({ role: 'owner' }, async ({ db }) => json({ apiKeys: await listApiKeys(db, new Date()) }));

export const POST = withConsoleRoute({ role: 'owner', body: createApiKeyBodySchema }, async ({ body, actor, db }) => {
  const now = new Date();
  const expiresAt = resolveTokenExpiry(body.expiry, now);
  return created(await createApiKey(db, { name: body.name, expiresAt, createdBy: actor.email, actor, now }));
});
