import { findExpiringSoleToken } from '@/lib/contracts/tokens';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { listTokens } from '@/lib/tokens/list-tokens';

/** Read by the banner on every console page, so both console roles may ask. */
export const GET = withConsoleRoute({ role: ['owner', 'success_manager'] }, async ({ db }) => {
  const now = new Date();
  return json(findExpiringSoleToken(await listTokens(db, now), now));
});
