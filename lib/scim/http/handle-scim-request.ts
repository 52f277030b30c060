import { SCIM_MEDIA_TYPE } from '../constants';
import { ScimError } from '../errors/scim-error';
import { renderError } from '../errors/render-error';
import { intendedOperation, nameFromBody, type ScimCall, type ScimResponse } from '../operations/operation';
import { matchRoute, type Route } from '../operations/router';
import type { ScimAuditEvent, ScimAuditOperation, ScimDeps, ScimScope, TokenIdentity } from '../ports';
import { authenticate, isRefusal } from './authenticate';
import { dispatch } from './dispatch';
import { readJsonBody } from './read-body';
import { SCIM_BASE_PATH, type ScimRequest } from './types';

const AUDITED_QUERY = ['filter', 'attributes', 'excludedAttributes', 'sortBy', 'sortOrder', 'startIndex', 'count'];

function isReadOnly(route: Route, method: string): boolean {
  return method === 'GET' || method === 'HEAD' || route.kind === 'search';
}

function needsBody(route: Route, method: string): boolean {
  return route.kind !== 'me' && (method === 'POST' || method === 'PUT' || method === 'PATCH');
}

function finishResponse(request: ScimRequest, response: ScimResponse): ScimResponse {
  const headers = { ...response.headers };
  if (response.body !== null && response.body !== undefined) headers['Content-Type'] = `${SCIM_MEDIA_TYPE}; charset=utf-8`;
  return { status: response.status, headers, body: request.method === 'HEAD' ? null : (response.body ?? null) };
}

/** The request line as audited: the path only, and of the query only the SCIM list parameters (never a secret). */
function describe(request: ScimRequest) {
  const detail: Record<string, string> = {};
  for (const name of AUDITED_QUERY) {
    const value = request.query.get(name);
    if (value !== null) detail[name] = value.slice(0, 500);
  }
  return { method: request.method, path: `${SCIM_BASE_PATH}/${request.segments.join('/')}`.replace(/\/$/, ''), query: detail };
}

/**
 * The one entry point of the engine (RFC 7644 §3): authenticate → route → read the body → run the operation
 * inside the unit of work, whose transaction also holds the audit event → render. A refusal, or a change that
 * failed and was rolled back, is audited in its own write. Unknown errors are logged and answered with a
 * generic 500 that carries a reference, never a stack or SQL.
 */
export async function handleScimRequest(request: ScimRequest, deps: ScimDeps): Promise<ScimResponse> {
  const started = deps.clock.now();
  const line = describe(request);
  const isConnectionTest = deps.connectionTests.isConnectionTest(request.headers, started);
  let token: TokenIdentity | undefined;
  let operation: ScimAuditOperation = 'request.invalid';
  let route: Route | undefined;
  let body: unknown;
  let isAlreadyAudited = false;
  let refusalCount: number | undefined;

  const event = (status: number, extra: Partial<ScimAuditEvent>): ScimAuditEvent => ({
    operation,
    outcome: status < 400 ? 'success' : 'failure',
    token,
    clientAddress: request.clientAddress,
    method: line.method,
    path: line.path,
    status,
    durationMs: Math.max(0, deps.clock.now().getTime() - started.getTime()),
    resourceType: route?.kind === 'resource' || route?.kind === 'collection' ? route.resource : undefined,
    resourceId: route?.kind === 'resource' ? route.id : undefined,
    occurredAt: started,
    ...extra,
    ...(isConnectionTest ? { operation: 'connection.test' } : {}),
    detail: { ...(Object.keys(line.query).length > 0 ? { query: line.query } : {}), ...extra.detail },
  });

  try {
    const identity = await authenticate(request, deps.tokens, { now: started, isConnectionTest });
    if (isRefusal(identity)) {
      operation = identity.operation;
      token = identity.token;
      isAlreadyAudited = identity.isAlreadyAudited === true;
      refusalCount = identity.refusalCount;
      throw identity.error;
    }
    token = identity;
    route = matchRoute(request.method, request.segments);
    body = needsBody(route, request.method) ? await readJsonBody(request) : undefined;
    operation = intendedOperation(route, request.method);

    const call: ScimCall = {
      method: request.method === 'HEAD' ? 'GET' : request.method,
      route,
      query: request.query,
      headers: request.headers,
      body,
      baseUrl: `${request.origin}${SCIM_BASE_PATH}`,
    };
    const work = async (scope: ScimScope) => {
      const outcome = await dispatch({ call, scope, now: started, ids: deps.ids });
      operation = outcome.audit.operation;
      await scope.audit.record(event(outcome.response.status, outcome.audit));
      return outcome;
    };
    const result = isReadOnly(route, request.method) ? await deps.unitOfWork.read(work) : await deps.unitOfWork.write(work);
    return finishResponse(request, result.response);
  } catch (thrown) {
    let error = thrown;
    if (!(thrown instanceof ScimError)) {
      const reference = deps.ids.newId();
      deps.logger.error('unexpected error while handling a SCIM request', { reference, ...line, error: thrown });
      error = new ScimError(500, `The server could not complete the request (reference ${reference}).`);
    }
    const rendered = renderError(error);
    const scimError = error as ScimError;
    // A flood from a blocked address is answered but audited once per block, not once per request.
    if (isAlreadyAudited) return finishResponse(request, rendered);
    try {
      await deps.audit.record(
        event(rendered.status, {
          resourceName: nameFromBody(body),
          error: scimError.detail,
          detail: {
            ...(scimError.scimType ? { scimType: scimError.scimType } : {}),
            ...(refusalCount !== undefined ? { refusals: refusalCount } : {}),
          },
        }),
      );
    } catch (auditError) {
      deps.logger.error('could not write the audit event of a failed SCIM request', { ...line, error: auditError });
    }
    return finishResponse(request, rendered);
  }
}
