import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, MAX_JSON_DEPTH } from '../constants';
import { ScimError } from '../errors/scim-error';
import { readJsonBody } from './read-body';
import type { ScimRequest } from './types';

const encoder = new TextEncoder();

function request(body: ScimRequest['body'], headers: Record<string, string> = { 'content-type': 'application/scim+json' }): ScimRequest {
  return { method: 'POST', segments: ['Users'], query: new URLSearchParams(), headers, body, origin: 'http://x', clientAddress: '1.2.3.4' };
}

async function* chunks(total: number, size = 64 * 1024): AsyncIterable<Uint8Array> {
  for (let sent = 0; sent < total; sent += size) yield new Uint8Array(Math.min(size, total - sent)).fill(0x20);
}

async function failure(promise: Promise<unknown>): Promise<ScimError> {
  try {
    await promise;
  } catch (error) {
    return error as ScimError;
  }
  throw new Error('expected a failure');
}

describe('readJsonBody', () => {
  it.each(['application/scim+json', 'application/json', 'application/scim+json; charset=utf-8', 'Application/JSON;charset="UTF-8"'])(
    'accepts %s',
    async (contentType) => {
      await expect(readJsonBody(request(encoder.encode('{"a":1}'), { 'content-type': contentType }))).resolves.toEqual({ a: 1 });
    },
  );

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'])('refuses %s with 415', async (contentType) => {
    const error = await failure(readJsonBody(request(encoder.encode('{}'), { 'content-type': contentType })));
    expect(error.status).toBe(415);
  });

  it('refuses a body without a Content-Type with 415, and an empty one with 400', async () => {
    expect((await failure(readJsonBody(request(encoder.encode('{}'), {})))).status).toBe(415);
    expect((await failure(readJsonBody(request(null)))).scimType).toBe('invalidSyntax');
  });

  it('counts streamed bytes and refuses past the limit with 413', async () => {
    expect((await failure(readJsonBody(request(chunks(BODY_LIMIT_BYTES + 1))))).status).toBe(413);
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const headers = { 'content-type': 'application/json', 'content-length': String(BODY_LIMIT_BYTES + 1) };
    expect((await failure(readJsonBody(request(encoder.encode('{}'), headers)))).status).toBe(413);
  });

  it.each([
    ['malformed JSON', '{"userName": '],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d])],
    ['deep nesting', '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)],
  ])('refuses %s with 400 invalidSyntax', async (_, body) => {
    const bytes = typeof body === 'string' ? encoder.encode(body) : body;
    const error = await failure(readJsonBody(request(bytes)));
    expect([error.status, error.scimType]).toEqual([400, 'invalidSyntax']);
  });

  it('ignores brackets inside strings when measuring depth', async () => {
    const text = JSON.stringify({ displayName: '['.repeat(100) + '\\"' });
    await expect(readJsonBody(request(encoder.encode(text)))).resolves.toEqual(JSON.parse(text));
  });
});
