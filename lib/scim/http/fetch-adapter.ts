import type { ScimRequest, ScimResponse } from './types';
import { SCIM_BASE_PATH } from './types';

/** A web stream as the async iterable of chunks the body readers take; stops the upload when reading ends early. */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stop the upload when reading ends early (a body over the limit).
    await reader.cancel().catch(() => undefined);
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The origin the client called: the proxy's X-Forwarded-Host/-Proto, else the Host header (Next may report its own
 * bind name in request.url), else the URL's origin. Resource locations are built on it.
 */
function originOf(url: URL, headers: Headers): string {
  const first = (name: string) => headers.get(name)?.split(',')[0]?.trim() || undefined;
  const host = first('x-forwarded-host') ?? first('host');
  const protocol = first('x-forwarded-proto') ?? url.protocol.replace(/:$/, '');
  return host && /^[\w.:[\]-]+$/.test(host) && /^https?$/.test(protocol) ? `${protocol}://${host}` : url.origin;
}

/**
 * A fetch-API Request (what Next route handlers receive) as the engine's plain ScimRequest; the body stays a stream.
 * The client address comes from the caller, which knows which proxies to trust (the engine reads no environment).
 */
export function toScimRequest(request: Request, clientAddress: string): ScimRequest {
  const url = new URL(request.url);
  const below = url.pathname.startsWith(SCIM_BASE_PATH) ? url.pathname.slice(SCIM_BASE_PATH.length) : url.pathname;
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return {
    method: request.method.toUpperCase(),
    segments: below.split('/').slice(1).map(decodeSegment),
    query: url.searchParams,
    headers,
    body: request.body ? streamChunks(request.body) : null,
    origin: originOf(url, request.headers),
    clientAddress,
  };
}

/** The engine's ScimResponse as a fetch-API Response. */
export function toFetchResponse(response: ScimResponse): Response {
  const body = response.body === null || response.body === undefined ? null : JSON.stringify(response.body);
  return new Response(body, { status: response.status, headers: response.headers });
}
