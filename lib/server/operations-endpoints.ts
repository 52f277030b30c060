import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerMetrics } from './server-metrics';

/** Why the process cannot serve yet (the database unreachable, migrations missing), or undefined when it can. */
export type ReadinessCheck = () => Promise<string | undefined>;

export type OperationsEndpoints = {
  readiness: ReadinessCheck;
  metrics: ServerMetrics;
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string;
};

export const OPERATIONS_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function hasMetricsToken(request: IncomingMessage, token: string): boolean {
  const sent = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/**
 * /healthz: the process is up and its event loop turns. /readyz: it can serve (database reachable, this build's
 * migrations applied), else 503 with the reason. /metrics: Prometheus text. GET and HEAD only; nothing cached.
 */
export async function serveOperationsEndpoint(path: string, request: IncomingMessage, response: ServerResponse, endpoints: OperationsEndpoints): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Use GET or HEAD.\n', { Allow: 'GET, HEAD' });
  if (path === '/healthz') return send(response, 200, 'ok\n');
  if (path === '/readyz') {
    const problem = await endpoints.readiness();
    return problem === undefined ? send(response, 200, 'ready\n') : send(response, 503, `not ready: ${problem}\n`);
  }
  if (endpoints.metricsToken !== undefined && !hasMetricsToken(request, endpoints.metricsToken)) {
    return send(response, 401, 'Send METRICS_TOKEN as "Authorization: Bearer <token>".\n', { 'WWW-Authenticate': 'Bearer realm="metrics"' });
  }
  const { registry, text } = endpoints.metrics;
  return send(response, 200, await text(), { 'Content-Type': registry.contentType });
}
