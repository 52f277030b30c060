import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from './http-server';

const servers: ReturnType<typeof createHttpServer>[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** A raw keep-alive connection: what a load balancer holds open to its backend between requests. */
async function connect(keepAliveSeconds: number) {
  const server = createHttpServer((_, response) => void response.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '2' }).end('ok'), { keepAliveSeconds });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now())));
  const request = async () => {
    const before = received.length;
    socket.write('GET / HTTP/1.1\r\nHost: roster.test\r\n\r\n');
    while (!received.slice(before).includes('\r\n\r\nok')) await new Promise((resolve) => setTimeout(resolve, 10));
    return received.slice(before);
  };
  return { request, closed, isOpen: () => !socket.destroyed && socket.readyState === 'open' };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Roster's HTTP server", () => {
  it('keeps an idle keep-alive connection open for the configured time, then closes it', async () => {
    const connection = await connect(1);
    expect(await connection.request()).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*Keep-Alive: timeout=1/);
    await pause(600);
    expect(connection.isOpen()).toBe(true);
    expect(await connection.request()).toMatch(/^HTTP\/1\.1 200 OK/);
    const lastAnswer = Date.now();
    const closedAt = await connection.closed;
    expect(closedAt - lastAnswer).toBeGreaterThanOrEqual(900);
    expect(closedAt - lastAnswer).toBeLessThan(5000);
  });

  it('tells the client how long it keeps a connection, past the 60 s a load balancer holds one by default', async () => {
    const connection = await connect(65);
    expect(await connection.request()).toMatch(/Keep-Alive: timeout=65/);
  });
});
