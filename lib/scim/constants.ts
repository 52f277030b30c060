/** Schema and message URNs of RFC 7643 §8.7 and RFC 7644 §3, plus Roster's own User extension. */
export const SCHEMA_URNS = {
  coreUser: 'urn:ietf:params:scim:schemas:core:2.0:User',
  enterpriseUser: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  coreGroup: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  rosterUser: 'urn:roster:params:scim:schemas:extension:roster:2.0:User',
  listResponse: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patchOp: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  bulkRequest: 'urn:ietf:params:scim:api:messages:2.0:BulkRequest',
  bulkResponse: 'urn:ietf:params:scim:api:messages:2.0:BulkResponse',
  searchRequest: 'urn:ietf:params:scim:api:messages:2.0:SearchRequest',
  serviceProviderConfig: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
  resourceType: 'urn:ietf:params:scim:schemas:core:2.0:ResourceType',
  schema: 'urn:ietf:params:scim:schemas:core:2.0:Schema',
} as const;

/** RFC 7644 §3.1 media type; `application/json` is accepted as well. */
export const SCIM_MEDIA_TYPE = 'application/scim+json';

/** Server maximum for `count`, advertised as `filter.maxResults` (RFC 7644 §3.4.2.4). */
export const MAX_PAGE_SIZE = 200;
/** `count` when the client sends none (RFC 7644 §3.4.2.4 leaves the default to the service provider). */
export const DEFAULT_PAGE_SIZE = 100;

/** 1 MiB, advertised as `bulk.maxPayloadSize` and enforced on every request body. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Advertised as `bulk.maxOperations` (RFC 7644 §3.7.4). */
export const BULK_MAX_OPERATIONS = 1000;
/** Deeper request bodies are refused before they reach the engine (RFC 7644 §3.12 invalidSyntax). */
export const MAX_JSON_DEPTH = 32;
