import { scimErrors } from '../../errors/scim-error';
import type { OperationContext, OperationResult } from '../../operations/operation';
import { dialectDetail } from '../../operations/dialect-detail';
import { hasProjection, returnsMembers, presentGroup, projectionOf } from '../../operations/representation';
import { resourceResponse } from '../../operations/respond';
import { applyPatch } from '../../patch/apply-patch';
import { membersDelta } from '../../patch/members-delta';
import { parsePatchRequest } from '../../patch/parse-patch-request';
import type { MembershipResult, ScimAuditOperation, StoredGroup } from '../../ports';
import { lockGroup } from './write-groups';

function auditOperation(isRename: boolean, change: MembershipResult, hadMemberOps: boolean): ScimAuditOperation {
  if (isRename || !hadMemberOps) return 'group.update';
  if (change.removed.length === 0) return 'group.members.add';
  if (change.added.length === 0) return 'group.members.remove';
  return 'group.update';
}

/**
 * PATCH /Groups/{id} (RFC 7644 §3.5.2). Member operations become set-based SQL (never a read-modify-write of
 * the member list), so parallel PATCHes of one group all land and the row is only locked when other attributes
 * change or If-Match asks for it. A membership PATCH without `attributes` is answered 204 without the member list,
 * as Entra expects (IDP-QUIRKS #11, learn.microsoft.com/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups);
 * otherwise 200 with the group.
 */
export async function patchGroup(context: OperationContext, id: string): Promise<OperationResult> {
  const { scope, call, now } = context;
  const registry = await scope.groupRegistry();
  const delta = membersDelta(parsePatchRequest(call.body, registry), registry);
  const hadMemberOps = delta.add.length + delta.remove.length > 0 || delta.replaceAll !== undefined;

  const existing: StoredGroup | undefined = delta.rest.length > 0 || call.headers['if-match'] !== undefined ? await lockGroup(context, id) : undefined;
  let document: Record<string, unknown> | undefined;
  if (existing && delta.rest.length > 0) {
    const patched = applyPatch(existing.document, delta.rest, registry, { id });
    if (patched.document.members !== undefined) {
      throw scimErrors.invalidPath('members can be added, removed or replaced by value, or removed with members[value eq "…"]; other member paths are not supported.');
    }
    if (patched.changed) document = patched.document;
  }

  const change = hadMemberOps ? await scope.groups.changeMembers(id, delta, now) : { added: [], removed: [] };
  const isChanged = document !== undefined || change.added.length + change.removed.length > 0;
  const stored = isChanged ? await scope.groups.update({ id, document, now }) : (existing ?? (await scope.groups.get(id, { members: false })));
  if (!stored) throw scimErrors.notFound(`Group ${id} not found.`);

  const projection = projectionOf(call);
  const audit = {
    operation: auditOperation(document !== undefined, change, hadMemberOps),
    resourceType: 'Group' as const,
    resourceId: id,
    resourceName: String((document ?? stored.document).displayName),
    ...(document && existing ? { before: existing.document, after: document } : {}),
    detail: { ...dialectDetail(call.body, registry), membersAdded: change.added, membersRemoved: change.removed, ...(isChanged ? {} : { unchanged: true }) },
  };
  if (hadMemberOps && !hasProjection(projection)) return { response: { status: 204, headers: {}, body: null }, audit };

  const group = (await scope.groups.get(id, { members: returnsMembers(registry, projection) }))!;
  return { response: resourceResponse(200, presentGroup(group, registry, call.baseUrl, projection), group.version), audit };
}
