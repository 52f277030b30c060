import * as unknownPath from './[...path]/route';
import * as events from './events/route';
import * as fields from './fields/route';
import * as groups from './groups/route';
import * as openapi from './openapi.json/route';
import * as roles from './roles/route';
import * as userById from './users/[id]/route';
import * as lookup from './users/lookup/route';
import * as users from './users/route';

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/** Which route file answers a path below /api/v1, as Next's router would choose (static segments first). */
function route(path: string): { handler: Handler; params: Record<string, string> } {
  const fixed: Record<string, Handler> = {
    '/users': users.GET,
    '/users/lookup': lookup.GET,
    '/roles': roles.GET,
    '/groups': groups.GET,
    '/fields': fields.GET,
    '/events': events.GET,
    '/openapi.json': openapi.GET,
  };
  if (fixed[path]) return { handler: fixed[path], params: {} };
  const user = /^\/users\/([^/]+)$/.exec(path);
  if (user) return { handler: userById.GET, params: { id: decodeURIComponent(user[1]) } };
  return { handler: unknownPath.GET, params: {} };
}

/** Calls an /api/v1 route handler with a real Request carrying `Authorization: Bearer <secret>` (none when null). */
export function createApiClient(secret: string | null) {
  return async function api(pathAndQuery: string, options: { authorization?: string | null; clientAddress?: string } = {}) {
    const url = new URL(`http://roster.test/api/v1${pathAndQuery}`);
    const authorization = options.authorization === undefined ? (secret === null ? null : `Bearer ${secret}`) : options.authorization;
    const request = new Request(url, { headers: { 'x-forwarded-for': options.clientAddress ?? '198.51.100.7', ...(authorization === null ? {} : { authorization }) } });
    const { handler, params } = route(url.pathname.slice('/api/v1'.length));
    const response = await handler(request, { params: Promise.resolve(params) });
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers as loosely as a client does, then validate with zod
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as any };
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
