import { ScimError } from '../errors/scim-error';
import type { ListQuery, Page, StoredGroup, StoredUser } from '../ports';
import type { SchemaRegistry } from '../schemas/registry';
import { listParamsOf } from '../operations/list-params-of';
import type { OperationContext, OperationResult } from '../operations/operation';
import { presentGroup, presentUser } from '../operations/representation';
import { listResult } from '../operations/respond';

/** A type whose schemas do not know the filter's attributes simply has no matches (RFC 7644 §3.4.3 across types). */
async function orNone<T>(load: () => Promise<Page<T>>): Promise<Page<T> | ScimError> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ScimError && error.status === 400) return error;
    throw error;
  }
}

/**
 * POST /.search at the root (RFC 7644 §3.4.3): users, then groups, paged as one list. A filter that neither
 * resource type understands is the first type's 400.
 */
export async function searchAll(context: OperationContext): Promise<OperationResult> {
  const { scope, call } = context;
  const params = listParamsOf(call);
  const [userRegistry, groupRegistry]: SchemaRegistry[] = [await scope.userRegistry(), await scope.groupRegistry()];
  const userQuery: ListQuery = { ...params };
  const users = await orNone<StoredUser>(() => scope.users.list(userQuery, userRegistry));
  const userTotal = users instanceof ScimError ? 0 : users.totalResults;
  const userRows = users instanceof ScimError ? [] : users.resources;

  const offset = Math.max(0, params.startIndex - 1 - userTotal);
  const groupQuery: ListQuery = { ...params, startIndex: offset + 1, count: Math.max(0, params.count - userRows.length) };
  const groups = await orNone<StoredGroup>(() => scope.groups.list(groupQuery, groupRegistry, { members: false }));
  if (users instanceof ScimError && groups instanceof ScimError) throw users;
  const groupTotal = groups instanceof ScimError ? 0 : groups.totalResults;
  const groupRows = groups instanceof ScimError ? [] : groups.resources;

  const resources = [
    ...userRows.map((user) => presentUser(user, userRegistry, call.baseUrl, params)),
    ...groupRows.map((group) => presentGroup(group, groupRegistry, call.baseUrl, params)),
  ];
  return { response: listResult(userTotal + groupTotal, params.startIndex, resources), audit: { operation: 'user.list', detail: { totalResults: userTotal + groupTotal } } };
}
