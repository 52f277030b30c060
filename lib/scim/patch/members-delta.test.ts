import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { createGroupRegistry, createUserRegistry } from '../schemas/registry';
import { membersDelta } from './members-delta';
import { parsePatchRequest } from './parse-patch-request';

const groups = createGroupRegistry();
const delta = (Operations: unknown[]) => membersDelta(parsePatchRequest({ schemas: [SCHEMA_URNS.patchOp], Operations }, groups), groups);
const add = (...ids: string[]) => ({ op: 'add', path: 'members', value: ids.map((value) => ({ value })) });
const remove = (id: string) => ({ op: 'remove', path: `members[value eq "${id}"]` });

describe('membersDelta (RFC 7644 §3.5.2 on Group members)', () => {
  it.each([
    ['add then remove of one member removes it', [add('a'), remove('a')], { add: [], remove: ['a'] }],
    ['remove then add of one member keeps it', [remove('a'), add('a')], { add: ['a'], remove: [] }],
    ['duplicate adds count once', [add('a', 'a'), add('a', 'b')], { add: ['a', 'b'], remove: [] }],
    ['a replace discards earlier changes', [add('x'), { op: 'replace', path: 'members', value: [{ value: 'a' }] }, add('b'), remove('a')],
      { add: [], remove: [], replaceAll: ['b'] }],
    ['a remove of members without filter or value empties the group', [add('a'), { op: 'remove', path: 'members' }, add('b')],
      { add: [], remove: [], replaceAll: ['b'] }],
    ['an or-filter of ids removes each', [{ op: 'remove', path: 'members[value eq "a" or value eq "b"]' }], { add: [], remove: ['a', 'b'] }],
  ])('%s', (_name, operations, expected) => {
    expect(delta(operations)).toEqual({ ...expected, rest: [] });
  });

  it('leaves other operations, and member operations that are not set operations, in rest', () => {
    const result = delta([
      { op: 'replace', path: 'displayName', value: 'Guides' },
      { op: 'remove', path: 'members[display eq "Bob"]' },
      { op: 'add', path: 'members[value eq "a"].display', value: 'A' },
      add('c'),
    ]);
    expect(result.add).toEqual(['c']);
    expect(result.rest.map((operation) => operation.path.text)).toEqual(['displayName', 'members[display eq "Bob"]', 'members[value eq "a"].display']);
  });

  it('refuses a member without a string value', () => {
    expect(() => delta([{ op: 'add', path: 'members', value: [{ display: 'No id' }] }])).toThrow(expect.objectContaining({ scimType: 'invalidValue' }));
  });

  it('does not treat a User attribute as members', () => {
    const users = createUserRegistry([]);
    const operations = parsePatchRequest({ schemas: [SCHEMA_URNS.patchOp], Operations: [{ op: 'add', path: 'title', value: 'x' }] }, users);
    expect(membersDelta(operations, users)).toEqual({ add: [], remove: [], rest: operations });
  });
});
