import { z } from 'zod';
import { BULK_MAX_OPERATIONS, SCHEMA_URNS } from '../constants';
import { ScimError, scimErrors } from '../errors/scim-error';
import { renderError } from '../errors/render-error';
import type { Dispatch, OperationContext, OperationResult } from '../http/operation';
import { matchRoute } from '../http/router';
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
type BulkOutcome = { method: string; bulkId?: string; version?: string; location?: string; status: string; response?: unknown };

function parseRequest(body: unknown) {
  const parsed = requestSchema.safeParse(body);
  if (!parsed.success) throw scimErrors.invalidSyntax(`Bulk request: ${parsed.error.issues[0].path.join('.') || 'body'}: ${parsed.error.issues[0].message}.`);
  if (!parsed.data.schemas.some((urn) => urn.toLowerCase() === SCHEMA_URNS.bulkRequest.toLowerCase())) {
    throw scimErrors.invalidSyntax(`Bulk request: schemas must contain "${SCHEMA_URNS.bulkRequest}".`);
  }
  // RFC 7644 §3.7.4: more operations than maxOperations is 413.
  if (parsed.data.Operations.length > BULK_MAX_OPERATIONS) {
    throw scimErrors.payloadTooLarge(`A Bulk request may hold at most ${BULK_MAX_OPERATIONS} operations; this one has ${parsed.data.Operations.length}.`);
  }
  return parsed.data;
}

function parseOperation(raw: unknown, index: number): BulkOperation {
  const parsed = operationSchema.safeParse(raw);
  if (!parsed.success) throw scimErrors.invalidSyntax(`Operations[${index}].${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}.`);
  const method = parsed.data.method.toUpperCase();
  if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
    throw scimErrors.invalidValue(`Operations[${index}].method must be POST, PUT, PATCH or DELETE.`);
  }
  return { ...parsed.data, method };
}

async function runOne(context: OperationContext, dispatch: Dispatch, operation: BulkOperation): Promise<OperationResult> {
  const segments = operation.path.replace(/^\/+/, '').split('/');
  const route = matchRoute(operation.method, segments);
  if (route.kind !== 'collection' && route.kind !== 'resource') throw scimErrors.invalidValue(`${operation.path} cannot be used inside a Bulk request.`);
  const headers: Record<string, string> = operation.version ? { 'if-match': operation.version } : {};
  const call = { ...context.call, method: operation.method, route, query: new URLSearchParams(), headers, body: operation.data };
  return context.scope.isolate((scope) => dispatch({ ...context, scope, call }));
}

/**
 * POST /Bulk (RFC 7644 §3.7): operations run in order, each in its own savepoint so that a failed one is undone
 * alone; `bulkId:` references in paths and data resolve to the ids created earlier (an operation waiting for a
 * later one is retried after it); processing stops once `failOnErrors` operations have failed.
 */
export async function runBulk(context: OperationContext, dispatch: Dispatch): Promise<OperationResult> {
  const request = parseRequest(context.call.body);
  const pending = request.Operations.map((raw, index) => ({ index, raw }));
  const outcomes: (BulkOutcome | undefined)[] = [];
  const summary: Record<string, unknown>[] = [];
  const bulkIds: BulkIds = new Map();
  let errors = 0;

  const record = (index: number, outcome: BulkOutcome, facts?: OperationResult['audit']) => {
    outcomes[index] = outcome;
    summary[index] = { method: outcome.method, bulkId: outcome.bulkId, status: Number(outcome.status), ...(facts ? { operation: facts.operation, resourceId: facts.resourceId, resourceName: facts.resourceName } : {}) };
  };

  while (pending.length > 0 && !(request.failOnErrors !== undefined && errors >= request.failOnErrors)) {
    const progressBefore = pending.length;
    for (let position = 0; position < pending.length; ) {
      if (request.failOnErrors !== undefined && errors >= request.failOnErrors) break;
      const { index, raw } = pending[position];
      const method = typeof (raw as { method?: unknown })?.method === 'string' ? String((raw as { method: string }).method).toUpperCase() : 'POST';
      const bulkId = (raw as { bulkId?: unknown })?.bulkId;
      try {
        const parsed = parseOperation(raw, index);
        const isPending = (wanted: string) => pending.some((other) => other.index !== index && (other.raw as { bulkId?: unknown })?.bulkId === wanted);
        const resolved = resolveBulkIds(parsed, bulkIds, isPending);
        if (resolved === 'wait') {
          position += 1;
          continue;
        }
        const result = await runOne(context, dispatch, resolved);
        const body = result.response.body as { id?: string; meta?: { location?: string } } | null;
        if (parsed.bulkId && body?.id) bulkIds.set(parsed.bulkId, body.id);
        record(index, { method, bulkId: parsed.bulkId, version: result.response.headers.ETag, location: body?.meta?.location, status: String(result.response.status) }, result.audit);
      } catch (error) {
        if (!(error instanceof ScimError)) throw error;
        errors += 1;
        const rendered = renderError(error);
        record(index, { method, bulkId: typeof bulkId === 'string' ? bulkId : undefined, status: String(rendered.status), response: rendered.body });
      }
      pending.splice(position, 1);
    }
    if (pending.length === progressBefore) {
      for (const { index, raw } of pending.splice(0)) {
        errors += 1;
        const error = scimErrors.invalidValue('This operation refers to a bulkId that no operation of the request created.');
        record(index, { method: String((raw as { method?: unknown })?.method ?? '').toUpperCase(), bulkId: (raw as { bulkId?: string }).bulkId, status: '400', response: renderError(error).body });
      }
    }
  }

  const done = outcomes.filter((outcome): outcome is BulkOutcome => outcome !== undefined);
  return {
    response: { status: 200, headers: {}, body: { schemas: [SCHEMA_URNS.bulkResponse], Operations: done } },
    audit: { operation: 'bulk.run', detail: { operations: summary.filter(Boolean), errors, received: request.Operations.length } },
  };
}
