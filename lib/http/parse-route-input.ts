import type { z } from 'zod';
import { describeJsonSyntaxError } from '@/lib/scim';
import { ApiError } from './api-error';
import { describeZodError, zodErrorField } from '@/lib/errors/describe-zod-error';
import { readRequestText } from './read-request-body';

export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type InputSchemas = { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType };

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteInput<S extends InputSchemas> = {
  params: Parsed<S['params']>;
  query: Parsed<S['query']>;
  body: Parsed<S['body']>;
};

const BODY_LIMIT_BYTES = 1024 * 1024;

function validate<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw ApiError.about(zodErrorField(result.error, where), 'bad_request', describeZodError(result.error, where));
  return result.data;
}

/** Query parameters as an object; a repeated name becomes an array. */
function queryObject(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const existing = query[name];
    query[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}

async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError('bad_request', 'Send the request body as JSON with the header Content-Type: application/json.');
  }
  const text = await readRequestText(request, BODY_LIMIT_BYTES);
  if (text.trim() === '') throw new ApiError('bad_request', 'The request body is empty: send a JSON object.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError('bad_request', describeJsonSyntaxError(error));
  }
}

/** Reads and validates a route's params, query and JSON body with the given schemas; a failure names the field. */
export async function parseRouteInput<S extends InputSchemas>(
  request: Request,
  context: RouteContext | undefined,
  schemas: S,
): Promise<RouteInput<S>> {
  const params = schemas.params ? validate(schemas.params, (await context?.params) ?? {}, 'params') : undefined;
  const query = schemas.query ? validate(schemas.query, queryObject(new URL(request.url)), 'query') : undefined;
  const body = schemas.body ? validate(schemas.body, await readJsonBody(request), 'body') : undefined;
  return { params, query, body } as RouteInput<S>;
}
