import { listAppFields } from '@/lib/app-api/list-app-fields';
import { json } from '@/lib/http/respond';
import { withApiKeyRoute } from '@/lib/http/with-api-key-route';

export const GET = withApiKeyRoute({}, async ({ db }) => json(await listAppFields(db)));
