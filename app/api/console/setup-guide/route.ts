import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { getSetupGuide } from '@/lib/onboarding/get-setup-guide';

// Success managers walk customers through the setup, so they read the guide's values too (but no other settings).
export const GET = withConsoleRoute({ role: ['owner', 'success_manager'] }, async ({ db }) => json(await getSetupGuide(db)));
