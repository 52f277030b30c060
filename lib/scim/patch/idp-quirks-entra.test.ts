import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
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

const user = () => ({
  schemas: [SCHEMA_URNS.coreUser, ENTERPRISE],
  userName: 'Test_User_00aa00aa@contoso.com',
  name: { givenName: 'Test', familyName: 'User' },
  emails: [{ type: 'home', value: 'test.user@home.example' }],
  active: true,
  [ENTERPRISE]: { employeeNumber: '0042', department: 'Sales' },
});
const group = () => ({ schemas: [SCHEMA_URNS.coreGroup], displayName: 'Tour Guides' });

describe('Entra ID', () => {
  it.each(['Add', 'Replace', 'REPLACE', 'remove'])('accepts the op name %s in any case (IDP-QUIRKS #2)', (op) => {
    const { document } = patchUser({ ...user(), title: 'x' }, [{ op, path: 'title', value: 'Guide' }]);
    expect(document.title).toBe(op.toLowerCase() === 'remove' ? undefined : 'Guide');
  });

  it.each([['False', false], ['True', true], ['false', false], ['TRUE', true]])(
    'stores active "%s" as the boolean %s (IDP-QUIRKS #1)',
    (value, expected) => {
      expect(patchUser(user(), [{ op: 'Replace', path: 'active', value }]).document.active).toBe(expected);
    },
  );

  it('coerces "True" for primary inside a value and keeps the other sub-attributes as sent (IDP-QUIRKS #1)', () => {
    const { document } = patchUser(user(), [{ op: 'Add', path: 'emails', value: [{ type: 'work', value: 'T@Contoso.com', primary: 'True' }] }]);
    expect(document.emails).toEqual([user().emails[0], { type: 'work', value: 'T@Contoso.com', primary: true }]);
  });

  it('maps dotted and URN-prefixed keys of a path-less replace to attributes (IDP-QUIRKS #4)', () => {
    const { document } = patchUser(user(), [{
      op: 'Replace',
      value: {
        'name.givenName': 'Barbara',
        [`${ENTERPRISE}:employeeNumber`]: '0043',
        [`${ENTERPRISE}:manager`]: 'c0ffee00-0000-4000-8000-000000000001',
        active: 'False',
      },
    }]);
    expect(document.name).toEqual({ givenName: 'Barbara', familyName: 'User' });
    expect(document[ENTERPRISE]).toEqual({ employeeNumber: '0043', department: 'Sales', manager: { value: 'c0ffee00-0000-4000-8000-000000000001' } });
    expect(document.active).toBe(false);
    expect(Object.keys(document).filter((key) => key.startsWith('name.') || key.endsWith(':employeeNumber'))).toEqual([]);
  });

  it('merges nested objects of a path-less replace into the stored complex attributes (IDP-QUIRKS #4)', () => {
    const { document } = patchUser(user(), [{
      op: 'Replace',
      value: { name: { givenName: 'Barbara' }, [ENTERPRISE]: { department: 'Marketing' } },
    }]);
    expect(document.name).toEqual({ givenName: 'Barbara', familyName: 'User' });
    expect(document[ENTERPRISE]).toEqual({ employeeNumber: '0042', department: 'Marketing' });
  });

  it.each([
    ['emails[type eq "work"].value', 'emails', { type: 'work', value: 'test.user@contoso.com' }, 'test.user@contoso.com'],
    ['addresses[type eq "work"].formatted', 'addresses', { type: 'work', formatted: '1 Main St' }, '1 Main St'],
    ['phoneNumbers[type eq "mobile"].value', 'phoneNumbers', { type: 'mobile', value: '+1 (555) 010-0199' }, '+1 (555) 010-0199'],
  ])('creates the missing element on a replace of %s and keeps the others (IDP-QUIRKS #5)', (path, attribute, created, value) => {
    for (const op of ['Replace', 'Add']) {
      const start = { ...user(), addresses: [{ type: 'home', formatted: 'Home' }], phoneNumbers: [{ type: 'work', value: '1' }] };
      const { document } = patchUser(start, [{ op, path, value }, { op: 'Replace', path: 'active', value: 'False' }]);
      expect(document[attribute]).toEqual([...(start[attribute as keyof typeof start] as unknown[]), created]);
      expect(document.active).toBe(false);
    }
  });

  it('stores the manager sent as a bare id string as { value } (IDP-QUIRKS #15)', () => {
    const { document } = patchUser(user(), [{ op: 'Replace', path: `${ENTERPRISE}:manager`, value: 'mgr-1' }]);
    expect(document[ENTERPRISE]).toMatchObject({ manager: { value: 'mgr-1' } });
  });

  it('keeps the manager sent as an object as sent (IDP-QUIRKS #15)', () => {
    const manager = { value: 'mgr-1', displayName: 'Boss' };
    const { document } = patchUser(user(), [{ op: 'Add', path: `${ENTERPRISE}:manager`, value: manager }]);
    expect(document[ENTERPRISE]).toMatchObject({ manager });
  });

  it('takes the manager sent as a one-element array as its element (IDP-QUIRKS #15)', () => {
    const { document } = patchUser(user(), [{ op: 'Replace', path: `${ENTERPRISE}:manager`, value: [{ value: 'mgr-2' }] }]);
    expect(document[ENTERPRISE]).toMatchObject({ manager: { value: 'mgr-2' } });
  });

  it('removes the manager (IDP-QUIRKS #15)', () => {
    const start = { ...user(), [ENTERPRISE]: { ...user()[ENTERPRISE], manager: { value: 'mgr-1' } } };
    const { document } = patchUser(start, [{ op: 'Remove', path: `${ENTERPRISE}:manager` }]);
    expect(document[ENTERPRISE]).toEqual(user()[ENTERPRISE]);
  });

  it('selects roles by a string boolean in the filter: roles[primary eq "True"].value (IDP-QUIRKS #15)', () => {
    const created = patchUser(user(), [{ op: 'Replace', path: 'roles[primary eq "True"].value', value: 'Admin' }]).document;
    expect(created.roles).toEqual([{ primary: true, value: 'Admin' }]);

    const start = { ...user(), roles: [{ value: 'Reader', primary: true }, { value: 'Writer' }] };
    const updated = patchUser(start, [{ op: 'Replace', path: 'roles[primary eq "True"].value', value: 'Admin' }]).document;
    expect(updated.roles).toEqual([{ value: 'Admin', primary: true }, { value: 'Writer' }]);
  });

  it('takes multi-valued attributes re-sent as Add instead of Replace without duplicating them (MS Q&A 1693075)', () => {
    const roles = [{ value: 'Reader', type: 'WindowsAzureActiveDirectoryRole' }];
    const once = patchUser(user(), [{ op: 'Add', path: 'roles', value: roles }]).document;
    const twice = patchUser(once, [{ op: 'Add', path: 'roles', value: roles }]);
    expect(twice).toEqual({ document: once, changed: false });
    expect(once.roles).toEqual(roles);
  });

  it('takes a one-element array Added to a single-valued extension attribute as its value (MS Q&A 1693075)', () => {
    const { document } = patchUser(user(), [{ op: 'Add', path: `${SCHEMA_URNS.rosterUser}:badgeColour`, value: ['Blue'] }]);
    expect(document[SCHEMA_URNS.rosterUser]).toEqual({ badgeColour: 'Blue' });
  });

  it('returns values in the form they were sent (IDP-QUIRKS #15)', () => {
    const { document } = patchUser(user(), [{ op: 'Replace', value: { displayName: '  Ünïcode Name ', [`${ENTERPRISE}:employeeNumber`]: '007' } }]);
    expect(document.displayName).toBe('  Ünïcode Name ');
    expect(document[ENTERPRISE]).toMatchObject({ employeeNumber: '007' });
  });

  it('removes only the members listed in value with path "members" (IDP-QUIRKS #3)', () => {
    const operations = [{ op: 'Remove', path: 'members', value: [{ value: 'u1' }, { value: 'u3' }] }];
    expect(groupDelta(operations)).toEqual({ add: [], remove: ['u1', 'u3'], rest: [] });

    const stored = { ...group(), members: [{ value: 'u1' }, { value: 'u2' }, { value: 'u3' }] };
    expect(patchGroup(stored, operations).document.members).toEqual([{ value: 'u2' }]);
  });

  it('removes a member by members[value eq "…"] (IDP-QUIRKS #3)', () => {
    expect(groupDelta([{ op: 'Remove', path: 'members[value eq "u2"]' }])).toEqual({ add: [], remove: ['u2'], rest: [] });
  });

  it('adds many members in one operation', () => {
    const value = Array.from({ length: 1000 }, (_, index) => ({ value: `user-${index}` }));
    expect(groupDelta([{ op: 'Add', path: 'members', value }]).add).toHaveLength(1000);
  });
});
