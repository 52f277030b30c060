import type { ScimResponse } from '../operations/operation';
import type { ScimRequest } from './types';
import { originOf, segmentsOf } from './request-parts';

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

/**
 * A fetch-API Request (what Next route handlers receive) as the engine's plain ScimRequest; the body stays a stream.
 * The client address comes from the caller, which knows which proxies to trust (the engine reads no environment).
 */
export function toScimRequest(request: Request, clientAddress: string): ScimRequest {
  const url = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(',')[0]?.trim() || undefined;
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return {
    method: request.method.toUpperCase(),
    segments: segmentsOf(url.pathname),
    query: url.searchParams,
    headers,
    body: request.body ? streamChunks(request.body) : null,
    origin: originOf(first, url.protocol.replace(/:$/, ''), url.origin),
    clientAddress,
  };
}

/** The engine's ScimResponse as a fetch-API Response. */
export function toFetchResponse(response: ScimResponse): Response {
  const body = response.body === null || response.body === undefined ? null : JSON.stringify(response.body);
  return new Response(body, { status: response.status, headers: response.headers });
}
