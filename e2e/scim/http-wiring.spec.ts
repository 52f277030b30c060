import { expect, test, type APIRequestContext } from '@playwright/test';
import { runCli } from '../fixtures/run-cli';

let secret: string;

// Its own token from `npm run token:create` (the secret is the last line), so SCIM runs without the console setup.
test.beforeAll(async () => {
  const output = await runCli('token:create', ['--name', `e2e-scim-${Date.now()}`, '--expires-in', '1d']);
  secret = output.trim().split('\n').at(-1)!.trim();
});

const auth = () => ({ authorization: `Bearer ${secret}`, 'content-type': 'application/scim+json' });

async function send(request: APIRequestContext, method: string, path: string, data?: unknown, headers: Record<string, string> = auth()) {
  return request.fetch(`/scim/v2${path}`, { method, headers, data: data === undefined ? undefined : typeof data === 'string' ? data : JSON.stringify(data), failOnStatusCode: false });
}

const endpoints: [string, string[]][] = [
  ['/ServiceProviderConfig', ['GET']],
  ['/ResourceTypes', ['GET']],
  ['/Schemas', ['GET']],
  ['/Users', ['GET', 'POST']],
  ['/Users/00000000-0000-7000-8000-000000000000', ['GET', 'PUT', 'PATCH', 'DELETE']],
  ['/Groups', ['GET', 'POST']],
  ['/Groups/00000000-0000-7000-8000-000000000000', ['GET', 'PUT', 'PATCH', 'DELETE']],
  ['/.search', ['POST']],
  ['/Users/.search', ['POST']],
  ['/Bulk', ['POST']],
  ['/Me', ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']],
  ['', []],
  ['/NoSuchEndpoint', []],
];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

test.describe('every endpoint × method answers SCIM JSON, never an HTML page', () => {
  for (const [path, allowed] of endpoints) {
    for (const method of METHODS) {
      test(`${method} /scim/v2${path}`, async ({ request }) => {
        const response = await send(request, method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
        expect(response.headers()['content-type'] ?? '').toMatch(/^application\/scim\+json/);
        const body = await response.json();
        expect(body.schemas?.length).toBeGreaterThan(0);
        if (path === '/Me') expect(response.status()).toBe(501);
        else if (allowed.length === 0) expect(response.status()).toBe(404);
        else if (!allowed.includes(method)) {
          expect(response.status()).toBe(405);
          expect(response.headers().allow).toBe(allowed.join(', '));
        } else expect(response.status()).toBeLessThan(500);
      });
    }
  }
});

test.describe('transport', () => {
  test('GET /Users/?filter=… (trailing slash) is served like /Users, not redirected', async ({ request }) => {
    const filter = encodeURIComponent('userName sw e2e');
    const response = await request.get(`/scim/v2/Users/?filter=${filter}`, { headers: auth(), maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/scim\+json/);
    expect((await response.json()).schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:ListResponse']);
  });

  test('a body over 1 MiB is 413', async ({ request }) => {
    const response = await send(request, 'POST', '/Users', `{"userName":"${'x'.repeat(1024 * 1024)}"}`);
    expect(response.status()).toBe(413);
    expect((await response.json()).status).toBe('413');
  });

  test('application/json (with charset) is accepted; text/plain is 415', async ({ request }) => {
    const userName = `media.${Date.now()}@contoso.example`;
    const ok = await send(request, 'POST', '/Users', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName }, { ...auth(), 'content-type': 'application/json; charset=utf-8' });
    expect(ok.status()).toBe(201);
    const refused = await send(request, 'POST', '/Users', { userName: 'x' }, { ...auth(), 'content-type': 'text/plain' });
    expect(refused.status()).toBe(415);
  });

  test('a request without a valid token is 401 with a Bearer challenge; a token in the URL too', async ({ request }) => {
    for (const response of [
      await send(request, 'GET', '/Users', undefined, {}),
      await send(request, 'GET', '/Users', undefined, { authorization: 'Bearer not-a-token' }),
      await send(request, 'GET', `/Users?access_token=${secret}`, undefined, {}),
    ]) {
      expect(response.status()).toBe(401);
      expect(response.headers()['www-authenticate']).toMatch(/^Bearer /);
    }
  });

  test('Location and meta.location use the origin the client called', async ({ request, baseURL }) => {
    const response = await send(request, 'POST', '/Groups', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: `Wiring ${Date.now()}` });
    const body = await response.json();
    expect(response.headers().location).toBe(`${new URL(baseURL!).origin}/scim/v2/Groups/${body.id}`);
    expect(body.meta.location).toBe(response.headers().location);
  });
});
