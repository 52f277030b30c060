import { fieldIdParamsSchema } from '@/lib/contracts/fields';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { getRederiveJob } from '@/lib/fields/get-rederive-job';

export const GET = withConsoleRoute({ role: 'owner', params: fieldIdParamsSchema }, async ({ params, db }) =>
  json({ job: await getRederiveJob(db, params.id) }),
);
