import { createTokenBodySchema, resolveTokenExpiry, tokenExpiryProblem } from '@/lib/contracts/tokens';
import { ApiError } from '@/lib/http/api-error';
import { toSentence } from '@/lib/http/describe-zod-error';
import { created, json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { getSettings } from '@/lib/settings/get-settings';
import { createToken } from '@/lib/tokens/create-token';
import { listTokens } from '@/lib/tokens/list-tokens';

export const GET = withConsoleRoute({ role: 'owner' }, async ({ db }) =>
  json({ tokens: await listTokens(db, new Date()) }),
);

export const POST = withConsoleRoute({ role: 'owner', body: createTokenBodySchema }, async ({ body, actor, db }) => {
  const now = new Date();
  const { tokenExpiryMaxDays } = await getSettings(db);
  const expiresAt = resolveTokenExpiry(body.expiry, now);
  const problem = tokenExpiryProblem(expiresAt, now, tokenExpiryMaxDays);
  if (problem) throw ApiError.about('expiry', 'bad_request', toSentence(problem));

  return created(await createToken(db, { name: body.name, expiresAt, createdBy: actor.email, actor, now }));
});
