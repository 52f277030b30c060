import { describe, expect, it } from 'vitest';
import { toFetchResponse, toScimRequest } from './fetch-adapter';

describe('toScimRequest', () => {
  it('takes segments below /scim/v2, lower-cased headers, the given client address and the called origin', () => {
    const request = new Request('http://localhost:3000/scim/v2/Users/a%20b?filter=x', {
      headers: { 'X-Forwarded-For': '203.0.113.9, 10.0.0.1', Host: 'roster.example', 'X-Forwarded-Proto': 'https', Authorization: 'Bearer t' },
    });
    const scim = toScimRequest(request, '198.51.100.4');
    expect(scim).toMatchObject({ method: 'GET', segments: ['Users', 'a b'], clientAddress: '198.51.100.4', origin: 'https://roster.example', body: null });
    expect(scim.headers.authorization).toBe('Bearer t');
    expect(scim.query.get('filter')).toBe('x');
  });

  it('never takes the address from the forwarding headers itself', () => {
    const headers = { 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.10' };
    expect(toScimRequest(new Request('http://h/scim/v2/Users', { headers }), 'unknown').clientAddress).toBe('unknown');
  });

  it('maps the bare base path to no segments, and keeps the body a stream', async () => {
    const scim = toScimRequest(new Request('http://h/scim/v2', { method: 'POST', body: '{"a":1}' }), 'unknown');
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
