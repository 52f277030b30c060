import type { AttributePath } from '../filter/ast';
import type { AttributeDefinition, SchemaDefinition } from './attribute';
import { commonAttributes } from './common-attributes';
import { coreGroupSchema } from './core-group';
import { coreUserSchema } from './core-user';
import { enterpriseUserSchema } from './enterprise-user';
import { createRosterUserExtension, type RosterExtensionAttribute } from './roster-user-extension';

export type { RosterExtensionAttribute };

export type ResolvedPath = {
  schemaUrn: string;
  attribute: AttributeDefinition;
  subAttribute?: AttributeDefinition;
  /** `subAttribute ?? attribute`: the definition of the value the path points at. */
  leaf: AttributeDefinition;
  /** Extension attributes are stored under `document[schemaUrn]`. */
  isExtension: boolean;
};

const subAttributesByName = new WeakMap<AttributeDefinition, Map<string, AttributeDefinition>>();

function subAttributeIndex(attribute: AttributeDefinition): Map<string, AttributeDefinition> {
  const index = new Map<string, AttributeDefinition>();
  for (const sub of attribute.subAttributes ?? []) if (!index.has(sub.name.toLowerCase())) index.set(sub.name.toLowerCase(), sub);
  return index;
}

/** Finds a sub-attribute of a complex attribute by name, case-insensitively (RFC 7643 §2.1); definitions are never changed once built. */
export function findSubAttribute(attribute: AttributeDefinition, name: string): AttributeDefinition | undefined {
  if (!attribute.subAttributes) return undefined;
  let byName = subAttributesByName.get(attribute);
  if (!byName) subAttributesByName.set(attribute, (byName = subAttributeIndex(attribute)));
  return byName.get(name.toLowerCase());
}

/**
 * The schemas of one resource type (RFC 7643 §6): its core schema, the common attributes of §3.1 and its
 * schema extensions. The only source of attribute metadata in the engine.
 */
export class SchemaRegistry {
  private readonly bySchema = new Map<string, { schema: SchemaDefinition; attributes: Map<string, AttributeDefinition> }>();

  constructor(
    readonly resourceType: 'User' | 'Group',
    readonly core: SchemaDefinition,
    readonly extensions: SchemaDefinition[],
  ) {
    for (const schema of [core, ...extensions]) {
      const attributes = new Map<string, AttributeDefinition>();
      const own = schema === core ? [...commonAttributes, ...schema.attributes] : schema.attributes;
      for (const attribute of own) attributes.set(attribute.name.toLowerCase(), attribute);
      this.bySchema.set(schema.id.toLowerCase(), { schema, attributes });
    }
  }

  /** Resolves an attribute path (RFC 7644 §3.10): names case-insensitive, URN optional for core attributes. */
  resolve(path: AttributePath): ResolvedPath | undefined {
    const entry = this.bySchema.get((path.schema ?? this.core.id).toLowerCase());
    const attribute = entry?.attributes.get(path.attribute.toLowerCase());
    if (!entry || !attribute) return undefined;

    const base = { schemaUrn: entry.schema.id, attribute, isExtension: entry.schema !== this.core };
    if (path.subAttribute === undefined) return { ...base, leaf: attribute };

    const subAttribute = findSubAttribute(attribute, path.subAttribute);
    return subAttribute ? { ...base, subAttribute, leaf: subAttribute } : undefined;
  }

  /** The schema with this URN (case-insensitive), if the resource type has it. */
  schema(urn: string): SchemaDefinition | undefined {
    return this.bySchema.get(urn.toLowerCase())?.schema;
  }

  /** The top-level attributes stored under one schema; the core schema's include the common attributes. */
  attributesOf(urn: string): AttributeDefinition[] {
    return [...(this.bySchema.get(urn.toLowerCase())?.attributes.values() ?? [])];
  }

  /** Core schema first, then the extensions (RFC 7643 §7). */
  schemas(): SchemaDefinition[] {
    return [this.core, ...this.extensions];
  }
}

/** The User resource type: core User, Enterprise User and Roster's extension of registered fields. */
export function createUserRegistry(rosterAttributes: RosterExtensionAttribute[]): SchemaRegistry {
  return new SchemaRegistry('User', coreUserSchema, [enterpriseUserSchema, createRosterUserExtension(rosterAttributes)]);
}

/** The Group resource type: core Group, no extensions. */
export function createGroupRegistry(): SchemaRegistry {
  return new SchemaRegistry('Group', coreGroupSchema, []);
}
