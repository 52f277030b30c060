import { rotateTokenBodySchema, tokenIdParamsSchema } from '@/lib/contracts/tokens';
import { created } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { rotateToken } from '@/lib/tokens/rotate-token';

export const POST = withConsoleRoute(
  { role: 'owner', params: tokenIdParamsSchema, body: rotateTokenBodySchema },
  async ({ params, body, actor, db }) =>
    created(await rotateToken(db, { id: params.id, graceDays: body.graceDays, name: body.name, actor, now: new Date() })),
);
