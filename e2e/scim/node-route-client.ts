import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { scimDeps } from '@/lib/provisioning/scim-deps';
import { createRequestListener } from '@/lib/server/request-listener';
import { createServerMetrics } from '@/lib/server/server-metrics';

export type NodeReply = { status: number; headers: Headers; text: string };

let listening: Promise<number> | undefined;

/**
 * Roster's own request listener (lib/server) on an ephemeral port of a real node:http server, with the engine's
 * ports from `scimDeps()` (the test file's mocked database). Next.js is not there: only `/scim/v2` is served.
 */
function serverPort(): Promise<number> {
  listening ??= new Promise((resolve) => {
    const listener = createRequestListener({
      next: async (_request, response) => void response.writeHead(404).end(),
      scimDeps: () => scimDeps(),
      readiness: async () => undefined,
      metrics: createServerMetrics(() => undefined),
      // The suite's X-Forwarded-For ends in the client's address, as behind one proxy: the fetch path reads it the same way.
      trustedProxyHops: 1,
    });
    const server = http.createServer(listener);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    server.unref();
  });
  return listening;
}

function bodyStream(body: BodyInit | undefined): Readable | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (body instanceof ReadableStream) return Readable.fromWeb(body as import('node:stream/web').ReadableStream);
  throw new Error('the node client sends strings, bytes or streams');
}

/** Sends one request over HTTP/1.1 to the listener, with the Host header the test names (resource locations use it). */
export async function sendOverNodeHttp(method: string, url: URL, headers: Record<string, string>, body: BodyInit | undefined): Promise<NodeReply> {
  const port = await serverPort();
  const payload = bodyStream(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method, path: `${url.pathname}${url.search}`, headers: { ...headers, host: url.host }, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const replyHeaders = new Headers();
          for (let index = 0; index < response.rawHeaders.length; index += 2) replyHeaders.append(response.rawHeaders[index], response.rawHeaders[index + 1]);
          resolve({ status: response.statusCode ?? 0, headers: replyHeaders, text: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    // A server that answers 413 and closes while the upload still runs ends the upload early; the answer counts.
    request.on('error', reject);
    if (payload instanceof Readable) {
      payload.on('error', reject);
      payload.pipe(request);
    } else request.end(payload);
  });
}
