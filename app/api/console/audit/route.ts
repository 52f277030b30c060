import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { listAuditQuerySchema } from '@/lib/contracts/audit';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const GET = withConsoleRoute({ role: ['owner', 'success_manager'], query: listAuditQuerySchema }, async ({ query, db }) =>
  json(await listAuditEvents(db, query)),
);
