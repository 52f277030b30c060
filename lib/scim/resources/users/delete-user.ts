import { scimErrors } from '../../errors/scim-error';
import type { OperationContext, OperationResult } from '../../operations/operation';
import { requireCurrentVersion } from '../../operations/respond';

/**
 * DELETE /Users/{id} (RFC 7644 §3.6) → 204. The owner's user configuration decides what it does: delete the
 * account, or deprovision it (the SCIM resource ends, memberships go, the account and its content stay).
 */
export async function deleteUser(context: OperationContext, id: string): Promise<OperationResult> {
  const { scope, call, now } = context;
  const policies = await scope.userPolicies();
  const existing = await scope.users.get(id, { lock: true });
  if (!existing) throw scimErrors.notFound(`User ${id} not found.`);
  requireCurrentVersion(call, existing.version);

  const isDelete = policies.deleteMode === 'delete';
  if (isDelete) await scope.users.delete(id, now);
  else await scope.users.deprovision(id, now);
  return {
    response: { status: 204, headers: {}, body: null },
    audit: {
      operation: isDelete ? 'user.delete' : 'user.deprovision',
      resourceType: 'User',
      resourceId: id,
      resourceName: String(existing.document.userName),
      before: existing.document,
      after: null,
    },
  };
}
