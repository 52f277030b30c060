import { scimErrors } from '../errors/scim-error';
import { checkIfMatch, checkIfNoneMatch, formatEtag } from '../output/etag';
import { listResponse } from '../output/list-response';
import type { ScimCall, ScimResponse } from './operation';

/** A single resource with its weak ETag (RFC 7644 §3.14) and, on 201, its Location (§3.3). */
export function resourceResponse(status: number, body: Record<string, unknown>, version: number): ScimResponse {
  const headers: Record<string, string> = { ETag: formatEtag(version) };
  const location = (body.meta as { location?: string } | undefined)?.location;
  if (status === 201 && location) headers.Location = location;
  return { status, headers, body };
}

/** If-Match (RFC 7644 §3.14, RFC 7232 §3.1): a stale version is 412 and nothing changes. */
export function requireCurrentVersion(call: ScimCall, version: number): void {
  if (!checkIfMatch(call.headers['if-match'], version)) {
    throw scimErrors.preconditionFailed(`The resource has changed: its version is now ${formatEtag(version)}; read it again and retry.`);
  }
}

/** If-None-Match on a GET (RFC 7232 §3.2): 304 without a body when the client's copy is current. */
export function isNotModified(call: ScimCall, version: number): boolean {
  return !checkIfNoneMatch(call.headers['if-none-match'], version);
}

export function notModifiedResponse(version: number): ScimResponse {
  return { status: 304, headers: { ETag: formatEtag(version) }, body: null };
}

/** A ListResponse (RFC 7644 §3.4.2) with integer totalResults, startIndex and itemsPerPage (Okta checks they are numbers). */
export function listResult(totalResults: number, startIndex: number, resources: Record<string, unknown>[]): ScimResponse {
  return { status: 200, headers: {}, body: listResponse({ totalResults, startIndex, resources }) };
}
