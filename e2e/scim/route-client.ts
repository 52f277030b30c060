import * as scimRoute from '@/app/scim/v2/[[...path]]/route';
import { sendOverNodeHttp } from './node-route-client';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read replies as loosely as an IdP does
export type ScimReply = { status: number; headers: Headers; body: any; text: string };
export type ScimCallOptions = { headers?: Record<string, string>; raw?: BodyInit; token?: string | null };

type Handler = (request: Request) => Promise<Response>;

/**
 * Which of the engine's two HTTP adapters the SCIM HTTP suite drives: `fetch` (the App Router route handlers) or
 * `node` (Roster's own server over a real node:http listener). vitest.config.ts runs app/scim/v2 once with each.
 */
export const SCIM_TEST_ADAPTER: 'fetch' | 'node' = process.env.SCIM_TEST_ADAPTER === 'node' ? 'node' : 'fetch';

async function throughRouteHandler(method: string, path: string, init: RequestInit, origin: string): Promise<Omit<ScimReply, 'body'>> {
  const handler = (scimRoute as unknown as Record<string, Handler>)[method];
  if (!handler) throw new Error(`app/scim/v2 exports no ${method}`);
  const response = await handler(new Request(`${origin}/scim/v2${path}`, init));
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/**
 * Calls SCIM as an IdP would, through the adapter SCIM_TEST_ADAPTER names: the Next route handler functions with
 * real fetch Requests (as `next start` would), or Roster's server over HTTP. `body` is sent as SCIM JSON; `raw`
 * sends bytes or a stream as they are.
 */
export function createRouteClient(secret: string, origin = 'http://roster.test') {
  return async function scim(method: string, path: string, body?: unknown, options: ScimCallOptions = {}): Promise<ScimReply> {
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
    const reply =
      SCIM_TEST_ADAPTER === 'node'
        ? await sendOverNodeHttp(method, new URL(`${origin}/scim/v2${path}`), headers, payload)
        : await throughRouteHandler(method, path, init, origin);
    return { ...reply, body: reply.text ? JSON.parse(reply.text) : null };
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
