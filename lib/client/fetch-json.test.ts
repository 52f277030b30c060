import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClientError, fetchJson } from './fetch-json';

function respondWith(status: number, body?: string) {
  const fetchMock = vi.fn(async () => new Response(body ?? null, { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchJson', () => {
  it('sends a JSON body and returns the parsed answer', async () => {
    const fetchMock = respondWith(201, JSON.stringify({ token: { id: 't1' } }));
    await expect(fetchJson('/api/console/tokens', { method: 'POST', body: { name: 'Entra' } })).resolves.toEqual({
      token: { id: 't1' },
    });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/console/tokens',
      expect.objectContaining({
        method: 'POST',
        body: '{"name":"Entra"}',
        headers: expect.objectContaining({ 'content-type': 'application/json' }),
      }),
    );
  });

  it('returns undefined for 204', async () => {
    respondWith(204);
    await expect(fetchJson('/x', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it.each([
    [400, JSON.stringify({ error: { code: 'bad_request', message: 'name: Give the token a name' } }), 'bad_request', 'name: Give the token a name'],
    [502, '<html>Bad gateway</html>', 'http_error', 'The server answered 502. Try again.'],
    [500, '', 'http_error', 'The server answered 500. Try again.'],
  ])('turns a %i into an ApiClientError', async (status, body, code, message) => {
    respondWith(status, body);
    const error = await fetchJson('/x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiClientError);
    expect(error).toMatchObject({ status, code, message });
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    await expect(fetchJson('/x')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });
});
