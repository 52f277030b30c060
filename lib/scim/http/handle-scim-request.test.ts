import { describe, expect, it } from 'vitest';
import { createGroupRegistry, createUserRegistry } from '../schemas/registry';
import type { BearerCheck, ListQuery, ScimAuditEvent, ScimDeps, ScimScope } from '../ports';
import { handleScimRequest } from './handle-scim-request';
import type { ScimRequest } from './types';

const GOOD = 'Bearer good-token';

function fakeDeps(options: { check?: BearerCheck; failWith?: Error } = {}) {
  const events: ScimAuditEvent[] = [];
  const logged: unknown[] = [];
  /** What the engine asked the user store to list: filtering itself is the store's job (tested on a real DB). */
  const userQueries: ListQuery[] = [];
  const unexpected = () => {
    throw options.failWith ?? new Error('not used by this test');
  };
  const scope: ScimScope = {
    users: {
      get: async () => (options.failWith ? unexpected() : undefined),
      list: async (query) => {
        userQueries.push(query);
        return { totalResults: 0, resources: [] };
      },
      findReprovisionable: unexpected,
      create: unexpected,
      restore: unexpected,
      replace: unexpected,
      delete: unexpected,
      deprovision: unexpected,
    },
    groups: { get: async () => undefined, list: async () => ({ totalResults: 0, resources: [] }), create: unexpected, update: unexpected, changeMembers: unexpected, delete: unexpected },
    audit: { record: async (event) => void events.push(event) },
    userRegistry: async () => createUserRegistry([]),
    groupRegistry: async () => createGroupRegistry(),
    userPolicies: async () => ({ deleteMode: 'delete', reviewUserNameChange: () => ({ kind: 'apply' }) }),
    isolate: (work) => work(scope),
  };
  /** Whether the engine told the verifier, per request, that it was the console's Test connection. */
  const verifiedAsTest: boolean[] = [];
  const deps: ScimDeps = {
    tokens: {
      verify: async ({ authorization, isConnectionTest }) => {
        verifiedAsTest.push(isConnectionTest === true);
        return options.check ?? (authorization === GOOD ? { ok: true, token: { id: 't1', name: 'Entra' } } : { ok: false, reason: authorization ? 'unknown' : 'missing' });
      },
    },
    // Stands in for Roster's signature check: the engine only asks.
    connectionTests: { isConnectionTest: (headers) => headers['x-test-marker'] === 'signed' },
    unitOfWork: { write: (work) => work(scope), read: (work) => work(scope) },
    audit: { record: async (event) => void events.push(event) },
    clock: { now: () => new Date('2030-01-01T00:00:00Z') },
    ids: { newId: () => 'ref-1' },
    logger: { error: (_message, context) => void logged.push(context) },
  };
  return { deps, events, logged, userQueries, verifiedAsTest };
}

function request(method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}): ScimRequest {
  const url = new URL(`http://roster.test/scim/v2${path}`);
  return {
    method,
    segments: url.pathname.split('/').slice(3),
    query: url.searchParams,
    headers: { authorization: GOOD, ...(init.body ? { 'content-type': 'application/scim+json' } : {}), ...init.headers },
    body: init.body ? new TextEncoder().encode(init.body) : null,
    origin: url.origin,
    clientAddress: '10.0.0.7',
  };
}

