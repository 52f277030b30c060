import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, clientAddressOf, resolveClientAddress, stampClientAddress } from './client-address';

describe('the client address from the socket and X-Forwarded-For', () => {
  it.each([
    ['no proxy: the socket, whatever the client wrote', '6.6.6.6, 203.0.113.5', 0, '10.1.1.1'],
    ['one proxy: the entry it appended, not the client-written ones', '6.6.6.6, 203.0.113.5', 1, '203.0.113.5'],
    ['two proxies: the right-most entry neither of them wrote', '6.6.6.6, 203.0.113.5, 10.0.0.2', 2, '203.0.113.5'],
    ['fewer entries than proxies: the left-most', '203.0.113.5', 3, '203.0.113.5'],
    ['an entry that is no address', 'evil<script>', 1, 'unknown'],
  ])('%s', (_name, forwardedFor, trustedHops, expected) => {
    expect(resolveClientAddress({ socketAddress: '10.1.1.1', forwardedFor, trustedHops })).toBe(expected);
  });

  it('drops the IPv4-mapped IPv6 prefix', () => {
    expect(resolveClientAddress({ socketAddress: '::ffff:127.0.0.1', forwardedFor: undefined, trustedHops: 0 })).toBe('127.0.0.1');
  });

  it('reads the right-most X-Forwarded-For entry under a bare `next start` (Next appends the peer only when none was sent)', () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.5' });
    expect(clientAddressOf(headers, 0)).toBe('203.0.113.5');
    expect(clientAddressOf(headers, 1)).toBe('203.0.113.5');
    expect(clientAddressOf(headers, 2)).toBe('6.6.6.6');
    expect(clientAddressOf(new Headers(), 0)).toBe('unknown');
  });
});

describe('behind Roster’s own server', () => {
  let server: http.Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve));
    delete process.env.ROSTER_STAMPS_CLIENT_ADDRESS;
  });

  it('overwrites a forged x-roster-client-address with the socket address, and Next-side readers take the stamp', async () => {
    let seen: string | undefined;
    server = http.createServer((request, response) => {
      stampClientAddress(request, 0);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
      seen = clientAddressOf(headers, 0);
      response.end();
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/`, { headers: { [CLIENT_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '7.7.7.7' } });
    expect(seen).toBe('127.0.0.1');
  });
});
