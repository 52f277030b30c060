import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

describe('proxy.ts', () => {
  it('answers a method Next cannot route on /scim/v2 with the engine’s 405 and Allow, never a 500', async () => {
    const response = proxy(new NextRequest('http://roster.test/scim/v2/Users', { method: 'PROPFIND' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expect(await response.json()).toMatchObject({ status: '405' });
  });

  it.each(['/login', '/api/console/me', '/scim/v2/Users'])('adds the security headers to %s', (path) => {
    const headers = proxy(new NextRequest(`http://roster.test${path}`)).headers;
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
  });
});
