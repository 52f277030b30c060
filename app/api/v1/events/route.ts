import { eventsQuerySchema } from '@/lib/contracts/app-api';
import { listEvents, MalformedCursorError } from '@/lib/events/list-events';
import { ApiError } from '@/lib/http/api-error';
import { json } from '@/lib/http/respond';
import { withApiKeyRoute } from '@/lib/http/with-api-key-route';

export const GET = withApiKeyRoute({ query: eventsQuerySchema }, async ({ query, db }) => {
  try {
    return json(await listEvents(db, { after: query.after, limit: query.limit }));
  } catch (error) {
    if (error instanceof MalformedCursorError) throw ApiError.about('after', 'bad_request', error.message);
    throw error;
  }
});
