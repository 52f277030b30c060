import { lookupAppUser } from '@/lib/app-api/lookup-app-user';
import { lookupUserQuerySchema } from '@/lib/contracts/app-api';
import { json } from '@/lib/http/respond';
import { withApiKeyRoute } from '@/lib/http/with-api-key-route';

export const GET = withApiKeyRoute({ query: lookupUserQuerySchema }, async ({ query, db }) => json({ data: await lookupAppUser(db, query) }));
