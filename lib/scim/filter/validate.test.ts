import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { coreUserSchema } from '../schemas/core-user';
import { defineAttribute } from '../schemas/define-attribute';
import { createGroupRegistry, createUserRegistry, SchemaRegistry } from '../schemas/registry';
import { parseFilter } from './parse';
import { validateElementFilter, validateFilter } from './validate';

const users = createUserRegistry([{ name: 'costCode', description: 'Cost code' }]);
const groups = createGroupRegistry();
/** The standard schemas have no integer or decimal attributes; this extension adds some to test the rules. */
const typed = new SchemaRegistry('User', coreUserSchema, [
  {
    id: 'urn:test:params:scim:schemas:extension:typed:2.0:User',
    name: 'Typed',
    description: 'Typed attributes for tests',
    attributes: [defineAttribute('level', 'An integer.', { type: 'integer' }), defineAttribute('score', 'A decimal.', { type: 'decimal' })],
  },
]);
const TYPED = 'urn:test:params:scim:schemas:extension:typed:2.0:User';

describe('validateFilter: accepted filters', () => {
  it.each([
    'userName eq "6a3c0a2e-1c2d-4f5e-9a8b-7c6d5e4f3a2b"',
    'USERNAME Eq "Bjensen" and NAME.GIVENNAME sw "b"',
    'emails[type eq "work" and value co "@corp"]',
    'emails.value eq "x" or emails co "example.com"',
    'emails pr and phoneNumbers pr',
    'active eq true and active ne "False"',
    'roles[primary eq "True"]',
    'meta.lastModified gt "2011-05-13T04:42:34Z" and meta.created le "2011-05-13T04:42:34.5+02:00"',
    `${SCHEMA_URNS.enterpriseUser}:employeeNumber eq "701984"`,
    `${SCHEMA_URNS.enterpriseUser}:manager.value eq "m1"`,
    `${SCHEMA_URNS.enterpriseUser}:manager eq "m1"`,
    `${SCHEMA_URNS.rosterUser}:COSTCODE co "7"`,
    'urn:ietf:params:scim:schemas:core:2.0:User:userName eq "x"',
    'nickName eq null and title ne null',
    'title gt "m"',
    'x509Certificates.value eq "TUlJ"',
    'not (userName eq "x")',
  ])('%s', (filter) => {
    expect(() => validateFilter(parseFilter(filter), users)).not.toThrow();
  });

  it.each(['displayName eq "Admins"', 'members[value eq "u1"]', 'members.value eq "u1"', 'members pr', 'externalId eq "e"'])(
    'group: %s',
    (filter) => expect(() => validateFilter(parseFilter(filter), groups)).not.toThrow(),
  );

  it.each([`${TYPED}:level ge 3`, `${TYPED}:score lt 2.5`, `${TYPED}:score eq 2`])('typed: %s', (filter) => {
    expect(() => validateFilter(parseFilter(filter), typed)).not.toThrow();
  });
});

