import type { OperationContext, OperationResult } from '../../operations/operation';
import { presentUser, projectionOf } from '../../operations/representation';
import { resourceResponse } from '../../operations/respond';
import { validateUserResource } from './validate-user';

/**
 * POST /Users (RFC 7644 §3.3). A user that was deprovisioned, or that Okta deactivated and now POSTs again
 * with the same userName or externalId, is restored rather than refused with 409 (IDP-QUIRKS #9:
 * better-auth#11111, lightdash#22402). A userName held by an active user is 409 uniqueness.
 */
export async function createUser(context: OperationContext): Promise<OperationResult> {
  const { scope, call, now, ids } = context;
  const registry = await scope.userRegistry();
  const document = validateUserResource(call.body, registry, { kind: 'create' });
  const resourceName = String(document.userName);

  const candidate = await scope.users.findReprovisionable(document);
  const restored = candidate ? await scope.users.restore({ candidate, document, registry, now }) : undefined;
  const user = restored ?? (await scope.users.create({ id: ids.newId(), document, registry, now }));

  const body = presentUser(user, registry, call.baseUrl, projectionOf(call));
  return {
    response: resourceResponse(201, body, user.version),
    audit: {
      operation: restored ? 'user.restore' : 'user.create',
      resourceType: 'User',
      resourceId: user.id,
      resourceName,
      before: null,
      after: user.document,
      ...(restored && candidate ? { detail: { wasDeprovisioned: candidate.deprovisioned } } : {}),
    },
  };
}
