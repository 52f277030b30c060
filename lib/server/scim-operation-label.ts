import { matchRoute, type Route } from '@/lib/scim';

const RESOURCE_VERBS: Record<string, string> = { GET: 'read', HEAD: 'read', PUT: 'replace', PATCH: 'patch', DELETE: 'delete' };

function labelOf(route: Route, method: string): string {
  switch (route.kind) {
    case 'collection':
      return `${route.resource}.${method === 'POST' ? 'create' : 'list'}`;
    case 'resource':
      return `${route.resource}.${RESOURCE_VERBS[method] ?? 'other'}`;
    case 'search':
      return `${route.resource ?? 'all'}.search`;
    default:
      return route.kind;
  }
}

/**
 * The `operation` label of a SCIM request in /metrics, from its method and path alone (e.g. `User.create`,
 * `Group.patch`, `schemas`): a small fixed set, whatever the client sends; unknown paths and methods are `unrouted`.
 */
export function scimOperationLabel(method: string, segments: string[]): string {
  try {
    return labelOf(matchRoute(method, segments), method);
  } catch {
    return 'unrouted';
  }
}
