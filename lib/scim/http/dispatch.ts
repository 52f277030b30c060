import { runBulk } from '../bulk/run-bulk';
import { scimErrors } from '../errors/scim-error';
import type { OperationContext, OperationResult } from '../operations/operation';
import { runGroupOperation } from '../resources/groups/group-operations';
import { searchAll } from '../resources/search-all';
import { runUserOperation } from '../resources/users/user-operations';
import { runDiscoveryOperation } from './discovery-operations';

/** Runs one routed call inside the caller's unit of work; Bulk comes back here for each of its operations. */
export function dispatch(context: OperationContext): Promise<OperationResult> {
  const { route } = context.call;
  switch (route.kind) {
    case 'serviceProviderConfig':
    case 'resourceTypes':
    case 'schemas':
      return runDiscoveryOperation(context);
    case 'me':
      // RFC 7644 §3.11: a bearer token here is a provisioning client, not a user.
      throw scimErrors.notImplemented('/Me is not supported: Roster tokens belong to provisioning clients, not to users.');
    case 'bulk':
      return runBulk(context, dispatch);
    case 'search':
      if (route.resource === undefined) return searchAll(context);
      return route.resource === 'User' ? runUserOperation(context) : runGroupOperation(context);
    case 'collection':
    case 'resource':
      return route.resource === 'User' ? runUserOperation(context) : runGroupOperation(context);
  }
}
