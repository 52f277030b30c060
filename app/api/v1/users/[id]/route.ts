import { getAppUser } from '@/lib/app-api/get-app-user';
import { appUserIdParamsSchema } from '@/lib/contracts/app-api';
import { json } from '@/lib/http/respond';
import { withApiKeyRoute } from '@/lib/http/with-api-key-route';

export const GET = withApiKeyRoute({ params: appUserIdParamsSchema }, async ({ params, db }) => json({ data: await getAppUser(db, params.id) }));
