import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../../constants';
import { createUserRegistry } from '../../schemas/registry';
import { validateUserResource } from './validate-user';

const registry = createUserRegistry([{ name: 'costCode', description: 'Cost code' }]);
const ENTERPRISE = SCHEMA_URNS.enterpriseUser;
const ID = '2819c223-7f76-453a-919d-413861904646';
const create = (body: Record<string, unknown>) => validateUserResource(body, registry, { kind: 'create' });
const replace = (body: Record<string, unknown>) => validateUserResource(body, registry, { kind: 'replace', id: ID });
const base = { schemas: [SCHEMA_URNS.coreUser], userName: 'bjensen@example.com' };

describe('validateUserResource (RFC 7644 §3.3 POST, §3.5.1 PUT)', () => {
  it('returns the canonical document, values as sent', () => {
    const body = {
      schemas: [SCHEMA_URNS.coreUser, ENTERPRISE],
      UserName: 'BJensen@Example.com',
      name: { GivenName: 'Barbara', familyName: 'Jensen' },
      emails: [{ Value: 'bjensen@example.com', type: 'work', primary: true }],
      [ENTERPRISE]: { EmployeeNumber: '0042', department: 'Sales' },
    };
    expect(create(body)).toEqual({
      schemas: [SCHEMA_URNS.coreUser, ENTERPRISE],
      userName: 'BJensen@Example.com',
      name: { givenName: 'Barbara', familyName: 'Jensen' },
      emails: [{ value: 'bjensen@example.com', type: 'work', primary: true }],
      [ENTERPRISE]: { employeeNumber: '0042', department: 'Sales' },
    });
  });

  it('keeps unknown attributes, unknown sub-attributes and unknown extensions as sent', () => {
    const custom = 'urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User';
    const body = { ...base, schemas: [...base.schemas, custom], favouriteColour: 'teal', name: { givenName: 'B', nick: 'x' }, [custom]: { badge: 1 } };
    expect(create(body)).toMatchObject({ favouriteColour: 'teal', name: { givenName: 'B', nick: 'x' }, [custom]: { badge: 1 } });
  });

  it('lists an extension in schemas when its attributes are sent', () => {
    expect(create({ ...base, [ENTERPRISE]: { department: 'Sales' } }).schemas).toEqual([SCHEMA_URNS.coreUser, ENTERPRISE]);
  });

  it('Entra ID: accepts "True"/"False" for booleans on POST (IDP-QUIRKS #1)', () => {
    const document = create({ ...base, active: 'False', emails: [{ value: 'a@b', primary: 'True' }] });
    expect(document).toMatchObject({ active: false, emails: [{ value: 'a@b', primary: true }] });
  });

  it('Entra ID: null and [] mean unassigned, as in "roles": [] on create (IDP-QUIRKS #15)', () => {
    const document = create({ ...base, roles: [], displayName: null, name: {}, [ENTERPRISE]: { manager: null } });
    expect(document).toEqual(base);
  });

  it.each([
    ['a bare id string', 'm-1', { value: 'm-1' }],
    ['an object, kept as sent', { value: 'm-1', displayName: 'Boss' }, { value: 'm-1', displayName: 'Boss' }],
    ['a one-element array', [{ value: 'm-1' }], { value: 'm-1' }],
  ])('Entra ID: takes the manager as %s (IDP-QUIRKS #15)', (_name, manager, stored) => {
    expect(create({ ...base, [ENTERPRISE]: { manager } })[ENTERPRISE]).toEqual({ manager: stored });
  });

  it('never stores a cleartext password', () => {
    expect(create({ ...base, password: 'hunter2' })).toEqual(base);
  });

  it.each([
    ['no schemas', { userName: 'x' }, 'invalidSyntax'],
    ['schemas without the core User URN', { schemas: [ENTERPRISE], userName: 'x' }, 'invalidSyntax'],
    ['schemas that are not strings', { schemas: [1], userName: 'x' }, 'invalidSyntax'],
    ['no userName', { schemas: base.schemas }, 'invalidValue'],
    ['a userName of the wrong type', { ...base, userName: 42 }, 'invalidValue'],
    ['active that is no boolean', { ...base, active: 'yes' }, 'invalidValue'],
    ['emails that are strings', { ...base, emails: ['a@b'] }, 'invalidValue'],
    ['two primary emails', { ...base, emails: [{ value: 'a', primary: true }, { value: 'b', primary: true }] }, 'invalidValue'],
    ['an extension that is no object', { ...base, [ENTERPRISE]: 'Sales' }, 'invalidValue'],
    ['an id', { ...base, id: ID }, 'mutability'],
    ['groups', { ...base, groups: [{ value: 'g1' }] }, 'mutability'],
  ])('POST with %s is 400 %s', (_name, body, scimType) => {
    expect(() => create(body as Record<string, unknown>)).toThrow(expect.objectContaining({ status: 400, scimType }));
  });

  it('names the attribute with the wrong type', () => {
    expect(() => create({ ...base, [ENTERPRISE]: { department: 7 } })).toThrow(expect.objectContaining({ detail: expect.stringContaining(`${ENTERPRISE}:department`) }));
  });

  it('ignores meta and empty groups on create', () => {
    expect(create({ ...base, meta: { resourceType: 'User', created: 'whenever' }, groups: [] })).toEqual(base);
  });

  it('Okta: ignores the id of the target and meta re-sent in a PUT', () => {
    expect(replace({ ...base, id: ID, meta: { resourceType: 'User', version: 'W/"3"' } })).toEqual(base);
  });

  it('Okta: ignores the groups re-sent in a PUT of what GET returned', () => {
    expect(replace({ ...base, id: ID, groups: [{ value: 'g1', display: 'Guides' }] })).toEqual(base);
  });

  it('PUT with another id is 400 mutability', () => {
    expect(() => replace({ ...base, id: 'someone-else' })).toThrow(expect.objectContaining({ status: 400, scimType: 'mutability' }));
  });

  it('refuses a body that is not an object', () => {
    expect(() => validateUserResource([base], registry, { kind: 'create' })).toThrow(expect.objectContaining({ scimType: 'invalidSyntax' }));
  });
});
