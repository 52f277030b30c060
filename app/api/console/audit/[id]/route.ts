import { getAuditEvent } from '@/lib/audit/get-audit-event';
import { auditEventIdParamsSchema } from '@/lib/contracts/audit';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const GET = withConsoleRoute({ role: ['owner', 'success_manager'], params: auditEventIdParamsSchema }, async ({ params, db }) =>
  json({ event: await getAuditEvent(db, params.id) }),
);
