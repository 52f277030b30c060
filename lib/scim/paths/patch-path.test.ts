import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { createGroupRegistry, createUserRegistry } from '../schemas/registry';
import { parsePatchPath } from './patch-path';

const users = createUserRegistry([]);
const ENTERPRISE = SCHEMA_URNS.enterpriseUser;

function summary(text: string, registry = users) {
  const path = parsePatchPath(text, registry);
  if (path.kind === 'schema') return { schema: path.schemaUrn };
  return {
    attribute: path.attribute.attribute.name,
    schema: path.attribute.schemaUrn,
    ...(path.subAttribute ? { sub: path.subAttribute.name } : {}),
    ...(path.filter ? { filter: path.filter.kind } : {}),
  };
}

describe('parsePatchPath (RFC 7644 §3.5.2 PATH = attrPath / valuePath [subAttr])', () => {
  it.each([
    ['userName', { attribute: 'userName', schema: SCHEMA_URNS.coreUser }],
    ['USERNAME', { attribute: 'userName', schema: SCHEMA_URNS.coreUser }],
    ['name.givenName', { attribute: 'name', schema: SCHEMA_URNS.coreUser, sub: 'givenName' }],
    [`${SCHEMA_URNS.coreUser}:name.familyName`, { attribute: 'name', schema: SCHEMA_URNS.coreUser, sub: 'familyName' }],
    ['emails[type eq "work"]', { attribute: 'emails', schema: SCHEMA_URNS.coreUser, filter: 'compare' }],
    ['emails[type eq "work"].value', { attribute: 'emails', schema: SCHEMA_URNS.coreUser, sub: 'value', filter: 'compare' }],
    ['emails[type eq "work" and value co "]"].display', { attribute: 'emails', schema: SCHEMA_URNS.coreUser, sub: 'display', filter: 'and' }],
    ['roles[primary eq "True"].value', { attribute: 'roles', schema: SCHEMA_URNS.coreUser, sub: 'value', filter: 'compare' }],
    [`${ENTERPRISE}:manager`, { attribute: 'manager', schema: ENTERPRISE }],
    [`${ENTERPRISE}:manager.value`, { attribute: 'manager', schema: ENTERPRISE, sub: 'value' }],
    [ENTERPRISE, { schema: ENTERPRISE }],
    ['meta.lastModified', { attribute: 'meta', schema: SCHEMA_URNS.coreUser, sub: 'lastModified' }],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('parses members[value eq "…"] on groups', () => {
    expect(summary('members[value eq "2819c223-7f76-453a-919d-413861904646"]', createGroupRegistry()))
      .toEqual({ attribute: 'members', schema: SCHEMA_URNS.coreGroup, filter: 'compare' });
  });

  it.each([
    ['', 'invalidPath'],
    ['shoeSize', 'invalidPath'],
    ['emails[type eq "work"', 'invalidPath'],
    ['emails[type eq "work"]value', 'invalidPath'],
    ['emails[type eq "work"].nope', 'invalidPath'],
    ['emails[type eq]', 'invalidFilter'],
    ['emails[emails[type eq "x"]]', 'invalidFilter'],
    ['userName[value eq "x"]', 'invalidPath'],
    ['name.givenName[value eq "x"]', 'invalidPath'],
    ['members[value eq "x"]', 'invalidPath'],
  ])('refuses %j with %s', (text, scimType) => {
    expect(() => parsePatchPath(text, users)).toThrow(expect.objectContaining({ status: 400, scimType }));
  });
});

describe('parsePatchPath, repeated', () => {
  it('parses a path once per registry and hands the same result to every caller', () => {
    const path = 'emails[type eq "work"].value';
    expect(parsePatchPath(path, users)).toBe(parsePatchPath(path, users));
    const rebuilt = createUserRegistry([]);
    expect(parsePatchPath(path, rebuilt)).not.toBe(parsePatchPath(path, users));
    expect(parsePatchPath(path, rebuilt)).toEqual(parsePatchPath(path, users));
  });

  it('keeps nothing of a path it refuses: the same path is refused again', () => {
    const registry = createUserRegistry([]);
    const refusal = expect.objectContaining({ status: 400, scimType: 'invalidPath' });
    expect(() => parsePatchPath('nickName.unknown', registry)).toThrow(refusal);
    expect(() => parsePatchPath('nickName.unknown', registry)).toThrow(refusal);
  });
});
