/**
 * The SCIM engine's only public entry (STYLE §6.1): code outside lib/scim imports from here, never from a
 * deep path. Pure TypeScript: no Next.js, no database, no environment.
 */
export * from './constants';
export * from './errors/scim-error';
export * from './errors/render-error';

export * from './schemas/attribute';
export * from './schemas/define-attribute';
export * from './schemas/core-user';
export * from './schemas/enterprise-user';
export * from './schemas/core-group';
export * from './schemas/roster-user-extension';
export * from './schemas/registry';
export * from './schemas/registry-memo';
export * from './schemas/resource-types';
export * from './schemas/schemas-documents';
export * from './schemas/service-provider-config';

export * from './paths/attribute-path';
export * from './paths/patch-path';
export * from './filter';

export * from './patch/parse-patch-request';
export * from './patch/apply-patch';
export * from './patch/members-delta';
export * from './patch/read-path';
export * from './patch/detect-idp-dialect';

export * from './resources/validate-resource';
export * from './resources/users/validate-user';
export * from './resources/groups/validate-group';

export * from './output/etag';
export * from './output/meta';
export * from './output/present-resource';
export * from './output/present-group';
export * from './output/project';
export * from './output/list-response';
export * from './query/list-params';

export * from './ports';
export * from './http/types';
export type { ScimResponse } from './operations/operation';
export { matchRoute, type Route, type ResourceKind } from './operations/router';
export { handleScimRequest } from './http/handle-scim-request';
export { streamChunks, toFetchResponse, toScimRequest } from './http/fetch-adapter';
export { readLimitedBytes } from './http/read-limited-bytes';
export { describeJsonSyntaxError } from './http/describe-json-error';
export { refuseUnservedMethod, sendScimResponse, toScimRequestFromNode } from './http/node-adapter';
