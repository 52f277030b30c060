import { SCHEMA_URNS } from '../constants';
import type { SchemaDefinition } from './attribute';
import { defineAttribute } from './define-attribute';

const immutable = { mutability: 'immutable' } as const;

/** The core Group schema, RFC 7643 §4.2 and §8.7.1, as data. */
export const coreGroupSchema: SchemaDefinition = {
  id: SCHEMA_URNS.coreGroup,
  name: 'Group',
  description: 'Group',
  attributes: [
    // Required by §4.2; `returned: always` so a projected group still carries its name.
    defineAttribute('displayName', 'A human-readable name for the Group.', { required: true, returned: 'always' }),
    defineAttribute('members', 'A list of members of the Group.', {
      multiValued: true,
      subAttributes: [
        defineAttribute('value', 'Identifier of the member of this Group.', { caseExact: true, ...immutable }),
        defineAttribute('$ref', 'The URI corresponding to a SCIM resource that is a member of this Group.', {
          type: 'reference',
          referenceTypes: ['User', 'Group'],
          ...immutable,
        }),
        defineAttribute('display', 'A human-readable name for the member, primarily used for display purposes.', immutable),
        defineAttribute('type', 'A label indicating the type of resource, e.g., "User" or "Group".', {
          canonicalValues: ['User', 'Group'],
          ...immutable,
        }),
      ],
    }),
  ],
};
