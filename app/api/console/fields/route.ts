import { registerFieldBodySchema } from '@/lib/contracts/fields';
import { created, json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { listFields } from '@/lib/fields/list-fields';
import { registerField } from '@/lib/fields/register-field';

export const GET = withConsoleRoute({ role: 'owner' }, async ({ db }) => json({ fields: await listFields(db) }));

export const POST = withConsoleRoute({ role: 'owner', body: registerFieldBodySchema }, async ({ body, actor, db }) =>
  created(await registerField(db, body, actor)),
);
