import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { getConsoleSession } from '@/lib/auth/session';
import { ApiError } from './api-error';
import { json } from './respond';
import { withConsoleRoute } from './with-console-route';

vi.mock('@/lib/auth/session', () => ({ getConsoleSession: vi.fn() }));
vi.mock('@/db/client', () => ({ getDb: vi.fn(async () => ({ fake: 'db' })) }));

const OWNER: ConsoleActor = { id: 'u1', email: 'olivia@example.com', name: 'Olivia', role: 'owner' };
const MANAGER: ConsoleActor = { id: 'u2', email: 'sam@example.com', name: 'Sam', role: 'success_manager' };

const signedInAs = (actor: ConsoleActor | null) => vi.mocked(getConsoleSession).mockResolvedValue(actor);

const context = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });

function post(body: string, contentType = 'application/json'): Request {
  return new Request('http://roster.test/api/console/things/abc?limit=5', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
}

const route = withConsoleRoute(
  {
    role: 'owner',
    params: z.object({ id: z.uuid('must be a UUID') }),
    query: z.object({ limit: z.coerce.number().int().max(10) }),
    body: z.object({ name: z.string().min(1, 'Enter a name'), tags: z.array(z.string()).default([]) }),
  },
  async (input) => json({ params: input.params, query: input.query, body: input.body, actor: input.actor.email, db: input.db }),
);

const ID = '7d1f3c1e-3d6c-4a8e-9a55-0c8f2c7f6a10';

async function answer(response: Response) {
  return { status: response.status, body: await response.json() };
}

beforeEach(() => {
  signedInAs(OWNER);
});

describe('withConsoleRoute', () => {
  it('passes the validated, typed input, the actor and the database to the handler', async () => {
    const response = await answer(await route(post('{"name":"Ops"}'), context({ id: ID })));
    expect(response).toEqual({
      status: 200,
      body: { params: { id: ID }, query: { limit: 5 }, body: { name: 'Ops', tags: [] }, actor: OWNER.email, db: { fake: 'db' } },
    });
  });

  it.each([
    ['an anonymous request', null, 401, 'unauthorized'],
    ['a success manager on an owner route', MANAGER, 403, 'forbidden'],
  ])('refuses %s with JSON before reading any input', async (_, actor, status, code) => {
    signedInAs(actor);
    const response = await answer(await route(post('not even json'), context({ id: 'bad' })));
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('names the role a refused user lacks', async () => {
    signedInAs(MANAGER);
    const response = await answer(await route(post('{}'), context({ id: ID })));
    expect(response.body.error.message).toBe('This needs the Application Owner role, which your account does not have.');
  });

  it('lets through every role in a list', async () => {
    signedInAs(MANAGER);
    const shared = withConsoleRoute({ role: ['owner', 'success_manager'] }, async ({ actor }) => json({ role: actor.role }));
    expect(await answer(await shared(new Request('http://roster.test/x'), context()))).toEqual({ status: 200, body: { role: 'success_manager' } });
  });

  it.each([
    ['a bad param', post('{"name":"Ops"}'), { id: 'nope' }, { field: 'id', message: 'Must be a UUID.' }],
    ['a bad body field', post('{"name":""}'), { id: ID }, { field: 'name', message: 'Enter a name.' }],
    ['a nested bad body field', post('{"name":"Ops","tags":["a",3]}'), { id: ID }, { field: 'tags.1', message: 'The value of “tags.1” is not valid (expected string, received number).' }],
    ['a body that is not an object', post('[1]'), { id: ID }, { field: 'body', message: 'The value of “body” is not valid (expected object, received array).' }],
    ['malformed JSON', post('{"name":'), { id: ID }, { message: 'The body is not valid JSON: it ends too early.' }],
    // The parser's own message would quote the body (a password, say): only the position is reported.
    ['malformed JSON around a secret', post('{"password": hunter2}'), { id: ID }, { message: 'The body is not valid JSON: it has an unexpected character.' }],
    ['an empty body', post(''), { id: ID }, { message: 'The request body is empty: send a JSON object.' }],
    ['a body that is not declared as JSON', post('{"name":"Ops"}', 'text/plain'), { id: ID }, { message: 'Send the request body as JSON with the header Content-Type: application/json.' }],
  ])('answers 400 with a sentence and the field it concerns for %s', async (_, request, params, error) => {
    expect(await answer(await route(request, context(params)))).toEqual({ status: 400, body: { error: { code: 'bad_request', ...error } } });
  });

  it('answers 400 for a bad query parameter', async () => {
    const request = new Request(`http://roster.test/x?limit=500`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"a"}' });
    const response = await answer(await route(request, context({ id: ID })));
    expect(response).toEqual({ status: 400, body: { error: { code: 'bad_request', field: 'limit', message: expect.stringMatching(/^The value of “limit” is not valid/) } } });
  });

  it.each([
    ['an ApiError', new ApiError('not_found', 'No such token.'), 404, { code: 'not_found', message: 'No such token.' }],
    [
      'a unique violation from the database',
      Object.assign(new Error('Failed query'), { cause: { code: '23505' } }),
      409,
      { code: 'conflict', message: expect.any(String) },
    ],
    [
      'anything else, without leaking it',
      new Error('connection to 10.0.0.1 refused: select * from secrets'),
      500,
      { code: 'internal_error', message: expect.stringMatching(/^Something went wrong on the server \(error id [\w-]+\)\. Try again\.$/) },
    ],
  ])('converts %s thrown by the handler into JSON', async (_, thrown, status, error) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = withConsoleRoute({ role: 'owner' }, async () => {
      throw thrown;
    });
    const response = await answer(await failing(new Request('http://roster.test/x'), context()));
    expect(response).toEqual({ status, body: { error } });
    expect(JSON.stringify(response.body)).not.toContain('secrets');
  });
});

describe('cross-site requests to the console API', () => {
  const revoke = withConsoleRoute({ role: 'owner' }, async () => json({ revoked: true }));
  const from = (method: string, headers: Record<string, string>) =>
    revoke(new Request('http://localhost:3000/api/console/tokens/x/expire', { method, headers, body: method === 'GET' ? undefined : 'x' }), context());

  beforeEach(() => signedInAs(OWNER));

  it.each([
    ['a text/plain form post from a page on another port (same-site)', { 'sec-fetch-site': 'same-site', 'content-type': 'text/plain' }],
    ['a post from another site', { 'sec-fetch-site': 'cross-site' }],
    ['an Origin other than the console URL, without Sec-Fetch-Site', { origin: 'http://localhost:8080' }],
  ])('refuses %s with 403 before the handler runs', async (_name, headers) => {
    const response = await from('POST', headers);
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('forbidden');
  });

  it.each([
    ['same-origin fetches', 'POST', { 'sec-fetch-site': 'same-origin' }],
    ['the console URL as Origin', 'POST', { origin: 'http://localhost:3000' }],
    ['reads from anywhere (no state changes)', 'GET', { 'sec-fetch-site': 'cross-site' }],
    ['clients that are no browser (neither header)', 'POST', {}],
  ])('lets through %s', async (_name, method, headers) => {
    expect((await from(method, headers)).status).toBe(200);
  });
});
