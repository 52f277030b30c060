import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { getSyncHealth } from '@/lib/sync-health/get-sync-health';

export const GET = withConsoleRoute({ role: ['owner', 'success_manager'] }, async ({ db }) =>
  json(await getSyncHealth(db, new Date())),
);
