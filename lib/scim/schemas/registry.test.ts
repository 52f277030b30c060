import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { createGroupRegistry, createUserRegistry } from './registry';

const users = createUserRegistry([{ name: 'costCode', description: 'Cost code' }]);
const groups = createGroupRegistry();
const ENTERPRISE = SCHEMA_URNS.enterpriseUser;

describe('SchemaRegistry.resolve (RFC 7644 §3.10 attribute notation)', () => {
  it.each([
    [{ attribute: 'username' }, SCHEMA_URNS.coreUser, 'userName', undefined, false],
    [{ schema: SCHEMA_URNS.coreUser.toUpperCase(), attribute: 'userName' }, SCHEMA_URNS.coreUser, 'userName', undefined, false],
    [{ attribute: 'Name', subAttribute: 'GIVENNAME' }, SCHEMA_URNS.coreUser, 'name', 'givenName', false],
    [{ attribute: 'emails', subAttribute: 'value' }, SCHEMA_URNS.coreUser, 'emails', 'value', false],
    [{ attribute: 'id' }, SCHEMA_URNS.coreUser, 'id', undefined, false],
    [{ attribute: 'externalId' }, SCHEMA_URNS.coreUser, 'externalId', undefined, false],
    [{ attribute: 'meta', subAttribute: 'created' }, SCHEMA_URNS.coreUser, 'meta', 'created', false],
    [{ schema: ENTERPRISE, attribute: 'manager', subAttribute: 'value' }, ENTERPRISE, 'manager', 'value', true],
    [{ schema: SCHEMA_URNS.rosterUser, attribute: 'COSTCODE' }, SCHEMA_URNS.rosterUser, 'costCode', undefined, true],
  ])('%j', (path, schemaUrn, attribute, subAttribute, isExtension) => {
    const resolved = users.resolve(path)!;
    expect(resolved.schemaUrn).toBe(schemaUrn);
    expect(resolved.attribute.name).toBe(attribute);
    expect(resolved.subAttribute?.name).toBe(subAttribute);
    expect(resolved.leaf.name).toBe(subAttribute ?? attribute);
    expect(resolved.isExtension).toBe(isExtension);
  });

  it.each([
    [{ attribute: 'department' }],
    [{ attribute: 'name', subAttribute: 'nope' }],
    [{ attribute: 'userName', subAttribute: 'value' }],
    [{ schema: 'urn:example:unknown', attribute: 'userName' }],
    [{ schema: ENTERPRISE, attribute: 'userName' }],
  ])('does not resolve %j', (path) => {
    expect(users.resolve(path)).toBeUndefined();
  });

  it('resolves group attributes and members sub-attributes', () => {
    expect(groups.resolve({ attribute: 'members', subAttribute: '$ref' })?.leaf.type).toBe('reference');
    expect(groups.resolve({ attribute: 'displayName' })?.attribute.required).toBe(true);
  });

  it('lists the core schema first, then the extensions', () => {
    expect(users.schemas().map((schema) => schema.id)).toEqual([SCHEMA_URNS.coreUser, ENTERPRISE, SCHEMA_URNS.rosterUser]);
    expect(groups.schemas().map((schema) => schema.id)).toEqual([SCHEMA_URNS.coreGroup]);
  });
});

describe('schema metadata (RFC 7643 §8.7.1)', () => {
  const attribute = (path: string, subAttribute?: string) => users.resolve({ attribute: path, subAttribute })!.leaf;

  it.each([
    ['userName', undefined, { type: 'string', required: true, caseExact: false, uniqueness: 'server' }],
    ['password', undefined, { mutability: 'writeOnly', returned: 'never' }],
    ['active', undefined, { type: 'boolean' }],
    ['emails', 'type', { canonicalValues: ['work', 'home', 'other'] }],
    ['phoneNumbers', 'type', { canonicalValues: ['work', 'home', 'mobile', 'fax', 'pager', 'other'] }],
    ['ims', 'type', { canonicalValues: ['aim', 'gtalk', 'icq', 'xmpp', 'msn', 'skype', 'qq', 'yahoo'] }],
    ['photos', 'value', { type: 'reference', referenceTypes: ['external'] }],
    ['addresses', 'postalCode', { type: 'string' }],
    ['groups', undefined, { mutability: 'readOnly', multiValued: true }],
    ['groups', '$ref', { mutability: 'readOnly', type: 'reference' }],
    ['entitlements', 'primary', { type: 'boolean' }],
    ['roles', 'value', { type: 'string' }],
    ['x509Certificates', 'value', { type: 'binary' }],
    ['id', undefined, { mutability: 'readOnly', returned: 'always', caseExact: true }],
  ])('%s %s', (name, sub, expected) => {
    expect(attribute(name, sub)).toMatchObject(expected);
  });

  it('describes the enterprise manager with value, $ref and a read-only displayName', () => {
    const manager = users.resolve({ schema: ENTERPRISE, attribute: 'manager' })!.attribute;
    expect(manager.subAttributes?.map((sub) => [sub.name, sub.mutability])).toEqual([
      ['value', 'readWrite'], ['$ref', 'readWrite'], ['displayName', 'readOnly'],
    ]);
  });

  it('describes group members with value, $ref, display and type', () => {
    expect(groups.resolve({ attribute: 'members' })!.attribute.subAttributes?.map((sub) => sub.name)).toEqual(['value', '$ref', 'display', 'type']);
  });
});
