import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { createGroupRegistry, createUserRegistry } from '../schemas/registry';
import { isAttributeReturned, projectResource } from './project';

const users = createUserRegistry([]);
const ENTERPRISE = SCHEMA_URNS.enterpriseUser;
const user = {
  schemas: [SCHEMA_URNS.coreUser, ENTERPRISE],
  id: 'u-1',
  externalId: 'ext-1',
  userName: 'bjensen',
  password: 'never-returned',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  emails: [{ value: 'b@work', type: 'work' }, { value: 'b@home', type: 'home' }],
  favouriteColour: 'teal',
  [ENTERPRISE]: { department: 'Sales', employeeNumber: '42' },
  meta: { resourceType: 'User', version: 'W/"1"' },
};
const project = (options: { attributes?: string[]; excludedAttributes?: string[] }) => projectResource(user, users, options);

describe('projectResource (RFC 7644 §3.4.2.5, RFC 7643 §7 returned)', () => {
  it('returns default attributes, never the password', () => {
    const { password, ...expected } = user;
    expect(password).toBeDefined();
    expect(project({})).toEqual(expected);
  });

  it('answers the same with and without a selection in between (the unselected case is planned once per registry)', () => {
    const { password: _password, ...everything } = user;
    expect(project({})).toEqual(everything);
    expect(project({ excludedAttributes: ['emails', 'name'] })).not.toHaveProperty('emails');
    expect(project({ attributes: ['userName'] })).toEqual({ schemas: user.schemas, id: 'u-1', userName: 'bjensen' });
    expect(project({})).toEqual(everything);
  });

  it('without a selection keeps each complex value whole, keys no schema knows too, and drops empty elements', () => {
    const emails = [{ value: 'b@work', type: 'work', verifiedBy: 'hr' }, {}, { value: 'b@home' }];
    const projected = projectResource({ ...user, emails, name: {} }, users, {});
    expect(projected.emails).toEqual([{ value: 'b@work', type: 'work', verifiedBy: 'hr' }, { value: 'b@home' }]);
    expect(projected).not.toHaveProperty('name');
  });

  it('keeps keys no schema knows however many there are (the plans kept are bounded)', () => {
    const many = Object.fromEntries(Array.from({ length: 2_000 }, (_, index) => [`unknownKey${index}`, index]));
    const projected = projectResource({ ...user, ...many }, users, {});
    expect(Object.keys(projected).filter((key) => key.startsWith('unknownKey'))).toHaveLength(2_000);
    expect(projected).not.toHaveProperty('password');
  });

  it.each([
    [['userName'], { schemas: user.schemas, id: 'u-1', userName: 'bjensen' }],
    [['NAME.givenName'], { schemas: user.schemas, id: 'u-1', userName: 'bjensen', name: { givenName: 'Barbara' } }],
    [['emails.value'], { schemas: user.schemas, id: 'u-1', userName: 'bjensen', emails: [{ value: 'b@work' }, { value: 'b@home' }] }],
    [[`${ENTERPRISE}:department`], { schemas: user.schemas, id: 'u-1', userName: 'bjensen', [ENTERPRISE]: { department: 'Sales' } }],
    [[ENTERPRISE], { schemas: user.schemas, id: 'u-1', userName: 'bjensen', [ENTERPRISE]: user[ENTERPRISE] }],
    [['favouritecolour', 'meta.version'], { schemas: user.schemas, id: 'u-1', userName: 'bjensen', favouriteColour: 'teal', meta: { version: 'W/"1"' } }],
    [['password', 'nonsense..path'], { schemas: user.schemas, id: 'u-1', userName: 'bjensen' }],
  ])('attributes=%j', (attributes, expected) => {
    expect(project({ attributes })).toEqual(expected);
  });

  const defaults = Object.fromEntries(Object.entries(user).filter(([key]) => key !== 'password'));
  const without = (...keys: string[]) => Object.fromEntries(Object.entries(defaults).filter(([key]) => !keys.includes(key)));

  it.each([
    [['emails', 'META'], without('emails', 'meta')],
    [['name.familyName'], { ...defaults, name: { givenName: 'Barbara' } }],
    [[`${ENTERPRISE}:department`], { ...defaults, [ENTERPRISE]: { employeeNumber: '42' } }],
    [['id', 'userName', 'schemas'], defaults],
  ])('excludedAttributes=%j', (excludedAttributes, expected) => {
    expect(project({ excludedAttributes })).toEqual(expected);
  });

  it('groups: excludedAttributes=members drops members and keeps displayName', () => {
    const groups = createGroupRegistry();
    const group = { schemas: [SCHEMA_URNS.coreGroup], id: 'g-1', displayName: 'Guides', members: [{ value: 'u-1' }] };
    expect(projectResource(group, groups, { excludedAttributes: ['members'] })).toEqual({ schemas: group.schemas, id: 'g-1', displayName: 'Guides' });
    expect(isAttributeReturned('members', groups, { excludedAttributes: ['MEMBERS'] })).toBe(false);
    expect(isAttributeReturned('members', groups, { attributes: ['members.value'] })).toBe(true);
    expect(isAttributeReturned('members', groups, { attributes: ['displayName'] })).toBe(false);
    expect(isAttributeReturned('members', groups, {})).toBe(true);
  });
});
