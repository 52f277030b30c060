import { webhookIdParamsSchema } from '@/lib/contracts/webhooks';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { listWebhookDeliveries } from '@/lib/webhooks/manage-webhook-endpoints';

export const GET = withConsoleRoute({ role: 'owner', params: webhookIdParamsSchema }, async ({ params, db }) =>
  json({ deliveries: await listWebhookDeliveries(db, params.id) }),
);
