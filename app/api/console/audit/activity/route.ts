import { getActivitySeries } from '@/lib/audit/get-activity-series';
import { activityQuerySchema } from '@/lib/contracts/audit';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const GET = withConsoleRoute({ role: ['owner', 'success_manager'], query: activityQuerySchema }, async ({ query, db }) =>
  json({ bucket: query.bucket, buckets: await getActivitySeries(db, query) }),
);
