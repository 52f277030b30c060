import type { AttributeDefinition } from './attribute';
import { defineAttribute } from './define-attribute';

const readOnly = { mutability: 'readOnly', caseExact: true } as const;

/**
 * The common attributes of RFC 7643 §3.1 (id, externalId, meta). They belong to every resource but to no
 * schema document, so the registry resolves them beside the core schema without publishing them in /Schemas.
 */
export const commonAttributes: AttributeDefinition[] = [
  defineAttribute('id', 'A unique identifier for the resource, assigned by the service provider.', {
    ...readOnly,
    returned: 'always',
    uniqueness: 'server',
  }),
  defineAttribute('externalId', 'An identifier for the resource as defined by the provisioning client.', { caseExact: true }),
  defineAttribute('meta', 'Resource metadata maintained by the service provider.', {
    mutability: 'readOnly',
    subAttributes: [
      defineAttribute('resourceType', 'The name of the resource type of the resource.', readOnly),
      defineAttribute('created', 'The date and time the resource was added to the service provider.', {
        ...readOnly,
        type: 'dateTime',
      }),
      defineAttribute('lastModified', 'The most recent date and time the resource was modified.', {
        ...readOnly,
        type: 'dateTime',
      }),
      defineAttribute('location', 'The URI of the resource being returned.', {
        ...readOnly,
        type: 'reference',
        referenceTypes: ['uri'],
      }),
      defineAttribute('version', 'The version (ETag) of the resource being returned.', readOnly),
    ],
  }),
];

/** Whether an attribute is one of the common attributes above (the registry hands out these very objects). */
export function isCommonAttribute(attribute: AttributeDefinition): boolean {
  return commonAttributes.includes(attribute);
}