describe('handleScimRequest', () => {
  it('answers a missing token with 401, a Bearer challenge, and one auth.refused event', async () => {
    const { deps, events } = fakeDeps();
    const response = await handleScimRequest(request('GET', '/Users', { headers: { authorization: '' } }), deps);
    expect(response.status).toBe(401);
    expect(response.headers['WWW-Authenticate']).toMatch(/^Bearer realm="scim"/);
    expect(response.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401' });
    expect(events).toEqual([expect.objectContaining({ operation: 'auth.refused', outcome: 'failure', status: 401, clientAddress: '10.0.0.7' })]);
  });

  it('refuses a token in the URL even when the header is valid, and never audits the query secret', async () => {
    const { deps, events } = fakeDeps();
    const response = await handleScimRequest(request('GET', '/Users?access_token=secret-value'), deps);
    expect(response.status).toBe(401);
    expect(JSON.stringify(events)).not.toContain('secret-value');
  });

  it('throttles with 429 and Retry-After', async () => {
    const { deps, events } = fakeDeps({ check: { ok: false, reason: 'throttled', retryAfterSeconds: 30 } });
    const response = await handleScimRequest(request('GET', '/Users'), deps);
    expect([response.status, response.headers['Retry-After']]).toEqual([429, '30']);
    expect(events[0].operation).toBe('auth.throttled');
  });

  it('answers a throttled address that was already audited without another audit event', async () => {
    const { deps, events } = fakeDeps({ check: { ok: false, reason: 'throttled', retryAfterSeconds: 30, isAlreadyAudited: true } });
    expect((await handleScimRequest(request('GET', '/Users'), deps)).status).toBe(429);
    expect(events).toHaveLength(0);
  });

  it.each([
    ['GET', '/Nope', 404],
    ['DELETE', '/Users', 405],
    ['TRACE', '/Users', 405],
    ['PROPFIND', '/Users/abc', 405],
    ['GET', '/Me', 501],
    ['POST', '/Users', 400],
  ])('%s %s is a SCIM %i', async (method, path, status) => {
    const { deps, events } = fakeDeps();
    const response = await handleScimRequest(request(method, path), deps);
    expect(response.status).toBe(status);
    expect(response.headers['Content-Type']).toContain('application/scim+json');
    expect(response.body).toMatchObject({ status: String(status) });
    expect(events).toHaveLength(1);
  });

  // The store filters (app/scim/v2/idp-quirks.test.ts runs the connection test on a real database); the engine
  // parses the filter and hands it to the store, and wraps what the store found in a ListResponse.
  it('hands the parsed filter of the Entra connection test to the store and answers 200 with an empty ListResponse', async () => {
    const { deps, events, userQueries } = fakeDeps();
    const filter = encodeURIComponent('userName eq "5f0c3a0e-7c1d-4c39-a3b6-0e9f5e2b7d11"');
    const response = await handleScimRequest(request('GET', `/Users?filter=${filter}`), deps);
    expect(userQueries).toEqual([
      expect.objectContaining({
        filter: { kind: 'compare', path: expect.objectContaining({ attribute: 'userName' }), op: 'eq', value: '5f0c3a0e-7c1d-4c39-a3b6-0e9f5e2b7d11' },
      }),
    ]);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ totalResults: 0, itemsPerPage: 0, startIndex: 1, Resources: [] });
    expect(events).toEqual([expect.objectContaining({ operation: 'user.list', outcome: 'success', token: { id: 't1', name: 'Entra' } })]);
  });

  it('turns an unexpected failure into a generic 500 with a reference, logged and audited', async () => {
    const { deps, events, logged } = fakeDeps({ failWith: new Error('connection reset: select * from scim_users') });
    const response = await handleScimRequest(request('GET', '/Users/abc'), deps);
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).not.toContain('select');
    expect((response.body as { detail: string }).detail).toContain('ref-1');
    expect(logged).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: 'failure', status: 500, operation: 'user.read' });
  });

  it('serves discovery documents with locations under the request origin', async () => {
    const { deps } = fakeDeps();
    const response = await handleScimRequest(request('GET', '/ResourceTypes/User'), deps);
    expect(response.body).toMatchObject({ id: 'User', endpoint: '/Users', meta: { location: 'http://roster.test/scim/v2/ResourceTypes/User' } });
  });

  it('asks its deps whether a request is the console\'s Test connection: audited as connection.test, and the verifier told so', async () => {
    const { deps, events, verifiedAsTest } = fakeDeps();
    await handleScimRequest(request('GET', '/ServiceProviderConfig', { headers: { 'x-test-marker': 'signed' } }), deps);
    await handleScimRequest(request('GET', '/ServiceProviderConfig'), deps);
    expect(events.map((event) => event.operation)).toEqual(['connection.test', 'discovery.read']);
    expect(verifiedAsTest).toEqual([true, false]);
  });

  it('strips the body of a HEAD response', async () => {
    const { deps } = fakeDeps();
    const response = await handleScimRequest(request('HEAD', '/ServiceProviderConfig'), deps);
    expect([response.status, response.body]).toEqual([200, null]);
  });
});
