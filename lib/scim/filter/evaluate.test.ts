import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { coreUserSchema } from '../schemas/core-user';
import { defineAttribute } from '../schemas/define-attribute';
import { createGroupRegistry, createUserRegistry, SchemaRegistry } from '../schemas/registry';
import { elementMatcher, evaluateFilter } from './evaluate';
import { parseFilter } from './parse';

const ENTERPRISE = SCHEMA_URNS.enterpriseUser;
const TYPED = 'urn:test:params:scim:schemas:extension:typed:2.0:User';
const users = createUserRegistry([{ name: 'costCode', description: 'Cost code' }]);
const typed = new SchemaRegistry('User', coreUserSchema, [
  {
    id: TYPED,
    name: 'Typed',
    description: 'Typed attributes for tests',
    attributes: [defineAttribute('level', 'An integer.', { type: 'integer' }), defineAttribute('score', 'A decimal.', { type: 'decimal' })],
  },
]);

/** RFC 7643 §8.2's Babs Jensen, with Entra's string boolean on a role. */
const bjensen: Record<string, unknown> = {
  userName: 'bjensen@example.com',
  externalId: 'Ext-1',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  displayName: 'Babs Jensen',
  title: 'Tour Guide',
  active: true,
  emails: [
    { value: 'bjensen@example.com', type: 'work', primary: true },
    { value: 'babs@jensen.org', type: 'home' },
  ],
  roles: [{ value: 'admin', primary: 'True' }],
  phoneNumbers: [],
  meta: { created: '2010-01-23T04:56:22Z', lastModified: '2011-05-13T04:42:34Z' },
  [ENTERPRISE]: { employeeNumber: '701984', manager: { value: 'M-1' } },
  [SCHEMA_URNS.rosterUser]: { costCode: 'CC-7' },
};

