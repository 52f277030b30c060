import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleScimRequest, refuseUnservedMethod, renderError, ScimError, sendScimResponse, toScimRequestFromNode, type ScimDeps, type ScimResponse } from '@/lib/scim';
import type { ServerMetrics } from './server-metrics';

async function answer(request: IncomingMessage, deps: () => Promise<ScimDeps>, scimRequest: ReturnType<typeof toScimRequestFromNode>): Promise<ScimResponse> {
  const refusal = refuseUnservedMethod(request.method);
  if (refusal) return refusal;
  let resolved: ScimDeps;
  try {
    resolved = await deps();
  } catch {
    return renderError(new ScimError(503, 'Roster cannot reach its database; retry later.', undefined, { 'Retry-After': '5' }));
  }
  return handleScimRequest(scimRequest, resolved);
}

/** `/scim/v2/**` on Roster's server: node:http request → engine → node:http response, counted and timed for /metrics. */
export async function serveScimOverNode(
  request: IncomingMessage,
  response: ServerResponse,
  deps: () => Promise<ScimDeps>,
  metrics: ServerMetrics,
  clientAddress: string,
): Promise<void> {
  const started = performance.now();
  const scimRequest = toScimRequestFromNode(request, clientAddress);
  const scimResponse = await answer(request, deps, scimRequest);
  sendScimResponse(request, response, scimResponse);
  metrics.observeScim(scimRequest.method, scimRequest.segments, scimResponse.status, (performance.now() - started) / 1000);
}
