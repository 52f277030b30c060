import { stepKeyParamsSchema, updateStepBodySchema } from '@/lib/contracts/onboarding';
import { json } from '@/lib/http/respond';
import { withConsoleRoute } from '@/lib/http/with-console-route';
import { updateStep } from '@/lib/onboarding/update-step';

export const PATCH = withConsoleRoute(
  { role: ['owner', 'success_manager'], params: stepKeyParamsSchema, body: updateStepBodySchema },
  async ({ params, body, actor, db }) => json({ step: await updateStep(db, params.key, body, actor, new Date()) }),
);
