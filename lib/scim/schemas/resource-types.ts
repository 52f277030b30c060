import { SCHEMA_URNS } from '../constants';
import type { SchemaRegistry } from './registry';

export type ResourceTypeDocument = {
  schemas: string[];
  id: string;
  name: string;
  endpoint: string;
  description: string;
  schema: string;
  schemaExtensions: { schema: string; required: boolean }[];
  meta: { resourceType: 'ResourceType'; location: string };
};

const ENDPOINTS: Record<SchemaRegistry['resourceType'], { endpoint: string; description: string }> = {
  User: { endpoint: '/Users', description: 'User Account' },
  Group: { endpoint: '/Groups', description: 'Group' },
};

/** The ResourceType documents of RFC 7643 §6 for the given registries, with `meta.location` under baseUrl. */
export function resourceTypes(registries: SchemaRegistry[], baseUrl: string): ResourceTypeDocument[] {
  const base = baseUrl.replace(/\/+$/, '');
  return registries.map((registry) => ({
    schemas: [SCHEMA_URNS.resourceType],
    id: registry.resourceType,
    name: registry.resourceType,
    endpoint: ENDPOINTS[registry.resourceType].endpoint,
    description: ENDPOINTS[registry.resourceType].description,
    schema: registry.core.id,
    schemaExtensions: registry.extensions.map((extension) => ({ schema: extension.id, required: false })),
    meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/${registry.resourceType}` },
  }));
}
