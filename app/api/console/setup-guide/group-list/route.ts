import { withConsoleRoute } from '@/lib/http/with-console-route';
import { exportGroupListCsv } from '@/lib/onboarding/export-group-list-csv';

export const GET = withConsoleRoute({ role: ['owner', 'success_manager'] }, async ({ db }) =>
  new Response(await exportGroupListCsv(db), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="roster-group-mapping.csv"',
      'cache-control': 'no-store',
    },
  }),
);
