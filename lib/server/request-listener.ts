import type { IncomingMessage, ServerResponse } from 'node:http';
import { SCIM_BASE_PATH, type ScimDeps } from '@/lib/scim';
import { stampClientAddress } from '@/lib/http/client-address';
import { securityHeaders } from '@/lib/http/security-headers';
import { OPERATIONS_PATHS, serveOperationsEndpoint, type OperationsEndpoints } from './operations-endpoints';
import { serveScimOverNode } from './serve-scim-node';

export type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export type RequestListenerParts = OperationsEndpoints & {
  /** Next's request handler (console, next-auth, /api/console, assets). */
  next: NextHandler;
  scimDeps: () => Promise<ScimDeps>;
  /** Reverse proxies in front that append to X-Forwarded-For (TRUSTED_PROXY_HOPS; 0: the socket's peer). */
  trustedProxyHops: number;
};

function pathOf(request: IncomingMessage): string {
  const target = request.url ?? '/';
  const queryAt = target.indexOf('?');
  return queryAt < 0 ? target : target.slice(0, queryAt);
}

/** Methods the fetch API cannot carry: Next.js answers them with a 500 before any handler runs, so Roster refuses them. */
const FETCH_FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

function refuseMethod(response: ServerResponse): void {
  response.writeHead(405, { Allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS', 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Method not allowed.\n');
}

function failed(response: ServerResponse, error: unknown): void {
  console.error('[server] request failed', error);
  if (response.headersSent) return void response.destroy();
  response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('The server could not complete the request.\n');
}

/**
 * Roster's front door: /healthz, /readyz and /metrics here; `/scim/v2/**` straight to the SCIM engine through the
 * node:http adapter; everything else to Next.js, with the client's address stamped in a trusted header.
 */
export function createRequestListener(parts: RequestListenerParts): (request: IncomingMessage, response: ServerResponse) => void {
  // Next's answers get the same list from proxy.ts; these are for what this server answers itself.
  const ownAnswerHeaders = securityHeaders({ isProduction: process.env.NODE_ENV === 'production' });
  const setOwnAnswerHeaders = (response: ServerResponse) => {
    for (const [name, value] of ownAnswerHeaders) response.setHeader(name, value);
  };
  return (request, response) => {
    const path = pathOf(request);
    const clientAddress = stampClientAddress(request, parts.trustedProxyHops);
    let handled: Promise<void>;
    if (path === SCIM_BASE_PATH || path.startsWith(`${SCIM_BASE_PATH}/`)) {
      setOwnAnswerHeaders(response);
      handled = serveScimOverNode(request, response, parts.scimDeps, parts.metrics, clientAddress);
    } else if (OPERATIONS_PATHS.has(path)) {
      setOwnAnswerHeaders(response);
      handled = serveOperationsEndpoint(path, request, response, parts);
    } else if (FETCH_FORBIDDEN_METHODS.has(request.method ?? '')) {
      setOwnAnswerHeaders(response);
      handled = Promise.resolve(refuseMethod(response));
    } else {
      handled = parts.next(request, response);
    }
    handled.catch((error: unknown) => failed(response, error));
  };
}
