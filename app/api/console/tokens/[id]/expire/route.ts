import { tokenIdParamsSchema } from '@/lib/contracts/tokens';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { expireToken } from '@/lib/tokens/expire-token';

export const POST = withConsoleRoute({ role: 'owner', params: tokenIdParamsSchema }, async ({ params, actor, db }) =>
  json({ token: await expireToken(db, { id: params.id, actor, now: new Date() }) }),
);
