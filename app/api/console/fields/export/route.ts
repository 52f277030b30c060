import { withConsoleRoute } from '@/lib/http/with-console-route';
import { exportFieldsCsv } from '@/lib/fields/export-fields-csv';

export const GET = withConsoleRoute({ role: ['owner', 'success_manager'] }, async ({ db }) => {
  const csv = await exportFieldsCsv(db);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="roster-claims-and-attributes.csv"',
      'cache-control': 'no-store',
    },
  });
});
