import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { createGroupRegistry, createUserRegistry } from '../schemas/registry';
import { applyPatch } from './apply-patch';
import { parsePatchRequest } from './parse-patch-request';

const users = createUserRegistry([{ name: 'costCode', description: 'Cost code' }]);
const ENTERPRISE = SCHEMA_URNS.enterpriseUser;
const ID = '2819c223-7f76-453a-919d-413861904646';

function patch(document: Record<string, unknown>, Operations: unknown[], registry = users) {
  return applyPatch(document, parsePatchRequest({ schemas: [SCHEMA_URNS.patchOp], Operations }, registry), registry, { id: ID });
}

const user = () => ({
  schemas: [SCHEMA_URNS.coreUser],
  userName: 'bjensen@example.com',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  emails: [
    { type: 'work', value: 'bjensen@example.com', primary: true },
    { type: 'home', value: 'babs@jensen.org' },
  ],
  active: true,
});

describe('add (RFC 7644 §3.5.2.1)', () => {
  it('sets a single-valued attribute with a path', () => {
    expect(patch(user(), [{ op: 'add', path: 'title', value: 'Tour Guide' }]).document.title).toBe('Tour Guide');
  });

  it('adds the attributes of a path-less value', () => {
    const { document } = patch(user(), [{ op: 'add', value: { nickName: 'Babs', displayName: 'Babs Jensen' } }]);
    expect(document).toMatchObject({ nickName: 'Babs', displayName: 'Babs Jensen', userName: 'bjensen@example.com' });
  });

  it('appends new values to a multi-valued attribute and keeps the existing ones', () => {
    const { document } = patch(user(), [{ op: 'add', path: 'emails', value: [{ type: 'other', value: 'b@other.org' }] }]);
    expect(document.emails).toEqual([...user().emails, { type: 'other', value: 'b@other.org' }]);
  });

  it('does not duplicate a value that is already present', () => {
    const result = patch(user(), [{ op: 'add', path: 'emails', value: [{ type: 'home', value: 'babs@jensen.org' }] }]);
    expect(result).toEqual({ document: user(), changed: false });
  });

  it('merges a complex value into the stored one', () => {
    const { document } = patch(user(), [{ op: 'add', path: 'name', value: { middleName: 'Jane' } }]);
    expect(document.name).toEqual({ givenName: 'Barbara', familyName: 'Jensen', middleName: 'Jane' });
  });

  it('sets a sub-attribute of the elements a value filter selects', () => {
    const { document } = patch(user(), [{ op: 'add', path: 'emails[type eq "home"].display', value: 'Home' }]);
    expect(document.emails).toEqual([user().emails[0], { ...user().emails[1], display: 'Home' }]);
  });

  it('writes an extension attribute under its URN and lists the extension in schemas', () => {
    const { document } = patch(user(), [{ op: 'add', path: `${ENTERPRISE}:department`, value: 'Tour Operations' }]);
    expect(document[ENTERPRISE]).toEqual({ department: 'Tour Operations' });
    expect(document.schemas).toEqual([SCHEMA_URNS.coreUser, ENTERPRISE]);
  });

  it('accepts a whole extension as the path', () => {
    const { document } = patch(user(), [{ op: 'add', path: ENTERPRISE, value: { costCenter: '4130', division: 'Theme Park' } }]);
    expect(document[ENTERPRISE]).toEqual({ costCenter: '4130', division: 'Theme Park' });
  });

  it("writes Roster's own extension attributes", () => {
    const { document } = patch(user(), [{ op: 'add', path: `${SCHEMA_URNS.rosterUser}:costcode`, value: 'CC-7' }]);
    expect(document[SCHEMA_URNS.rosterUser]).toEqual({ costCode: 'CC-7' });
  });
});

