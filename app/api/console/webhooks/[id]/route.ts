import { updateWebhookBodySchema, webhookIdParamsSchema } from '@/lib/contracts/webhooks';
import { json, noContent } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { deleteWebhookEndpoint, updateWebhookEndpoint } from '@/lib/webhooks/manage-webhook-endpoints';
import { urlPolicyFromEnv } from '@/lib/webhooks/url-policy-from-env';

export const PATCH = withConsoleRoute({ role: 'owner', params: webhookIdParamsSchema, body: updateWebhookBodySchema }, async ({ params, body, actor, db }) =>
  json({ endpoint: await updateWebhookEndpoint(db, params.id, body, actor, urlPolicyFromEnv()) }),
);

export const DELETE = withConsoleRoute({ role: 'owner', params: webhookIdParamsSchema }, async ({ params, actor, db }) => {
  await deleteWebhookEndpoint(db, params.id, actor);
  return noContent();
});
