import { listAppGroups } from '@/lib/app-api/list-app-groups';
import { pageQuerySchema } from '@/lib/contracts/app-api';
import { json } from '@/lib/http/respond';
import { withApiKeyRoute } from '@/lib/http/with-api-key-route';

export const GET = withApiKeyRoute({ query: pageQuerySchema }, async ({ query, db }) => json(await listAppGroups(db, query)));
