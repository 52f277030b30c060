import { presentGroup as presentGroupResource } from '../output/present-group';
import { presentResource } from '../output/present-resource';
import { isAttributeReturned, projectResource, type ProjectionOptions } from '../output/project';
import type { StoredGroup, StoredUser } from '../ports';
import type { SchemaRegistry } from '../schemas/registry';
import type { ScimCall } from './operation';

export type Projection = ProjectionOptions;

const list = (value: string | null) => {
  const names = value?.split(',').map((item) => item.trim()).filter(Boolean);
  return names && names.length > 0 ? names : undefined;
};

/** `attributes` / `excludedAttributes` of a single-resource request (RFC 7644 §3.9); lists take them from their params. */
export function projectionOf(call: ScimCall): Projection {
  return { attributes: list(call.query.get('attributes')), excludedAttributes: list(call.query.get('excludedAttributes')) };
}

export function hasProjection(projection: Projection): boolean {
  return (projection.attributes?.length ?? 0) > 0 || (projection.excludedAttributes?.length ?? 0) > 0;
}

/** Whether a group's members will be returned, so that the store loads them only then. */
export function returnsMembers(registry: SchemaRegistry, projection: Projection): boolean {
  return isAttributeReturned('members', registry, projection);
}

/** A stored user as the client reads it: document, `groups` from the membership table, id and meta, projected. */
export function presentUser(user: StoredUser, registry: SchemaRegistry, baseUrl: string, projection: Projection): Record<string, unknown> {
  const document = user.groups.length > 0 ? { ...user.document, groups: user.groups } : user.document;
  const resource = presentResource({ registry, baseUrl, id: user.id, document, version: user.version, created: user.created, lastModified: user.lastModified });
  return projectResource(resource, registry, projection);
}

/** A stored group as the client reads it, `members` from the membership table when they were loaded. */
export function presentGroup(group: StoredGroup, registry: SchemaRegistry, baseUrl: string, projection: Projection): Record<string, unknown> {
  const resource = presentGroupResource({
    registry,
    baseUrl,
    id: group.id,
    document: group.document,
    members: group.members,
    version: group.version,
    created: group.created,
    lastModified: group.lastModified,
  });
  return projectResource(resource, registry, projection);
}
