import { updateSettingsBodySchema } from '@/lib/contracts/settings';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { getSettings } from '@/lib/settings/get-settings';
import { updateSettings } from '@/lib/settings/update-settings';

export const GET = withConsoleRoute({ role: 'owner' }, async ({ db }) => json({ settings: await getSettings(db) }));

export const PATCH = withConsoleRoute({ role: 'owner', body: updateSettingsBodySchema }, async ({ body, actor, db }) =>
  json({ settings: await updateSettings(db, body, actor) }),
);
