import { scimErrors } from '../../errors/scim-error';
import type { OperationContext, OperationResult } from '../../operations/operation';
import { presentUser, projectionOf } from '../../operations/representation';
import { isNotModified, listResult, notModifiedResponse, resourceResponse } from '../../operations/respond';
import type { ListParams } from '../../query/list-params';

/** GET /Users/{id} (RFC 7644 §3.4.1); If-None-Match with the current ETag → 304. */
export async function getUser(context: OperationContext, id: string): Promise<OperationResult> {
  const registry = await context.scope.userRegistry();
  const user = await context.scope.users.get(id);
  if (!user) throw scimErrors.notFound(`User ${id} not found.`);
  const audit = { operation: 'user.read' as const, resourceId: id, resourceName: String(user.document.userName) };
  if (isNotModified(context.call, user.version)) return { response: notModifiedResponse(user.version), audit };
  const body = presentUser(user, registry, context.call.baseUrl, projectionOf(context.call));
  return { response: resourceResponse(200, body, user.version), audit };
}

/** GET /Users and POST /Users/.search (RFC 7644 §3.4.2–3): the filter runs in SQL; no match is 200 with an empty list (Entra's connection test). */
export async function listUsers(context: OperationContext, params: ListParams): Promise<OperationResult> {
  const registry = await context.scope.userRegistry();
  const page = await context.scope.users.list(params, registry);
  const resources = page.resources.map((user) => presentUser(user, registry, context.call.baseUrl, params));
  return {
    response: listResult(page.totalResults, params.startIndex, resources),
    audit: { operation: 'user.list', resourceType: 'User', detail: { totalResults: page.totalResults } },
  };
}