describe('validateFilter: 400 invalidFilter naming the problem and its position', () => {
  const cases: [string, string][] = [
    ['nosuch eq "x"', "filter: unknown attribute 'nosuch' at position 1"],
    ['userName eq "x" or name.nosuch pr', "filter: unknown attribute 'name.nosuch' at position 20"],
    ['employeeNumber eq "1"', `filter: unknown attribute 'employeeNumber' at position 1; extension attributes take their schema URN, e.g. '${SCHEMA_URNS.enterpriseUser}:employeeNumber'`],
    ['urn:nosuch:2.0:User:userName eq "x"', "filter: unknown attribute 'urn:nosuch:2.0:User:userName' at position 1"],
    ['emails[nosuch eq "x"]', "filter: 'nosuch' is not a sub-attribute of 'emails' at position 8"],
    ['emails[type.value eq "x"]', "filter: 'type.value' is not a sub-attribute of 'emails' at position 8"],
    ['userName[value eq "x"]', "filter: 'userName' is not a complex attribute, so it takes no '[…]' filter at position 1"],
    ['name eq "x"', "filter: 'name' is a complex attribute: compare one of its sub-attributes, e.g. 'name.formatted' at position 1"],
    ['active gt true', "filter: 'gt' cannot order the boolean attribute 'active' at position 1"],
    ['active le "True"', "filter: 'le' cannot order the boolean attribute 'active' at position 1"],
    ['x509Certificates.value lt "A"', "filter: 'lt' cannot order the binary attribute 'x509Certificates.value' at position 1"],
    ['active co "t"', "filter: 'co' applies only to string attributes; 'active' is boolean at position 1"],
    ['meta.created sw "2020"', "filter: 'sw' applies only to string attributes; 'meta.created' is dateTime at position 1"],
    ['active eq "yes"', "filter: 'active' is a boolean attribute: compare it with true or false at position 1"],
    ['active eq 1', "filter: 'active' is a boolean attribute: compare it with true or false at position 1"],
    ['userName eq 42', "filter: 'userName' is a string attribute: compare it with a quoted string at position 1"],
    ['userName co true', "filter: 'userName' is a string attribute: compare it with a quoted string at position 1"],
    ['title gt null', "filter: 'gt' needs a value, not null at position 1"],
    ['meta.created gt "yesterday"', `filter: 'meta.created' is a dateTime attribute: compare it with a quoted xsd:dateTime such as "2024-01-31T12:00:00Z" at position 1`],
    ['meta.created gt "2023-02-29T00:00:00Z"', `filter: 'meta.created' is a dateTime attribute: compare it with a quoted xsd:dateTime such as "2024-01-31T12:00:00Z" at position 1`],
    ['not (emails[primary gt true])', "filter: 'gt' cannot order the boolean attribute 'primary' at position 13"],
  ];

  it.each(cases)('%s', (filter, detail) => {
    expect(() => validateFilter(parseFilter(filter), users)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidFilter', detail }));
  });

  it.each([
    [`${TYPED}:level eq 1.5`, `filter: '${TYPED}:level' is an integer attribute: compare it with an integer at position 1`],
    [`${TYPED}:score eq "2"`, `filter: '${TYPED}:score' is a decimal attribute: compare it with a number at position 1`],
    [`${TYPED}:level co "1"`, `filter: 'co' applies only to string attributes; '${TYPED}:level' is integer at position 1`],
  ])('typed: %s', (filter, detail) => {
    expect(() => validateFilter(parseFilter(filter), typed)).toThrow(expect.objectContaining({ scimType: 'invalidFilter', detail }));
  });

  it('group members have no userName', () => {
    expect(() => validateFilter(parseFilter('userName eq "x"'), groups)).toThrow(expect.objectContaining({ scimType: 'invalidFilter' }));
  });

  it('leap days are valid dateTimes only in leap years', () => {
    expect(() => validateFilter(parseFilter('meta.created gt "2024-02-29T00:00:00Z"'), users)).not.toThrow();
    expect(() => validateFilter(parseFilter('meta.created gt "2000-02-29T23:59:59.1234567Z"'), users)).not.toThrow();
    expect(() => validateFilter(parseFilter('meta.created gt "1900-02-29T00:00:00Z"'), users)).toThrow();
  });
});

describe('validateElementFilter: names inside brackets are sub-attributes of the parent', () => {
  const emails = users.resolve({ attribute: 'emails' })!;

  it('accepts sub-attributes, in any case and with the parent schema', () => {
    expect(() => validateElementFilter(parseFilter('TYPE eq "work" and primary eq "True"'), emails, users)).not.toThrow();
    expect(() => validateElementFilter(parseFilter(`${SCHEMA_URNS.coreUser}:type eq "work"`), emails, users)).not.toThrow();
  });

  it('rejects names that are not sub-attributes', () => {
    expect(() => validateElementFilter(parseFilter('userName eq "x"'), emails, users)).toThrow(
      expect.objectContaining({ detail: "filter: 'userName' is not a sub-attribute of 'emails' at position 1" }),
    );
  });
});
