import { getDb } from '@/db/client';
import type { Database } from '@/db/database';
import { verifyApiKey, type ApiKeyCheck, type ApiKeyIdentity } from '@/lib/api-keys/verify-api-key';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { clientAddressOf } from '@/lib/http/client-address';
import { ApiError } from './api-error';
import { errorResponse } from './error-response';
import { parseRouteInput, type InputSchemas, type RouteContext, type RouteInput } from './parse-route-input';

export type ApiKeyRouteHandler<S extends InputSchemas> = (
  input: RouteInput<S> & { apiKey: ApiKeyIdentity; db: Database; request: Request },
) => Promise<Response>;

const REFUSALS: Record<Exclude<ApiKeyCheck, { ok: true }>['reason'], string> = {
  missing: 'Send an API key in the Authorization header: "Authorization: Bearer roster_key_…".',
  malformed: 'The Authorization header does not hold a Roster API key ("Bearer roster_key_…"); SCIM tokens do not open this API.',
  unknown: 'This API key is not known. Create one in the console under API keys.',
  expired: 'This API key has expired. Create a new one, or rotate before expiry next time.',
  revoked: 'This API key was revoked. Use its successor, or create a new one.',
  throttled: 'Too many refused attempts from this address; wait before trying again.',
};

function refusal(check: Exclude<ApiKeyCheck, { ok: true }>): ApiError {
  if (check.reason === 'throttled') {
    return new ApiError('too_many_requests', REFUSALS.throttled, { 'retry-after': String(check.retryAfterSeconds) });
  }
  return new ApiError('unauthorized', REFUSALS[check.reason], { 'www-authenticate': 'Bearer realm="roster-api"' });
}

/**
 * The one way into the application's read API (`/api/v1`): checks the API key (401, or 429 once an address is
 * throttled; each refusal audited), validates params and query with the given zod schemas (400 naming the
 * parameter), and answers every error as `{ error: { code, message } }`.
 */
export function withApiKeyRoute<S extends InputSchemas>(schemas: S, handler: ApiKeyRouteHandler<S>) {
  const route = async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const db = await getDb();
      const now = new Date();
      const clientAddress = clientAddressOf(request.headers);
      const check = await verifyApiKey(db, { authorization: request.headers.get('authorization'), clientAddress, now });
      if (!check.ok) {
        const error = refusal(check);
        await recordAuditEvent(db, {
          operation: 'apikey.refused',
          outcome: 'failure',
          actor: check.apiKey ? { type: 'system', id: check.apiKey.id, name: `API key ${check.apiKey.name}` } : { type: 'anonymous' },
          clientAddress,
          method: request.method,
          path: new URL(request.url).pathname,
          status: error.status,
          error: `${check.reason}: ${error.message}`,
          occurredAt: now,
        });
        throw error;
      }
      const input = await parseRouteInput(request, context, schemas);
      return await handler({ ...input, apiKey: check.apiKey, db, request });
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(route, { [API_KEY_ROUTE]: true as const });
}

/** Marks handlers built here, so a test can prove every /api/v1 route checks the key. */
export const API_KEY_ROUTE = Symbol.for('roster.apiKeyRoute');

export function isApiKeyRoute(value: unknown): boolean {
  return typeof value === 'function' && (value as { [API_KEY_ROUTE]?: true })[API_KEY_ROUTE] === true;
}
