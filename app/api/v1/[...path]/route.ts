import { ApiError } from '@/lib/http/api-error';
import { withApiKeyRoute } from '@/lib/http/with-api-key-route';

/** Any other path under /api/v1 answers in the API's own error format, not with Next's HTML page. */
export const GET = withApiKeyRoute({}, async ({ request }) => {
  throw new ApiError('not_found', `There is no ${new URL(request.url).pathname}; see /api/v1/openapi.json for what this API offers.`);
});
