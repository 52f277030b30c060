import { connectionTestBodySchema } from '@/lib/contracts/connection-test';
import { clientAddressOf } from '@/lib/http/client-address';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { testConnection } from '@/lib/onboarding/test-connection';

export const POST = withConsoleRoute({ role: ['owner', 'success_manager'], body: connectionTestBodySchema }, async ({ body, db, request }) =>
  json(
    await testConnection(db, {
      secret: body.token,
      origin: new URL(request.url).origin,
      forwardedFor: clientAddressOf(request.headers),
      now: new Date(),
    }),
  ),
);
