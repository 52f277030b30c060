import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { getChecklist } from '@/lib/onboarding/get-checklist';

export const GET = withConsoleRoute({ role: ['owner', 'success_manager'] }, async ({ db }) =>
  json(await getChecklist(db, new Date())),
);
