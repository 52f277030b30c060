import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { createGroupRegistry, createUserRegistry } from '../schemas/registry';
import { detectIdpDialect } from './detect-idp-dialect';

const users = createUserRegistry([]);
const groups = createGroupRegistry();
const patch = (...Operations: unknown[]) => ({ schemas: [SCHEMA_URNS.patchOp], Operations });
const hasLegacyDialect = (dialect: object) => Object.values(dialect).some(Boolean);
const MEMBER = '6c5bb468-14b2-4183-baf2-06d523e03bd3';

describe('Entra ID without aadOptscim062020', () => {
  it.each([
    ['"active": "False" on a path (IDP-QUIRKS #1)', patch({ op: 'replace', path: 'active', value: 'False' }), { stringBooleans: true }],
    ['"active": "True" in a path-less value', patch({ op: 'replace', value: { active: 'True' } }), { stringBooleans: true }],
    [
      'a string "primary" inside an added email',
      patch({ op: 'add', path: 'emails', value: [{ type: 'work', value: 'a@example.com', primary: 'True' }] }),
      { stringBooleans: true },
    ],
    ['"op": "Replace" (IDP-QUIRKS #2)', patch({ op: 'Replace', path: 'title', value: 'Guide' }), { capitalisedOps: true }],
    [
      'both at once, as Entra sends a deactivation',
      patch({ op: 'Replace', path: 'active', value: 'False' }),
      { stringBooleans: true, capitalisedOps: true },
    ],
  ])('%s', (_case, body, expected) => {
    expect(detectIdpDialect(body, users)).toEqual({ stringBooleans: false, capitalisedOps: false, memberRemovalByValue: false, ...expected });
  });

  it('flags a member removal with the members in value (IDP-QUIRKS #3)', () => {
    const body = patch({ op: 'Remove', path: 'members', value: [{ value: MEMBER }] });
    expect(detectIdpDialect(body, groups)).toEqual({ stringBooleans: false, capitalisedOps: true, memberRemovalByValue: true });
  });
});

describe('standard forms (Entra with the flag, Okta)', () => {
  it.each([
    ['a boolean active', users, patch({ op: 'replace', path: 'active', value: false })],
    ['Okta’s path-less deactivation', users, patch({ op: 'replace', value: { active: false } })],
    ['a string attribute that happens to read "True"', users, patch({ op: 'replace', path: 'title', value: 'True' })],
    ['a member removal by value filter', groups, patch({ op: 'remove', path: `members[value eq "${MEMBER}"]` })],
    ['dotted keys in a path-less value (the flag’s compliant form)', users, patch({ op: 'replace', value: { 'name.givenName': 'Ada' } })],
  ])('%s → no flag', (_case, registry, body) => {
    expect(hasLegacyDialect(detectIdpDialect(body, registry))).toBe(false);
  });
});

describe('anything that is not a PatchOp', () => {
  it.each([
    ['a user resource', { schemas: [SCHEMA_URNS.coreUser], userName: 'a', active: 'True' }],
    ['no body', undefined],
    ['a PatchOp without its schema', { Operations: [{ op: 'Replace', path: 'active', value: 'False' }] }],
    ['an operation on an unknown path', patch({ op: 'replace', path: 'noSuchThing', value: 'False' })],
    ['an operation that is not an object', patch('Replace')],
  ])('%s → no flag and no throw', (_case, body) => {
    expect(hasLegacyDialect(detectIdpDialect(body, users))).toBe(false);
  });
});
