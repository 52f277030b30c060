import { scimErrors } from '../errors/scim-error';
import { isPlainObject } from '../patch/document-access';
import { parseListParams, type ListParams } from '../query/list-params';
import type { ScimCall } from './operation';

/** List parameters from the query string (GET) or from a SearchRequest body (POST /.search, RFC 7644 §3.4.3). */
export function listParamsOf(call: ScimCall): ListParams {
  if (call.route.kind !== 'search') return parseListParams(call.query);
  if (!isPlainObject(call.body)) throw scimErrors.invalidSyntax('A search needs a SearchRequest object as its body.');
  return parseListParams(call.body);
}
