import { SCHEMA_URNS } from '../constants';
import type { SchemaDefinition } from './attribute';
import { defineAttribute, defineMultiValued } from './define-attribute';

const readOnly = { mutability: 'readOnly' } as const;

const name = defineAttribute('name', "The components of the user's real name.", {
  subAttributes: [
    defineAttribute('formatted', 'The full name, including all middle names, titles, and suffixes as appropriate.'),
    defineAttribute('familyName', 'The family name of the User, or last name in most Western languages.'),
    defineAttribute('givenName', 'The given name of the User, or first name in most Western languages.'),
    defineAttribute('middleName', 'The middle name(s) of the User.'),
    defineAttribute('honorificPrefix', 'The honorific prefix(es) of the User, or title in most Western languages.'),
    defineAttribute('honorificSuffix', 'The honorific suffix(es) of the User, or suffix in most Western languages.'),
  ],
});

const addresses = defineAttribute('addresses', 'A physical mailing address for this User.', {
  multiValued: true,
  subAttributes: [
    defineAttribute('formatted', 'The full mailing address, formatted for display or use with a mailing label.'),
    defineAttribute('streetAddress', 'The full street address component.'),
    defineAttribute('locality', 'The city or locality component.'),
    defineAttribute('region', 'The state or region component.'),
    defineAttribute('postalCode', 'The zip code or postal code component.'),
    defineAttribute('country', 'The country name component.'),
    defineAttribute('type', "A label indicating the address's function.", { canonicalValues: ['work', 'home', 'other'] }),
    defineAttribute('primary', 'Whether this is the primary address; at most one value may be primary.', { type: 'boolean' }),
  ],
});

const groups = defineAttribute('groups', "A list of groups to which the user belongs, maintained by the service provider.", {
  multiValued: true,
  ...readOnly,
  subAttributes: [
    defineAttribute('value', 'The identifier of the User\'s group.', readOnly),
    defineAttribute('$ref', 'The URI of the corresponding Group resource.', {
      type: 'reference',
      referenceTypes: ['User', 'Group'],
      ...readOnly,
    }),
    defineAttribute('display', 'A human-readable name, primarily used for display purposes.', readOnly),
    defineAttribute('type', "A label indicating the attribute's function.", { canonicalValues: ['direct', 'indirect'], ...readOnly }),
  ],
});

/** The core User schema, RFC 7643 §4.1 and §8.7.1, as data. */
export const coreUserSchema: SchemaDefinition = {
  id: SCHEMA_URNS.coreUser,
  name: 'User',
  description: 'User Account',
  attributes: [
    // `returned: always` (RFC says default) so that `attributes=id` still identifies the user to the client.
    defineAttribute('userName', 'Unique identifier for the User, typically used by the user to directly authenticate.', {
      required: true,
      uniqueness: 'server',
      returned: 'always',
    }),
    name,
    defineAttribute('displayName', 'The name of the User, suitable for display to end-users.'),
    defineAttribute('nickName', 'The casual way to address the user in real life.'),
    defineAttribute('profileUrl', "A fully qualified URL pointing to a page representing the User's online profile.", {
      type: 'reference',
      referenceTypes: ['external'],
    }),
    defineAttribute('title', "The user's title, such as \"Vice President\"."),
    defineAttribute('userType', 'Used to identify the relationship between the organization and the user.'),
    defineAttribute('preferredLanguage', "Indicates the User's preferred written or spoken language."),
    defineAttribute('locale', "Used to indicate the User's default location for purposes of localizing items."),
    defineAttribute('timezone', "The User's time zone in the 'Olson' time zone database format."),
    defineAttribute('active', "A Boolean value indicating the User's administrative status.", { type: 'boolean' }),
    defineAttribute('password', "The User's cleartext password; never returned.", { mutability: 'writeOnly', returned: 'never' }),
    defineMultiValued('emails', 'Email addresses for the user.', ['work', 'home', 'other']),
    defineMultiValued('phoneNumbers', 'Phone numbers for the User.', ['work', 'home', 'mobile', 'fax', 'pager', 'other']),
    defineMultiValued('ims', 'Instant messaging addresses for the User.', [
      'aim', 'gtalk', 'icq', 'xmpp', 'msn', 'skype', 'qq', 'yahoo',
    ]),
    defineMultiValued('photos', 'URLs of photos of the User.', ['photo', 'thumbnail'], {
      type: 'reference',
      referenceTypes: ['external'],
    }),
    addresses,
    groups,
    defineMultiValued('entitlements', 'A list of entitlements for the User that represent a thing the User has.', undefined),
    defineMultiValued('roles', 'A list of roles for the User that collectively represent who the User is.', undefined),
    defineMultiValued('x509Certificates', 'A list of certificates issued to the User.', undefined, { type: 'binary' }),
  ],
};
