import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { ScimError } from '../errors/scim-error';
import { createGroupRegistry, createUserRegistry } from '../schemas/registry';
import { applyPatch } from './apply-patch';
import { membersDelta } from './members-delta';
import { parsePatchRequest } from './parse-patch-request';

/* One test per IdP behaviour of shared/IDP-QUIRKS.md, named after the IdP that sends it. */

const users = createUserRegistry([{ name: 'badgeColour', description: 'Badge colour' }]);
const groups = createGroupRegistry();
const ENTERPRISE = SCHEMA_URNS.enterpriseUser;
const USER_ID = '2819c223-7f76-453a-919d-413861904646';
const GROUP_ID = 'e9e30dba-f08f-4109-8486-d5c6a331660a';

const request = (Operations: unknown[]) => ({ schemas: [SCHEMA_URNS.patchOp], Operations });
const patchUser = (document: Record<string, unknown>, operations: unknown[]) =>
  applyPatch(document, parsePatchRequest(request(operations), users), users, { id: USER_ID });
const patchGroup = (document: Record<string, unknown>, operations: unknown[]) =>
  applyPatch(document, parsePatchRequest(request(operations), groups), groups, { id: GROUP_ID });
const groupDelta = (operations: unknown[]) => membersDelta(parsePatchRequest(request(operations), groups), groups);

function failure(run: () => unknown): ScimError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError');
}

const user = () => ({
  schemas: [SCHEMA_URNS.coreUser, ENTERPRISE],
  userName: 'Test_User_00aa00aa@contoso.com',
  name: { givenName: 'Test', familyName: 'User' },
  emails: [{ type: 'home', value: 'test.user@home.example' }],
  active: true,
  [ENTERPRISE]: { employeeNumber: '0042', department: 'Sales' },
});
const group = () => ({ schemas: [SCHEMA_URNS.coreGroup], displayName: 'Tour Guides' });

describe('Okta', () => {
  it('deactivates with a path-less replace of active (IDP-QUIRKS #8)', () => {
    expect(patchUser(user(), [{ op: 'replace', value: { active: false } }]).document.active).toBe(false);
  });

  it('renames a group with a path-less replace that repeats its id (IDP-QUIRKS #12)', () => {
    const operations = [{ op: 'replace', value: { id: GROUP_ID, displayName: 'Guides' } }];
    const delta = groupDelta(operations);
    expect(patchGroup(group(), operations).document).toEqual({ ...group(), displayName: 'Guides' });
    expect(applyPatch(group(), delta.rest, groups, { id: GROUP_ID }).document.displayName).toBe('Guides');
  });

  it('refuses a rename whose repeated id is another resource\'s (IDP-QUIRKS #12)', () => {
    const error = failure(() => patchGroup(group(), [{ op: 'replace', value: { id: 'someone-else', displayName: 'Guides' } }]));
    expect({ status: error.status, scimType: error.scimType }).toEqual({ status: 400, scimType: 'mutability' });
  });

  it('re-sends the rename with the membership: members become a full replacement (IDP-QUIRKS #12)', () => {
    const delta = groupDelta([{ op: 'replace', value: { id: GROUP_ID, displayName: 'Guides', members: [{ value: 'u1', display: 'A' }] } }]);
    expect(delta.replaceAll).toEqual(['u1']);
    expect(delta.rest.map((operation) => operation.path.text)).toEqual(['id', 'displayName']);
  });

  it.each([[[{ value: 'u1' }, { value: 'u2' }], ['u1', 'u2']], [[], []]])(
    'pushes a group as replace of members %j (IDP-QUIRKS #12)',
    (value, ids) => {
      expect(groupDelta([{ op: 'replace', path: 'members', value }])).toEqual({ add: [], remove: [], replaceAll: ids, rest: [] });
    },
  );

  it('succeeds on repeated and no-op operations (IDP-QUIRKS #13)', () => {
    const stored = { ...group(), members: [{ value: 'u1' }] };
    expect(patchGroup(stored, [{ op: 'add', path: 'members', value: [{ value: 'u1' }] }])).toEqual({ document: stored, changed: false });
    expect(groupDelta([{ op: 'add', path: 'members', value: [{ value: 'u1' }] }, { op: 'add', path: 'members', value: [{ value: 'u1' }] }]).add).toEqual(['u1']);
    expect(patchUser(user(), [{ op: 'replace', path: 'name.givenName', value: 'Test' }]).changed).toBe(false);
    expect(patchUser(user(), [{ op: 'remove', path: 'title' }]).changed).toBe(false);
  });
});
