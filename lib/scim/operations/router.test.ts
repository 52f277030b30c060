import { describe, expect, it } from 'vitest';
import { ScimError } from '../errors/scim-error';
import { matchRoute } from './router';

const routeOf = (method: string, path: string) => matchRoute(method, path.split('/').filter((_, i) => i > 0));

function errorOf(method: string, path: string): ScimError {
  try {
    routeOf(method, path);
  } catch (error) {
    return error as ScimError;
  }
  throw new Error(`${method} ${path} matched`);
}

describe('matchRoute', () => {
  it.each([
    ['GET', '/ServiceProviderConfig', { kind: 'serviceProviderConfig' }],
    ['GET', '/serviceproviderconfig', { kind: 'serviceProviderConfig' }],
    ['GET', '/ResourceTypes', { kind: 'resourceTypes' }],
    ['GET', '/ResourceTypes/User', { kind: 'resourceTypes', id: 'User' }],
    ['GET', '/Schemas', { kind: 'schemas' }],
    ['GET', '/Schemas/urn:ietf:params:scim:schemas:core:2.0:User', { kind: 'schemas', id: 'urn:ietf:params:scim:schemas:core:2.0:User' }],
    ['GET', '/Users', { kind: 'collection', resource: 'User' }],
    ['POST', '/users', { kind: 'collection', resource: 'User' }],
    ['GET', '/Users/', { kind: 'collection', resource: 'User' }],
    ['PATCH', '/Users/abc', { kind: 'resource', resource: 'User', id: 'abc' }],
    ['DELETE', '/GROUPS/abc', { kind: 'resource', resource: 'Group', id: 'abc' }],
    ['POST', '/.search', { kind: 'search' }],
    ['POST', '/Users/.search', { kind: 'search', resource: 'User' }],
    ['POST', '/Groups/.SEARCH', { kind: 'search', resource: 'Group' }],
    ['POST', '/Bulk', { kind: 'bulk' }],
    ['DELETE', '/Me', { kind: 'me' }],
    ['HEAD', '/Users', { kind: 'collection', resource: 'User' }],
  ])('%s %s', (method, path, route) => {
    expect(routeOf(method, path)).toEqual(route);
  });

  it.each([['/Nope'], ['/Users/a/b'], ['/Groups//'], ['/'], ['/Me/x']])('%s is a SCIM 404', (path) => {
    expect(errorOf('GET', path).status).toBe(404);
  });

  it.each([
    ['DELETE', '/Users', 'GET, POST'],
    ['POST', '/Users/abc', 'GET, PUT, PATCH, DELETE'],
    ['GET', '/Bulk', 'POST'],
    ['GET', '/Users/.search', 'POST'],
    ['PUT', '/ServiceProviderConfig', 'GET'],
    ['OPTIONS', '/Groups', 'GET, POST'],
    // Methods no SCIM endpoint serves (the hostile run's TRACE) are 405s too, never a 500.
    ['TRACE', '/Users', 'GET, POST'],
    ['TRACK', '/Users/abc', 'GET, PUT, PATCH, DELETE'],
    ['PROPFIND', '/Schemas', 'GET'],
  ])('%s %s is a 405 with Allow: %s', (method, path, allow) => {
    const error = errorOf(method, path);
    expect(error.status).toBe(405);
    expect(error.headers.Allow).toBe(allow);
  });
});
