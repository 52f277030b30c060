import { createWebhookBodySchema } from '@/lib/contracts/webhooks';
import { created, json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { createWebhookEndpoint, listWebhookEndpoints } from '@/lib/webhooks/manage-webhook-endpoints';
import { urlPolicyFromEnv } from '@/lib/webhooks/url-policy-from-env';

export const GET = withConsoleRoute({ role: 'owner' }, async ({ db }) => json({ endpoints: await listWebhookEndpoints(db) }));

export const POST = withConsoleRoute({ role: 'owner', body: createWebhookBodySchema }, async ({ body, actor, db }) =>
  created(await createWebhookEndpoint(db, body, actor, urlPolicyFromEnv())),
);
