import { scimErrors } from '../../errors/scim-error';
import type { OperationContext, OperationResult } from '../../operations/operation';
import { returnsMembers, presentGroup, projectionOf } from '../../operations/representation';
import { requireCurrentVersion, resourceResponse } from '../../operations/respond';
import { deepEqual } from '../../patch/document-access';
import type { StoredGroup } from '../../ports';
import { validateGroupResource } from './validate-group';

export async function lockGroup(context: OperationContext, id: string): Promise<StoredGroup> {
  const existing = await context.scope.groups.get(id, { members: false, lock: true });
  if (!existing) throw scimErrors.notFound(`Group ${id} not found.`);
  requireCurrentVersion(context.call, existing.version);
  return existing;
}

/** POST /Groups (RFC 7644 §3.3); extra schema URNs such as Entra's ADSCIM one are tolerated by validation. */
export async function createGroup(context: OperationContext): Promise<OperationResult> {
  const { scope, call, now, ids } = context;
  const registry = await scope.groupRegistry();
  const { document, memberIds } = validateGroupResource(call.body, registry, { kind: 'create' });
  const group = await scope.groups.create({ id: ids.newId(), document, memberIds: memberIds ?? [], now });
  return {
    response: resourceResponse(201, presentGroup(group, registry, call.baseUrl, projectionOf(call)), group.version),
    audit: {
      operation: 'group.create',
      resourceType: 'Group',
      resourceId: group.id,
      resourceName: String(document.displayName),
      before: null,
      after: document,
      detail: { membersAdded: memberIds ?? [] },
    },
  };
}

/**
 * PUT /Groups/{id} (RFC 7644 §3.5.1; Okta AIW apps push groups this way). Members sent are the new member set;
 * a PUT without `members` leaves the membership alone rather than emptying a large group by omission.
 */
export async function replaceGroup(context: OperationContext, id: string): Promise<OperationResult> {
  const { scope, call, now } = context;
  const registry = await scope.groupRegistry();
  const { document, memberIds } = validateGroupResource(call.body, registry, { kind: 'replace', id });
  const existing = await lockGroup(context, id);
  const change = memberIds ? await scope.groups.changeMembers(id, { add: [], remove: [], replaceAll: memberIds }, now) : { added: [], removed: [] };
  const isChanged = !deepEqual(existing.document, document) || change.added.length + change.removed.length > 0;
  if (isChanged) await scope.groups.update({ id, document, now });

  const projection = projectionOf(call);
  const group = (await scope.groups.get(id, { members: returnsMembers(registry, projection) }))!;
  return {
    response: resourceResponse(200, presentGroup(group, registry, call.baseUrl, projection), group.version),
    audit: {
      operation: 'group.update',
      resourceType: 'Group',
      resourceId: id,
      resourceName: String(document.displayName),
      before: existing.document,
      after: document,
      detail: { membersAdded: change.added, membersRemoved: change.removed },
    },
  };
}

/** DELETE /Groups/{id} (RFC 7644 §3.6) → 204; memberships and role bindings go with it. */
export async function deleteGroup(context: OperationContext, id: string): Promise<OperationResult> {
  const existing = await lockGroup(context, id);
  await context.scope.groups.delete(id);
  return {
    response: { status: 204, headers: {}, body: null },
    audit: { operation: 'group.delete', resourceType: 'Group', resourceId: id, resourceName: String(existing.document.displayName), before: existing.document, after: null },
  };
}
