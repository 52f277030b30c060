import { webhookDeliveryParamsSchema } from '@/lib/contracts/webhooks';
import { created } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { redeliverWebhook } from '@/lib/webhooks/manage-webhook-endpoints';

export const POST = withConsoleRoute({ role: 'owner', params: webhookDeliveryParamsSchema }, async ({ params, actor, db }) =>
  created({ delivery: await redeliverWebhook(db, params.id, params.deliveryId, actor) }),
);
