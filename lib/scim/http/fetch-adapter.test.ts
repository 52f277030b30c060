import { describe, expect, it } from 'vitest';
import { toFetchResponse, toScimRequest } from './fetch-adapter';

describe('toScimRequest', () => {
  it('takes segments below /scim/v2, lower-cased headers, the first forwarded address and the called origin', () => {
    const request = new Request('http://localhost:3000/scim/v2/Users/a%20b?filter=x', {
      headers: { 'X-Forwarded-For': '203.0.113.9, 10.0.0.1', Host: 'roster.example', 'X-Forwarded-Proto': 'https', Authorization: 'Bearer t' },
    });
    const scim = toScimRequest(request);
    expect(scim).toMatchObject({ method: 'GET', segments: ['Users', 'a b'], clientAddress: '203.0.113.9', origin: 'https://roster.example', body: null });
    expect(scim.headers.authorization).toBe('Bearer t');
    expect(scim.query.get('filter')).toBe('x');
  });

  it.each([
    [{ 'x-real-ip': '198.51.100.4' }, '198.51.100.4'],
    [{}, 'unknown'],
  ])('falls back to X-Real-IP, then "unknown" (%j)', (headers, address) => {
    expect(toScimRequest(new Request('http://h/scim/v2/Users', { headers })).clientAddress).toBe(address);
  });

  it('maps the bare base path to no segments, and keeps the body a stream', async () => {
    const scim = toScimRequest(new Request('http://h/scim/v2', { method: 'POST', body: '{"a":1}' }));
    expect(scim.segments).toEqual([]);
    const chunks: Uint8Array[] = [];
    for await (const chunk of scim.body as AsyncIterable<Uint8Array>) chunks.push(chunk);
    expect(new TextDecoder().decode(Buffer.concat(chunks))).toBe('{"a":1}');
  });
});

describe('toFetchResponse', () => {
  it('serialises the body as JSON, or sends none', async () => {
    const response = toFetchResponse({ status: 201, headers: { ETag: 'W/"1"' }, body: { id: 'x' } });
    expect([response.status, response.headers.get('etag'), await response.json()]).toEqual([201, 'W/"1"', { id: 'x' }]);
    expect(await toFetchResponse({ status: 204, headers: {}, body: null }).text()).toBe('');
  });
});
