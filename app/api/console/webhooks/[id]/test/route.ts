import { webhookIdParamsSchema } from '@/lib/contracts/webhooks';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { sendTestWebhook } from '@/lib/webhooks/send-test-webhook';
import { urlPolicyFromEnv } from '@/lib/webhooks/url-policy-from-env';

export const POST = withConsoleRoute({ role: 'owner', params: webhookIdParamsSchema }, async ({ params, actor, db }) =>
  json({ delivery: await sendTestWebhook(db, params.id, actor, urlPolicyFromEnv()) }),
);
