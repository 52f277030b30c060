import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';

export const GET = withConsoleRoute({ role: ['owner', 'success_manager'] }, async ({ actor }) => json({ user: actor }));
