import { exportAuditCsv } from '@/lib/audit/export-audit-csv';
import { auditFiltersSchema } from '@/lib/contracts/audit';
import { textStream } from '@/lib/http/text-stream';
import { withConsoleRoute } from '@/lib/http/with-console-route';

/** The current filter's events as CSV, streamed page by page. */
export const GET = withConsoleRoute({ role: ['owner', 'success_manager'], query: auditFiltersSchema }, async ({ query, db }) =>
  new Response(textStream(exportAuditCsv(db, query)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="roster-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      'cache-control': 'no-store',
    },
  }),
);
