import type { SchemaRegistry } from '../schemas/registry';
import { buildMeta } from './meta';

/** A resource as the store holds it: the SCIM document (without id and meta) and its bookkeeping. */
export type PresentInput = {
  registry: SchemaRegistry;
  /** The SCIM base URL as the client addressed it, e.g. `https://app.example.com/scim/v2`. */
  baseUrl: string;
  id: string;
  document: Record<string, unknown>;
  version: string | number;
  created: Date | string;
  lastModified: Date | string;
};

/**
 * The outgoing representation of a stored resource (RFC 7643 §3): `schemas`, `id`, the document's attributes
 * exactly as stored (values come back in the form the IdP sent them, IDP-QUIRKS #15), then `meta`
 * (resourceType, created, lastModified, location, weak ETag version). Project it afterwards.
 */
export function presentResource(input: PresentInput): Record<string, unknown> {
  const { schemas, ...attributes } = input.document;
  // id and meta belong to the service provider; a stored copy never overrides them.
  delete attributes.id;
  delete attributes.meta;
  const { resourceType } = input.registry;
  return {
    schemas: Array.isArray(schemas) ? schemas : [input.registry.core.id],
    id: input.id,
    ...attributes,
    meta: buildMeta({ resourceType, id: input.id, created: input.created, lastModified: input.lastModified, version: input.version, baseUrl: input.baseUrl }),
  };
}
