import { createTokenBodySchema, resolveTokenExpiry } from '@/lib/contracts/tokens';
import { created, json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { createToken } from '@/lib/tokens/create-token';
import { listTokens } from '@/lib/tokens/list-tokens';

export const GET = withConsoleRoute({ role: 'owner' }, async ({ db }) =>
  json({ tokens: await listTokens(db, new Date()) }),
);

export const POST = withConsoleRoute({ role: 'owner', body: createTokenBodySchema }, async ({ body, actor, db }) => {
  const now = new Date();
  const expiresAt = resolveTokenExpiry(body.expiry, now);
  return created(await createToken(db, { name: body.name, expiresAt, createdBy: actor.email, actor, now }));
});
