import type { IdGenerator, ScimAuditEvent, ScimAuditOperation, ScimScope } from '../ports';
import type { Route } from './router';

/** One SCIM response as plain data; `body` is serialised as JSON (null: no body). */
export type ScimResponse = {
  status: number;
  headers: Record<string, string>;
  body: unknown;
};

/** One routed SCIM call with its body parsed: a request, or one operation of a Bulk request. */
export type ScimCall = {
  method: string;
  route: Route;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
  /** Absolute base of the SCIM API (origin + /scim/v2): resource locations are built on it. */
  baseUrl: string;
};

export type OperationContext = { call: ScimCall; scope: ScimScope; now: Date; ids: IdGenerator };

/** What an operation tells the audit log about itself. */
export type AuditFacts = Pick<ScimAuditEvent, 'operation' | 'resourceType' | 'resourceId' | 'resourceName' | 'before' | 'after' | 'detail'>;

export type OperationResult = { response: ScimResponse; audit: AuditFacts };

export type Dispatch = (context: OperationContext) => Promise<OperationResult>;

/** The operation a call was meant to be, for the audit event of a call that failed before saying so itself. */
export function intendedOperation(route: Route, method: string): ScimAuditOperation {
  switch (route.kind) {
    case 'serviceProviderConfig':
    case 'resourceTypes':
    case 'schemas':
    case 'me':
      return 'discovery.read';
    case 'bulk':
      return 'bulk.run';
    case 'search':
      return route.resource === 'Group' ? 'group.list' : 'user.list';
    case 'collection': {
      const prefix = route.resource === 'User' ? 'user' : 'group';
      return method === 'POST' ? `${prefix}.create` : `${prefix}.list`;
    }
    case 'resource': {
      const prefix = route.resource === 'User' ? 'user' : 'group';
      if (method === 'DELETE') return `${prefix}.delete`;
      if (method === 'GET' || method === 'HEAD') return `${prefix}.read`;
      return `${prefix}.update`;
    }
  }
}

/** The name a write carried (userName or displayName), to name the resource in a failure's audit event. */
export function nameFromBody(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const { userName, displayName } = body as Record<string, unknown>;
  if (typeof userName === 'string') return userName;
  return typeof displayName === 'string' ? displayName : undefined;
}
