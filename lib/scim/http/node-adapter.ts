import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { renderError } from '../errors/render-error';
import { scimErrors } from '../errors/scim-error';
import type { ScimResponse } from '../operations/operation';
import { originOf, SCIM_METHODS, segmentsOf } from './request-parts';
import type { ScimBody, ScimRequest } from './types';

function plainHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const plain: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) plain[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return plain;
}

/**
 * The upload as chunks, counted by `readJsonBody`. Its iterator must not destroy the request when reading stops
 * early (a body over the limit): that would reset the socket before the 413 is sent.
 */
function bodyOf(request: IncomingMessage): ScimBody {
  const hasBody = (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0') || request.headers['transfer-encoding'] !== undefined;
  if (!hasBody) return null;
  return { [Symbol.asyncIterator]: () => request.iterator({ destroyOnReturn: false }) };
}

/**
 * A node:http request as the engine's plain ScimRequest, the twin of `toScimRequest` for fetch Requests; the body
 * stays a stream. The client address comes from the caller, which knows what sits in front of it.
 */
export function toScimRequestFromNode(request: IncomingMessage, clientAddress: string): ScimRequest {
  let target = request.url ?? '/';
  // Absolute-form request targets (RFC 9112 §3.2.2) carry the origin; only the path and query matter here.
  if (!target.startsWith('/')) {
    const url = URL.canParse(target) ? new URL(target) : undefined;
    target = url ? `${url.pathname}${url.search}` : '/';
  }
  const queryAt = target.indexOf('?');
  const pathname = queryAt < 0 ? target : target.slice(0, queryAt);
  const headers = plainHeaders(request.headers);
  const first = (name: string) => headers[name]?.split(',')[0]?.trim() || undefined;
  const protocol = 'encrypted' in request.socket && request.socket.encrypted ? 'https' : 'http';
  return {
    method: (request.method ?? 'GET').toUpperCase(),
    segments: segmentsOf(pathname),
    query: new URLSearchParams(queryAt < 0 ? '' : target.slice(queryAt + 1)),
    headers,
    body: bodyOf(request),
    origin: originOf(first, protocol, `${protocol}://${request.socket.localAddress ?? 'localhost'}:${request.socket.localPort ?? 80}`),
    clientAddress,
  };
}

/** The engine's ScimResponse written to a node:http response, with its length. */
export function sendScimResponse(request: IncomingMessage, response: ServerResponse, scim: ScimResponse): void {
  const body = scim.body === null || scim.body === undefined ? undefined : JSON.stringify(scim.body);
  const headers: Record<string, string | number> = { ...scim.headers };
  if (body !== undefined) headers['Content-Length'] = Buffer.byteLength(body);
  if (!request.complete) {
    // The upload was refused part-way (413) or never read: let it drain so the client reads this answer, then close.
    headers.Connection = 'close';
    request.resume();
  }
  response.writeHead(scim.status, headers);
  response.end(body);
}

/** What the engine is handed: the SCIM methods, and OPTIONS, which it answers per endpoint as the App Router route does. */
const ENGINE_METHODS = new Set<string>([...SCIM_METHODS, 'OPTIONS']);

/** A SCIM 405 for a method no SCIM endpoint serves (TRACE, CONNECT, WebDAV…), before any work is done. */
export function refuseUnservedMethod(method: string | undefined): ScimResponse | undefined {
  const upper = (method ?? '').toUpperCase();
  if (ENGINE_METHODS.has(upper)) return undefined;
  return renderError(scimErrors.methodNotAllowed(`No SCIM endpoint supports ${upper || 'this method'}; use ${SCIM_METHODS.join(', ')}.`, [...SCIM_METHODS]));
}
