import { scimErrors } from '../../errors/scim-error';
import type { OperationContext, OperationResult } from '../../operations/operation';
import { returnsMembers, presentGroup, projectionOf } from '../../operations/representation';
import { isNotModified, listResult, notModifiedResponse, resourceResponse } from '../../operations/respond';
import type { ListParams } from '../../query/list-params';

/**
 * GET /Groups/{id} (RFC 7644 §3.4.1). With `excludedAttributes=members` (how Entra reads every group,
 * IDP-QUIRKS #11) the members are not even loaded, so a 50,000-member group reads as fast as an empty one.
 */
export async function getGroup(context: OperationContext, id: string): Promise<OperationResult> {
  const registry = await context.scope.groupRegistry();
  const projection = projectionOf(context.call);
  const group = await context.scope.groups.get(id, { members: returnsMembers(registry, projection) });
  if (!group) throw scimErrors.notFound(`Group ${id} not found.`);
  const audit = { operation: 'group.read' as const, resourceId: id, resourceName: String(group.document.displayName) };
  if (isNotModified(context.call, group.version)) return { response: notModifiedResponse(group.version), audit };
  return { response: resourceResponse(200, presentGroup(group, registry, context.call.baseUrl, projection), group.version), audit };
}

/** GET /Groups and POST /Groups/.search (RFC 7644 §3.4.2–3); Okta pages them 100 at a time in a stable order. */
export async function listGroups(context: OperationContext, params: ListParams): Promise<OperationResult> {
  const registry = await context.scope.groupRegistry();
  const page = await context.scope.groups.list(params, registry, { members: returnsMembers(registry, params) });
  const resources = page.resources.map((group) => presentGroup(group, registry, context.call.baseUrl, params));
  return {
    response: listResult(page.totalResults, params.startIndex, resources),
    audit: { operation: 'group.list', resourceType: 'Group', detail: { totalResults: page.totalResults } },
  };
}
