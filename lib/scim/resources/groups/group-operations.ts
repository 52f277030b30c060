import type { OperationContext, OperationResult } from '../../operations/operation';
import { listParamsOf } from '../../operations/list-params-of';
import { patchGroup } from './patch-group';
import { getGroup, listGroups } from './read-groups';
import { createGroup, deleteGroup, replaceGroup } from './write-groups';

/** The /Groups endpoint (RFC 7644 §3.2): one function per method, chosen by the router's route. */
export function runGroupOperation(context: OperationContext): Promise<OperationResult> {
  const { route, method } = context.call;
  if (route.kind === 'search') return listGroups(context, listParamsOf(context.call));
  if (route.kind === 'collection') return method === 'POST' ? createGroup(context) : listGroups(context, listParamsOf(context.call));
  if (route.kind !== 'resource') throw new Error(`runGroupOperation cannot serve a ${route.kind} route`);
  switch (method) {
    case 'GET':
      return getGroup(context, route.id);
    case 'PUT':
      return replaceGroup(context, route.id);
    case 'PATCH':
      return patchGroup(context, route.id);
    default:
      return deleteGroup(context, route.id);
  }
}
