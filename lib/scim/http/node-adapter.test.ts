import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from '../constants';
import { renderError } from '../errors/render-error';
import type { ScimResponse } from '../operations/operation';
import { refuseUnservedMethod, sendScimResponse, toScimRequestFromNode } from './node-adapter';
import { readJsonBody } from './read-body';

/** Echoes what the adapter made of the request; a POST's body goes through the engine's own reader. */
async function echo(request: http.IncomingMessage): Promise<ScimResponse> {
  const refusal = refuseUnservedMethod(request.method);
  if (refusal) return refusal;
  const scim = toScimRequestFromNode(request, '10.0.0.7');
  try {
    const body = scim.method === 'POST' ? await readJsonBody(scim) : undefined;
    if (scim.segments[0] === 'NoContent') return { status: 204, headers: {}, body: null };
    const query = [...new Set(scim.query.keys())].map((name) => [name, scim.query.getAll(name)]);
    return { status: 200, headers: { 'X-Echo': 'yes' }, body: { ...scim, query, body, hasBody: scim.body !== null } };
  } catch (error) {
    return renderError(error);
  }
}

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((request, response) => void echo(request).then((scim) => sendScimResponse(request, response, scim)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Reply = { status: number; headers: http.IncomingHttpHeaders; text: string };

function send(method: string, path: string, headers: Record<string, string | number> = {}, write?: (request: http.ClientRequest) => void): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    if (write) write(request);
    else request.end();
  });
}

/** Writes a raw HTTP/1.1 request and reads until the server closes the connection. */
function sendRaw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

describe('toScimRequestFromNode', () => {
  it('decodes the segments below /scim/v2 and parses the query, repeated names included', async () => {
    const reply = await send('GET', '/scim/v2/Users/a%20b?filter=userName%20eq%20%22x%2By%22&count=5&x=1&x=2');
    const body = JSON.parse(reply.text);
    expect(body).toMatchObject({ method: 'GET', segments: ['Users', 'a b'], clientAddress: '10.0.0.7', hasBody: false });
    expect(body.query).toEqual([
      ['filter', ['userName eq "x+y"']],
      ['count', ['5']],
      ['x', ['1', '2']],
    ]);
  });

  it('maps the bare base path to no segments, and keeps a malformed escape as sent', async () => {
    expect(JSON.parse((await send('GET', '/scim/v2')).text).segments).toEqual([]);
    expect(JSON.parse((await send('GET', '/scim/v2/Users/%E0%A4%A')).text).segments).toEqual(['Users', '%E0%A4%A']);
  });

  it('takes the path and query of an absolute-form target', async () => {
    const body = JSON.parse(await sendRaw('GET http://elsewhere.example/scim/v2/Groups?count=1 HTTP/1.1\r\nHost: roster.example\r\nConnection: close\r\n\r\n').then((raw) => raw.slice(raw.indexOf('\r\n\r\n') + 4)));
    expect(body).toMatchObject({ segments: ['Groups'], query: [['count', ['1']]] });
  });

  it('lower-cases header names and joins repeated headers', async () => {
    const reply = await sendRaw('GET /scim/v2/Users HTTP/1.1\r\nHost: roster.example\r\nAuthorization: Bearer t\r\nX-Custom: a\r\nX-Custom: b\r\nConnection: close\r\n\r\n');
    const body = JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4));
    expect(body.headers).toMatchObject({ authorization: 'Bearer t', 'x-custom': 'a, b', host: 'roster.example' });
  });

  it.each([
    [{ host: 'roster.example:8443' }, 'http://roster.example:8443'],
    [{ host: 'internal:3000', 'x-forwarded-host': 'roster.example', 'x-forwarded-proto': 'https' }, 'https://roster.example'],
    [{ host: 'bad host/evil' }, `http://127.0.0.1:PORT`],
  ])('builds the origin from the forwarded or Host header, ignoring a malformed one (%j)', async (headers, origin) => {
    const body = JSON.parse((await send('GET', '/scim/v2/Users', headers)).text);
    expect(body.origin).toBe(origin.replace('PORT', String(port)));
  });
});

describe('request bodies', () => {
  const json = { 'content-type': 'application/scim+json' };

  it('reads a body sent with Content-Length and one sent in chunks', async () => {
    const sized = await send('POST', '/scim/v2/Users', { ...json, 'content-length': 7 }, (request) => request.end('{"a":1}'));
    expect([sized.status, JSON.parse(sized.text).body]).toEqual([200, { a: 1 }]);
    const chunked = await send('POST', '/scim/v2/Users', json, (request) => {
      request.write('{"userName":');
      request.end('"ada"}');
    });
    expect([chunked.status, JSON.parse(chunked.text).body]).toEqual([200, { userName: 'ada' }]);
  });

  it('refuses a body streamed past the limit with 413, delivered before the connection closes', async () => {
    const reply = await send('POST', '/scim/v2/Users', json, (request) => {
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent <= BODY_LIMIT_BYTES) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
        request.end();
      };
      request.on('error', () => undefined);
      pump();
    });
    expect(reply.status).toBe(413);
    expect(reply.headers.connection).toBe('close');
    expect(JSON.parse(reply.text)).toMatchObject({ status: '413', schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'] });
  });

  it('refuses a declared Content-Length over the limit with 413 without reading the body', async () => {
    const reply = await sendRaw(`POST /scim/v2/Users HTTP/1.1\r\nHost: h\r\nContent-Type: application/scim+json\r\nContent-Length: ${BODY_LIMIT_BYTES + 1}\r\n\r\n{`);
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply).toMatch(/\r\nConnection: close\r\n/i);
  });
});

describe('sendScimResponse', () => {
  it('sends JSON with its byte length and the engine headers', async () => {
    const reply = await send('GET', '/scim/v2/Users/%C3%A9t%C3%A9');
    expect(reply.headers['x-echo']).toBe('yes');
    expect(JSON.parse(reply.text).segments).toEqual(['Users', 'été']);
    expect(Number(reply.headers['content-length'])).toBe(Buffer.byteLength(reply.text));
  });

  it('sends no body for a 204, and keeps the connection open when the request was read whole', async () => {
    const reply = await send('GET', '/scim/v2/NoContent', { connection: 'keep-alive' });
    expect([reply.status, reply.text, reply.headers['content-length']]).toEqual([204, '', undefined]);
    expect(reply.headers.connection).toBe('keep-alive');
  });
});

describe('methods', () => {
  it.each(['TRACE', 'CONNECT', 'PROPFIND', 'TRACK'])('refuses %s with a SCIM 405 and Allow', (method) => {
    const refusal = refuseUnservedMethod(method);
    expect(refusal).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD, POST, PUT, PATCH, DELETE' }, body: { status: '405' } });
  });

  it.each(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'get'])('hands %s to the engine', (method) => {
    expect(refuseUnservedMethod(method)).toBeUndefined();
  });

  it('answers TRACE over HTTP with 405 and Allow', async () => {
    const reply = await send('TRACE', '/scim/v2/Users');
    expect([reply.status, reply.headers.allow]).toEqual([405, 'GET, HEAD, POST, PUT, PATCH, DELETE']);
  });
});
