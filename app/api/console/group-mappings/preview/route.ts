import { mappingChangeBodySchema } from '@/lib/contracts/group-mappings';
import { previewMappingChange } from '@/lib/group-mappings/preview-mapping-change';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

/** Read-only: what a mapping change would do to users' roles, before it is saved. */
export const POST = withConsoleRoute({ role: 'owner', body: mappingChangeBodySchema }, async ({ body, db }) =>
  json(await previewMappingChange(db, body)),
);
