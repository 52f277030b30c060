import type { AttributeDefinition } from './attribute';

type AttributeOptions = Partial<Omit<AttributeDefinition, 'name' | 'description'>>;

/**
 * One attribute definition with the RFC 7643 §7 defaults filled in (string, single-valued, optional,
 * caseExact false, readWrite, returned default, uniqueness none), so the schema files list only what differs.
 */
export function defineAttribute(name: string, description: string, options: AttributeOptions = {}): AttributeDefinition {
  const type = options.subAttributes ? 'complex' : (options.type ?? 'string');
  return {
    name,
    type,
    multiValued: false,
    description,
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...options,
  };
}

/**
 * The sub-attributes RFC 7643 §2.4 gives multi-valued attributes (value, display, type, primary), with the
 * `value` type and the `type` canonical values of each attribute.
 */
export function multiValuedSubAttributes(
  label: string,
  canonicalTypes: string[] | undefined,
  value: AttributeOptions = {},
): AttributeDefinition[] {
  return [
    defineAttribute('value', `The value of the ${label}.`, value),
    defineAttribute('display', `A human-readable name for the ${label}, primarily used for display purposes.`),
    defineAttribute('type', `A label indicating the ${label}'s function.`, canonicalTypes ? { canonicalValues: canonicalTypes } : {}),
    defineAttribute('primary', `Whether this is the primary ${label}; at most one value may be primary.`, { type: 'boolean' }),
  ];
}

/** A multi-valued complex attribute with the §2.4 sub-attributes. */
export function defineMultiValued(
  name: string,
  description: string,
  canonicalTypes: string[] | undefined,
  value: AttributeOptions = {},
): AttributeDefinition {
  return defineAttribute(name, description, {
    multiValued: true,
    subAttributes: multiValuedSubAttributes(name, canonicalTypes, value),
  });
}