describe('evaluateFilter (RFC 7644 §3.4.2.2)', () => {
  const cases: [string, boolean][] = [
    ['userName eq "BJENSEN@example.com"', true],
    ['USERNAME EQ "bjensen@example.com"', true],
    ['userName eq "6a3c0a2e-1c2d-4f5e-9a8b-7c6d5e4f3a2b"', false],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName eq "bjensen@example.com"', true],
    ['externalId eq "Ext-1"', true],
    ['externalId eq "ext-1"', false],
    ['nickName eq "x"', false],
    ['nickName ne "x"', true],
    ['userName ne "bjensen@EXAMPLE.com"', false],
    ['name.givenName sw "bar"', true],
    ['name.givenName co "RBAR"', true],
    ['name.givenName ew "ARA"', true],
    ['name.givenName ew "bar"', false],
    ['title gt "S"', true],
    ['title ge "tour guide"', true],
    ['title lt "a"', false],
    ['title le "TOUR GUIDE"', true],
    // The inner filter of a value path holds for one and the same element …
    ['emails[type eq "work" and value co "@example"]', true],
    ['emails[type eq "home" and value co "@example"]', false],
    ['emails[type eq "home" or value co "@nowhere"]', true],
    ['emails[not (type eq "work")]', true],
    // … unlike two independent expressions on the same attribute.
    ['emails.type eq "home" and emails.value co "@example"', true],
    ['emails co "jensen.org"', true],
    ['emails.value eq "BABS@jensen.org"', true],
    ['emails.value ne "bjensen@example.com"', true],
    ['emails.type ne "other"', true],
    ['active eq true', true],
    ['active eq "TRUE"', true],
    ['active eq "False"', false],
    ['active ne false', true],
    ['roles[primary eq true]', true],
    ['roles[primary eq "true"]', true],
    ['roles[primary eq false]', false],
    ['phoneNumbers pr', false],
    ['emails pr', true],
    ['name pr', true],
    ['nickName pr', false],
    ['title pr', true],
    ['title eq null', false],
    ['nickName eq null', true],
    ['title ne null', true],
    ['meta.lastModified gt "2011-05-13T04:42:33Z"', true],
    ['meta.lastModified ge "2011-05-13T06:42:34+02:00"', true],
    ['meta.lastModified gt "2011-05-13T06:42:34+02:00"', false],
    ['meta.created lt "2010-01-23T04:56:22.001Z"', true],
    [`${ENTERPRISE}:employeeNumber eq "701984"`, true],
    [`${ENTERPRISE}:manager.value eq "m-1"`, true],
    [`${ENTERPRISE}:manager eq "M-1"`, true],
    [`${ENTERPRISE}:department pr`, false],
    [`${SCHEMA_URNS.rosterUser}:costCode sw "cc-"`, true],
    ['not (userName eq "x")', true],
    ['not (nickName eq "x")', true],
    ['not (emails pr)', false],
    // Precedence: and binds tighter than or.
    ['userName eq "x" and title pr or active eq true', true],
    ['userName eq "x" and (title pr or active eq true)', false],
    ['active eq false or title pr and userName eq "x"', false],
  ];

  it.each(cases)('%s → %s', (filter, expected) => {
    expect(evaluateFilter(parseFilter(filter), bjensen, users)).toBe(expected);
  });

  it.each([
    [`${TYPED}:level ge 3`, { level: 3 }, true],
    [`${TYPED}:level gt 3`, { level: 3 }, false],
    [`${TYPED}:level eq 3`, { level: '3' }, false],
    [`${TYPED}:level ne 3`, { level: '3' }, true],
    [`${TYPED}:score lt 2.5`, { score: 2.25 }, true],
  ])('%s on %j → %s', (filter, extension, expected) => {
    expect(evaluateFilter(parseFilter(filter), { userName: 'x', [TYPED]: extension }, typed)).toBe(expected);
  });

  it('treats malformed stored values as non-matching instead of failing', () => {
    const odd = { userName: 'x', name: 'not an object', emails: { value: 'lone@example.com' }, meta: { created: 'yesterday' } };
    expect(evaluateFilter(parseFilter('name.givenName pr'), odd, users)).toBe(false);
    expect(evaluateFilter(parseFilter('emails.value eq "lone@example.com"'), odd, users)).toBe(true);
    expect(evaluateFilter(parseFilter('meta.created gt "2000-01-01T00:00:00Z"'), odd, users)).toBe(false);
  });

  it('answers an unknown attribute or a type mismatch with 400 invalidFilter, never a crash', () => {
    for (const filter of ['nosuch eq "x"', 'active gt true', 'userName eq 1']) {
      expect(() => evaluateFilter(parseFilter(filter), bjensen, users)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidFilter' }));
    }
  });

  it('filters groups by members', () => {
    const group = { displayName: 'Admins', members: [{ value: 'u1' }, { value: 'u2' }] };
    expect(evaluateFilter(parseFilter('members[value eq "u2"]'), group, createGroupRegistry())).toBe(true);
    expect(evaluateFilter(parseFilter('members.value eq "U2"'), group, createGroupRegistry())).toBe(false);
  });
});

describe('elementMatcher (element selection for PATCH value filters)', () => {
  const emails = users.resolve({ attribute: 'emails' })!;
  const roles = users.resolve({ attribute: 'roles' })!;

  it.each([
    ['type eq "work"', { value: 'a@x', type: 'work' }, true],
    ['TYPE eq "WORK"', { value: 'a@x', type: 'work' }, true],
    ['type eq "work"', { value: 'a@x', type: 'home' }, false],
    ['type eq "work" and value co "@corp"', { value: 'a@corp.example', type: 'work' }, true],
    ['type eq "work" and value co "@corp"', { value: 'a@home.example', type: 'work' }, false],
    ['primary eq "True"', { value: 'a@x', primary: true }, true],
    ['primary eq true', { value: 'a@x', primary: 'true' }, true],
    ['value pr', {}, false],
    ['type eq "work"', 'a@x', false],
  ])('%s on %j → %s', (filter, element, expected) => {
    expect(elementMatcher(parseFilter(filter), emails, users)(element)).toBe(expected);
  });

  it('selects the primary role whichever way Entra wrote the boolean', () => {
    const elements = [{ value: 'reader' }, { value: 'admin', primary: 'True' }];
    expect(elements.filter(elementMatcher(parseFilter('primary eq "True"'), roles, users))).toEqual([elements[1]]);
  });

  it('rejects names that are not sub-attributes of the parent', () => {
    expect(() => elementMatcher(parseFilter('userName eq "x"'), emails, users)).toThrow(expect.objectContaining({ scimType: 'invalidFilter' }));
  });
});
