import { SCHEMA_URNS } from '../constants';
import type { AttributeDefinition } from './attribute';
import type { SchemaRegistry } from './registry';

export type SchemaDocument = {
  schemas: string[];
  id: string;
  name: string;
  description: string;
  attributes: AttributeDefinition[];
  meta: { resourceType: 'Schema'; location: string };
};

/** The /Schemas documents of RFC 7643 §7 and §8.7.1 for every schema of the registries, each once. */
export function schemasDocuments(registries: SchemaRegistry[], baseUrl: string): SchemaDocument[] {
  const base = baseUrl.replace(/\/+$/, '');
  const seen = new Set<string>();
  const documents: SchemaDocument[] = [];
  for (const schema of registries.flatMap((registry) => registry.schemas())) {
    if (seen.has(schema.id)) continue;
    seen.add(schema.id);
    documents.push({
      schemas: [SCHEMA_URNS.schema],
      id: schema.id,
      name: schema.name,
      description: schema.description,
      attributes: schema.attributes,
      meta: { resourceType: 'Schema', location: `${base}/Schemas/${schema.id}` },
    });
  }
  return documents;
}
