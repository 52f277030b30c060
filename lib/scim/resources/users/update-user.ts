import { scimErrors } from '../../errors/scim-error';
import type { OperationContext, OperationResult } from '../../operations/operation';
import { presentUser, projectionOf } from '../../operations/representation';
import { requireCurrentVersion, resourceResponse } from '../../operations/respond';
import { dialectDetail } from '../../operations/dialect-detail';
import { applyPatch } from '../../patch/apply-patch';
import { deepEqual } from '../../patch/document-access';
import { parsePatchRequest } from '../../patch/parse-patch-request';
import type { ScimAuditOperation, StoredUser } from '../../ports';
import type { SchemaRegistry } from '../../schemas/registry';
import { validateUserResource } from './validate-user';

const isActive = (document: Record<string, unknown>) => document.active !== false;

function changeOperation(before: Record<string, unknown>, after: Record<string, unknown>): ScimAuditOperation {
  if (isActive(before) && !isActive(after)) return 'user.deactivate';
  if (!isActive(before) && isActive(after)) return 'user.reactivate';
  return 'user.update';
}

async function lockUser(context: OperationContext, id: string): Promise<StoredUser> {
  const existing = await context.scope.users.get(id, { lock: true });
  if (!existing) throw scimErrors.notFound(`User ${id} not found.`);
  requireCurrentVersion(context.call, existing.version);
  return existing;
}

/**
 * Writes the new document of a locked user: the userName policy first (a rename it does not apply is ignored,
 * the rest of the request applied, and the audit event says which rename was ignored), then the store, which derives the application fields in the
 * same transaction. A write that changes nothing is answered without touching the row or the version.
 */
async function commitUser(
  context: OperationContext,
  existing: StoredUser,
  next: Record<string, unknown>,
  registry: SchemaRegistry,
  detail: Record<string, unknown> = {},
): Promise<OperationResult> {
  const { scope, call, now } = context;
  let document = next;
  let ignored: { requested: unknown; reason: string } | undefined;
  if (String(next.userName).toLowerCase() !== String(existing.document.userName).toLowerCase()) {
    const decision = (await scope.userPolicies()).reviewUserNameChange(existing, next);
    if (decision.kind === 'keep') {
      document = { ...next, userName: existing.document.userName };
      ignored = { requested: next.userName, reason: decision.reason };
    }
  }

  const isChanged = !deepEqual(existing.document, document);
  const user = isChanged ? await scope.users.replace({ existing, document, registry, now }) : existing;
  return {
    response: resourceResponse(200, presentUser(user, registry, call.baseUrl, projectionOf(call)), user.version),
    audit: {
      operation: changeOperation(existing.document, document),
      resourceType: 'User',
      resourceId: user.id,
      resourceName: String(document.userName),
      before: existing.document,
      after: user.document,
      detail: { ...detail, ...(ignored ? { userNameIgnored: ignored } : {}), ...(isChanged ? {} : { unchanged: true }) },
    },
  };
}

/** PUT /Users/{id} (RFC 7644 §3.5.1): the whole resource is replaced. */
export async function replaceUser(context: OperationContext, id: string): Promise<OperationResult> {
  const registry = await context.scope.userRegistry();
  const document = validateUserResource(context.call.body, registry, { kind: 'replace', id });
  const existing = await lockUser(context, id);
  // Okta's full-resource PUT may leave `active` out; that must not suspend or revive anyone
  // (IDP-QUIRKS #8, developer.okta.com/docs/reference/scim/scim-20; e2e/scim/transcripts/okta/put-update.json).
  if (document.active === undefined && existing.document.active !== undefined) document.active = existing.document.active;
  return commitUser(context, existing, document, registry);
}

/** PATCH /Users/{id} (RFC 7644 §3.5.2): the row is locked first so that parallel PATCHes of one user all survive. */
export async function patchUser(context: OperationContext, id: string): Promise<OperationResult> {
  const registry = await context.scope.userRegistry();
  const operations = parsePatchRequest(context.call.body, registry);
  const existing = await lockUser(context, id);
  const { document } = applyPatch(existing.document, operations, registry, { id });
  return commitUser(context, existing, document, registry, dialectDetail(context.call.body, registry));
}
