import * as catchAll from '@/app/scim/v2/[...path]/route';
import * as basePath from '@/app/scim/v2/route';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read replies as loosely as an IdP does
export type ScimReply = { status: number; headers: Headers; body: any; text: string };
export type ScimCallOptions = { headers?: Record<string, string>; raw?: BodyInit; token?: string | null };

type Handler = (request: Request) => Promise<Response>;

/**
 * Calls the Next route handler functions with real fetch Requests, as `next start` would: the test drives
 * app/scim/v2 itself, adapter included. `body` is sent as SCIM JSON; `raw` sends bytes or a stream as they are.
 */
export function createRouteClient(secret: string, origin = 'http://roster.test') {
  return async function scim(method: string, path: string, body?: unknown, options: ScimCallOptions = {}): Promise<ScimReply> {
    const routes = path === '' || path === '/' ? basePath : catchAll;
    const handler = (routes as unknown as Record<string, Handler>)[method];
    if (!handler) throw new Error(`app/scim/v2 exports no ${method}`);
    const token = options.token === undefined ? secret : options.token;
    const headers: Record<string, string> = {
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(body !== undefined ? { 'content-type': 'application/scim+json' } : {}),
      // Next's X-Forwarded-For under `next start`: what the client sent, then the peer; only the right-most counts.
      'x-forwarded-for': '10.0.0.1, 203.0.113.9',
      ...options.headers,
    };
    const payload = options.raw ?? (body === undefined ? undefined : JSON.stringify(body));
    const init: RequestInit & { duplex?: 'half' } = { method, headers, body: payload, duplex: payload instanceof ReadableStream ? 'half' : undefined };
    const response = await handler(new Request(`${origin}/scim/v2${path}`, init));
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null, text };
  };
}

export type ScimClient = ReturnType<typeof createRouteClient>;

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export const patch = (...Operations: Record<string, unknown>[]) => ({ schemas: [PATCH_OP], Operations });
export const newUser = (userName: string, extra: Record<string, unknown> = {}) => ({ schemas: [USER_SCHEMA], userName, active: true, ...extra });
export const newGroup = (displayName: string, extra: Record<string, unknown> = {}) => ({ schemas: [GROUP_SCHEMA], displayName, ...extra });
