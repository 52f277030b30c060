import { z } from 'zod';
import { BULK_MAX_OPERATIONS, SCHEMA_URNS } from '../constants';
import { ScimError, scimErrors } from '../errors/scim-error';
import { renderError } from '../errors/render-error';
import type { AuditFacts, Dispatch, OperationContext } from '../operations/operation';
import { matchRoute } from '../operations/router';
import { resolveBulkIds, type BulkIds } from './resolve-bulk-ids';

const operationSchema = z.object({
  method: z.string({ error: 'method must be a string' }),
  bulkId: z.string().min(1).optional(),
  version: z.string().optional(),
  path: z.string({ error: 'path must be a string' }).min(1),
  data: z.unknown().optional(),
});
const requestSchema = z.object({
  schemas: z.array(z.string()),
  failOnErrors: z.number().int().min(1).optional(),
  Operations: z.array(z.unknown()),
});

type BulkOperation = z.infer<typeof operationSchema>;
type Item = { index: number; raw: unknown };
type BulkOutcome = { method: string; bulkId?: string; version?: string; location?: string; status: string; response?: unknown };
type Done = { outcome: BulkOutcome; facts?: AuditFacts };

const field = (raw: unknown, name: string): unknown => (raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[name] : undefined);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue.path.join('.') || 'body'}: ${issue.message}`;
}

function parseRequest(body: unknown) {
  const parsed = requestSchema.safeParse(body);
  if (!parsed.success) throw scimErrors.invalidSyntax(`Bulk request: ${firstIssue(parsed.error)}.`);
  if (!parsed.data.schemas.some((urn) => urn.toLowerCase() === SCHEMA_URNS.bulkRequest.toLowerCase())) {
    throw scimErrors.invalidSyntax(`Bulk request: schemas must contain "${SCHEMA_URNS.bulkRequest}".`);
  }
  // RFC 7644 §3.7.4: more operations than maxOperations is 413.
  if (parsed.data.Operations.length > BULK_MAX_OPERATIONS) {
    throw scimErrors.payloadTooLarge(`A Bulk request may hold at most ${BULK_MAX_OPERATIONS} operations; this one has ${parsed.data.Operations.length}.`);
  }
  return parsed.data;
}

function parseOperation(item: Item): BulkOperation {
  const parsed = operationSchema.safeParse(item.raw);
  if (!parsed.success) throw scimErrors.invalidSyntax(`Operations[${item.index}].${firstIssue(parsed.error)}.`);
  const method = parsed.data.method.toUpperCase();
  if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
    throw scimErrors.invalidValue(`Operations[${item.index}].method must be POST, PUT, PATCH or DELETE.`);
  }
  return { ...parsed.data, method };
}

function failure(item: Item, error: ScimError): Done {
  const rendered = renderError(error);
  return { outcome: { method: String(text(field(item.raw, 'method')) ?? '').toUpperCase(), bulkId: text(field(item.raw, 'bulkId')), status: String(rendered.status), response: rendered.body } };
}

/** Runs one operation in its own savepoint, so that its failure undoes it alone. */
async function attempt(context: OperationContext, dispatch: Dispatch, item: Item, ids: BulkIds, isPending: (bulkId: string) => boolean): Promise<Done | 'wait'> {
  try {
    const resolved = resolveBulkIds(parseOperation(item), ids, isPending);
    if (resolved === 'wait') return 'wait';
    const route = matchRoute(resolved.method, resolved.path.replace(/^\/+/, '').split('/'));
    if (route.kind !== 'collection' && route.kind !== 'resource') throw scimErrors.invalidValue(`${resolved.path} cannot be used inside a Bulk request.`);
    const headers: Record<string, string> = resolved.version ? { 'if-match': resolved.version } : {};
    const call = { ...context.call, method: resolved.method, route, query: new URLSearchParams(), headers, body: resolved.data };
    const result = await context.scope.isolate((scope) => dispatch({ ...context, scope, call }));
    const body = result.response.body as { id?: string; meta?: { location?: string } } | null;
    if (resolved.bulkId && body?.id) ids.set(resolved.bulkId, body.id);
    const outcome = { method: resolved.method, bulkId: resolved.bulkId, version: result.response.headers.ETag, location: body?.meta?.location, status: String(result.response.status) };
    return { outcome, facts: result.audit };
  } catch (error) {
    if (error instanceof ScimError) return failure(item, error);
    throw error;
  }
}

/**
 * POST /Bulk (RFC 7644 §3.7): operations run in order, each in its own savepoint; `bulkId:` references in
 * paths and data resolve to ids created earlier, and an operation that refers to a later one waits for it
 * (a cycle fails). Processing stops once `failOnErrors` operations have failed.
 */
export async function runBulk(context: OperationContext, dispatch: Dispatch) {
  const request = parseRequest(context.call.body);
  const ids: BulkIds = new Map();
  const done = new Map<number, Done>();
  const unrun = new Map<string, number>();
  request.Operations.forEach((raw, index) => text(field(raw, 'bulkId')) && unrun.set(String(field(raw, 'bulkId')), index));
  let errors = 0;
  const isStopped = () => request.failOnErrors !== undefined && errors >= request.failOnErrors;

  let pending: Item[] = request.Operations.map((raw, index) => ({ index, raw }));
  while (pending.length > 0 && !isStopped()) {
    const waiting: Item[] = [];
    for (const item of pending) {
      if (isStopped()) break;
      const result = await attempt(context, dispatch, item, ids, (bulkId) => unrun.has(bulkId) && unrun.get(bulkId) !== item.index);
      if (result === 'wait') {
        waiting.push(item);
        continue;
      }
      done.set(item.index, result);
      unrun.delete(text(field(item.raw, 'bulkId')) ?? '');
      if (Number(result.outcome.status) >= 400) errors += 1;
    }
    if (waiting.length === pending.length) {
      for (const item of waiting) done.set(item.index, failure(item, scimErrors.invalidValue('This operation and the ones it refers to by bulkId wait on each other.')));
      errors += waiting.length;
      break;
    }
    pending = waiting;
  }

  const ordered = [...done.entries()].sort(([left], [right]) => left - right).map(([, entry]) => entry);
  const summary = ordered.map(({ outcome, facts }) => ({ method: outcome.method, bulkId: outcome.bulkId, status: Number(outcome.status), operation: facts?.operation, resourceId: facts?.resourceId, resourceName: facts?.resourceName }));
  return {
    response: { status: 200, headers: {}, body: { schemas: [SCHEMA_URNS.bulkResponse], Operations: ordered.map(({ outcome }) => outcome) } },
    audit: { operation: 'bulk.run' as const, detail: { received: request.Operations.length, errors, operations: summary } },
  };
}
