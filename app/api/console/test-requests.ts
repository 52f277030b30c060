import type { RouteContext } from '@/lib/http/parse-route-input';

type Handler = (request: Request, context: RouteContext) => Promise<Response>;

export type CallOptions = { method?: string; body?: unknown; params?: Record<string, string>; search?: string };

/** A refusal's `field: message` (or the message alone when it names no input), so a test can check both. */
export function refusal(body: { error: { field?: string; message: string } }): string {
  return body.error.field === undefined ? body.error.message : `${body.error.field}: ${body.error.message}`;
}

/** Calls a console route handler as Next would, and reads its answer (JSON, or text for other types). */
export async function callRoute(handler: Handler, options: CallOptions = {}) {
  const { method = 'GET', body, params = {}, search = '' } = options;
  const request = new Request(`http://roster.test/api/console${search}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: type.includes('json') && text ? JSON.parse(text) : text,
  };
}