describe('replace (RFC 7644 §3.5.2.3)', () => {
  it('replaces a single-valued attribute', () => {
    expect(patch(user(), [{ op: 'replace', path: 'userName', value: 'barbara@example.com' }]).document.userName).toBe('barbara@example.com');
  });

  it('replaces every value of a multi-valued attribute', () => {
    const emails = [{ type: 'work', value: 'new@example.com' }];
    expect(patch(user(), [{ op: 'replace', path: 'emails', value: emails }]).document.emails).toEqual(emails);
  });

  it('leaves sub-attributes of a complex attribute that the value does not name', () => {
    const { document } = patch(user(), [{ op: 'replace', path: 'name', value: { givenName: 'Babs' } }]);
    expect(document.name).toEqual({ givenName: 'Babs', familyName: 'Jensen' });
  });

  it('replaces a sub-attribute through a value filter', () => {
    const { document } = patch(user(), [{ op: 'replace', path: 'emails[type eq "work"].value', value: 'barbara@example.com' }]);
    expect(document.emails).toEqual([{ type: 'work', value: 'barbara@example.com', primary: true }, user().emails[1]]);
  });

  it('treats null as removal', () => {
    const { document } = patch(user(), [{ op: 'replace', path: 'name.familyName', value: null }]);
    expect(document.name).toEqual({ givenName: 'Barbara' });
  });

  it('reports no change when the value is equal', () => {
    expect(patch(user(), [{ op: 'replace', path: 'active', value: true }]).changed).toBe(false);
  });
});

describe('remove (RFC 7644 §3.5.2.2)', () => {
  it.each([
    ['an attribute', 'active', (doc: Record<string, unknown>) => expect(doc.active).toBeUndefined()],
    ['a sub-attribute', 'name.givenName', (doc: Record<string, unknown>) => expect(doc.name).toEqual({ familyName: 'Jensen' })],
    ['filtered values', 'emails[type eq "home"]', (doc: Record<string, unknown>) => expect(doc.emails).toEqual([user().emails[0]])],
    ['a sub-attribute of filtered values', 'emails[type eq "work"].primary', (doc: Record<string, unknown>) =>
      expect(doc.emails).toEqual([{ type: 'work', value: 'bjensen@example.com' }, user().emails[1]])],
    ['a whole multi-valued attribute', 'emails', (doc: Record<string, unknown>) => expect(doc).not.toHaveProperty('emails')],
  ])('removes %s', (_name, path, check) => {
    check(patch(user(), [{ op: 'remove', path }]).document);
  });

  it('drops an extension that loses its last attribute, and its URN from schemas', () => {
    const start = { ...user(), schemas: [SCHEMA_URNS.coreUser, ENTERPRISE], [ENTERPRISE]: { department: 'Sales' } };
    const { document } = patch(start, [{ op: 'remove', path: `${ENTERPRISE}:department` }]);
    expect(document).not.toHaveProperty(ENTERPRISE);
    expect(document.schemas).toEqual([SCHEMA_URNS.coreUser]);
  });

  it.each([
    ['remove of the extension URN', { op: 'remove', path: ENTERPRISE }],
    ['path-less replace of the extension with null', { op: 'replace', value: { [ENTERPRISE]: null } }],
  ])('drops a whole extension with a %s', (_name, operation) => {
    const start = { ...user(), schemas: [SCHEMA_URNS.coreUser, ENTERPRISE], [ENTERPRISE]: { department: 'Sales' } };
    expect(patch(start, [operation]).document).toEqual(user());
  });

  it('succeeds without change when the target is already absent', () => {
    expect(patch(user(), [{ op: 'remove', path: 'emails[type eq "other"]' }])).toEqual({ document: user(), changed: false });
  });
});

describe('the single-primary rule (RFC 7644 §3.5.2)', () => {
  it('clears primary on the other values when an added value is primary', () => {
    const { document } = patch(user(), [{ op: 'add', path: 'emails', value: [{ type: 'other', value: 'x@y.z', primary: true }] }]);
    expect((document.emails as { primary?: boolean }[]).map((email) => email.primary)).toEqual([false, undefined, true]);
  });

  it('clears primary on the other values when a filtered value becomes primary', () => {
    const { document } = patch(user(), [{ op: 'replace', path: 'emails[type eq "home"].primary', value: true }]);
    expect((document.emails as { primary?: boolean }[]).map((email) => email.primary)).toEqual([false, true]);
  });

  it('refuses a value list with two primaries', () => {
    const emails = [{ value: 'a@x', primary: true }, { value: 'b@x', primary: true }];
    expect(() => patch(user(), [{ op: 'replace', path: 'emails', value: emails }])).toThrow(expect.objectContaining({ scimType: 'invalidValue' }));
  });
});

describe('groups', () => {
  it('renames a group', () => {
    const groups = createGroupRegistry();
    const group = { schemas: [SCHEMA_URNS.coreGroup], displayName: 'Tour Guides' };
    expect(patch(group, [{ op: 'replace', path: 'displayName', value: 'Guides' }], groups).document.displayName).toBe('Guides');
  });
});
