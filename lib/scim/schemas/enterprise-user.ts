import { SCHEMA_URNS } from '../constants';
import type { SchemaDefinition } from './attribute';
import { defineAttribute } from './define-attribute';

/** The Enterprise User extension, RFC 7643 §4.3 and §8.7.1, as data. */
export const enterpriseUserSchema: SchemaDefinition = {
  id: SCHEMA_URNS.enterpriseUser,
  name: 'EnterpriseUser',
  description: 'Enterprise User',
  attributes: [
    defineAttribute('employeeNumber', 'Numeric or alphanumeric identifier assigned to a person by the organization.'),
    defineAttribute('costCenter', 'Identifies the name of a cost center.'),
    defineAttribute('organization', 'Identifies the name of an organization.'),
    defineAttribute('division', 'Identifies the name of a division.'),
    defineAttribute('department', 'Identifies the name of a department.'),
    defineAttribute('manager', "The User's manager.", {
      subAttributes: [
        defineAttribute('value', 'The id of the SCIM resource representing the User\'s manager.'),
        defineAttribute('$ref', 'The URI of the SCIM resource representing the User\'s manager.', {
          type: 'reference',
          referenceTypes: ['User'],
        }),
        defineAttribute('displayName', "The displayName of the User's manager.", { mutability: 'readOnly' }),
      ],
    }),
  ],
};
