import { scimErrors } from '../errors/scim-error';

export type ResourceKind = 'User' | 'Group';

/** What a request addresses (RFC 7644 §3.2 endpoints). */
export type Route =
  | { kind: 'serviceProviderConfig' }
  | { kind: 'resourceTypes'; id?: string }
  | { kind: 'schemas'; id?: string }
  | { kind: 'collection'; resource: ResourceKind }
  | { kind: 'resource'; resource: ResourceKind; id: string }
  | { kind: 'search'; resource?: ResourceKind }
  | { kind: 'bulk' }
  | { kind: 'me' };

const RESOURCE_ENDPOINTS: Record<string, ResourceKind> = { users: 'User', groups: 'Group' };

function allowedMethods(route: Route): string[] {
  switch (route.kind) {
    case 'serviceProviderConfig':
    case 'resourceTypes':
    case 'schemas':
      return ['GET'];
    case 'collection':
      return ['GET', 'POST'];
    case 'resource':
      return ['GET', 'PUT', 'PATCH', 'DELETE'];
    case 'search':
    case 'bulk':
      return ['POST'];
    case 'me':
      return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  }
}

function matchPath(segments: string[]): Route | undefined {
  const [first, second, ...rest] = segments;
  if (rest.length > 0) return undefined;
  const endpoint = (first ?? '').toLowerCase();
  const resource = RESOURCE_ENDPOINTS[endpoint];

  if (second === undefined) {
    if (endpoint === 'serviceproviderconfig') return { kind: 'serviceProviderConfig' };
    if (endpoint === 'resourcetypes') return { kind: 'resourceTypes' };
    if (endpoint === 'schemas') return { kind: 'schemas' };
    if (endpoint === '.search') return { kind: 'search' };
    if (endpoint === 'bulk') return { kind: 'bulk' };
    if (endpoint === 'me') return { kind: 'me' };
    if (resource) return { kind: 'collection', resource };
    return undefined;
  }
  if (second === '') return undefined;
  if (endpoint === 'resourcetypes') return { kind: 'resourceTypes', id: second };
  if (endpoint === 'schemas') return { kind: 'schemas', id: second };
  if (!resource) return undefined;
  if (second.toLowerCase() === '.search') return { kind: 'search', resource };
  return { kind: 'resource', resource, id: second };
}

/**
 * Maps a method and path to a route (RFC 7644 §3.2); endpoint names are matched case-insensitively.
 * Unknown paths are a SCIM 404 and wrong methods a SCIM 405 with `Allow`, never the framework's HTML pages.
 */
export function matchRoute(method: string, segments: string[]): Route {
  const trimmed = segments.length > 0 && segments[segments.length - 1] === '' ? segments.slice(0, -1) : segments;
  const route = matchPath(trimmed);
  if (!route) throw scimErrors.notFound(`There is no SCIM endpoint at /${segments.join('/')}.`);

  const allowed = allowedMethods(route);
  const effective = method === 'HEAD' ? 'GET' : method;
  if (!allowed.includes(effective)) {
    throw scimErrors.methodNotAllowed(`/${trimmed.join('/')} does not support ${method}; use ${allowed.join(', ')}.`, allowed);
  }
  return route;
}
