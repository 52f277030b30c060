import type { OperationContext, OperationResult } from '../../operations/operation';
import { listParamsOf } from '../../operations/list-params-of';
import { createUser } from './create-user';
import { deleteUser } from './delete-user';
import { getUser, listUsers } from './read-users';
import { patchUser, replaceUser } from './update-user';

/** The /Users endpoint (RFC 7644 §3.2): one function per method, chosen by the router's route. */
export function runUserOperation(context: OperationContext): Promise<OperationResult> {
  const { route, method } = context.call;
  if (route.kind === 'search') return listUsers(context, listParamsOf(context.call));
  if (route.kind === 'collection') return method === 'POST' ? createUser(context) : listUsers(context, listParamsOf(context.call));
  if (route.kind !== 'resource') throw new Error(`runUserOperation cannot serve a ${route.kind} route`);
  switch (method) {
    case 'GET':
      return getUser(context, route.id);
    case 'PUT':
      return replaceUser(context, route.id);
    case 'PATCH':
      return patchUser(context, route.id);
    default:
      return deleteUser(context, route.id);
  }
}
